import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UsageError } from '../lib/usage-error';
import { InputError } from '../ingest/errors';
import { renderHtml } from '../report/html';
import { validateReport } from '../report/validate';
import type { Report } from '../types';
import { isOpen, processFindings, REVIEW_STATES, type ReviewState } from '../findings';
import { startReviewServer } from '../review/server';
import { loadReviews, reviewsPathFor } from '../review/store';
import { reviewInTerminal } from '../review/terminal';

/**
 * `claimdiff review REPORT [--serve [--port N]] [--reviews FILE]`: the command layer. It reads the report, finds
 * the reviews file, names the reviewer and owns the clock; terminal.ts and server.ts do the reviewing.
 */
export interface ReviewCommandOptions {
  serve?: boolean;
  port?: number;
  /** The reviews file; default `<corpus>/.claimdiff/reviews.json`, the corpus as the report names it. */
  reviews?: string;
  who?: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Which flags to walk, by review state (default: the open ones). */
  state?: string;
  /** Serve mode: stops the server when aborted (besides SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

/** REPORT is report.json or a folder holding it. Throws an InputError naming the file on any problem. */
export function loadReportFile(reportPath: string): { report: Report; file: string } {
  let file = reportPath;
  try {
    if (fs.statSync(reportPath).isDirectory()) file = path.join(reportPath, 'report.json');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(reportPath, code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? (e as Error).message})`);
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no report.json here (give a report.json or the folder compare wrote)' : `cannot read (${code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(file, `not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const problems = validateReport(data);
  if (problems.length) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new InputError(file, `not a claimdiff report: ${problems[0]}${more}`);
  }
  return { report: data as Report, file };
}

/**
 * Where decisions are kept: --reviews when given, else next to the corpus the report was made from (its
 * `corpus` as given to compare, resolved against the current folder; a single article file's folder).
 */
export function resolveReviewsFile(report: Report, reviews: string | undefined, cwd = process.cwd()): string {
  if (reviews !== undefined) {
    if (!reviews.trim()) throw new UsageError('--reviews: empty file name');
    return path.resolve(cwd, reviews);
  }
  const corpus = path.resolve(cwd, report.corpus);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(corpus);
  } catch {
    throw new InputError(report.corpus, "the report's corpus folder is not here (run from where compare ran, or give --reviews FILE)");
  }
  return reviewsPathFor(stat.isDirectory() ? corpus : path.dirname(corpus));
}

/** The reviewer's name: --who, else $CLAIMDIFF_REVIEWER, else the login name. */
export function reviewerName(who: string | undefined): string {
  const name = (who ?? process.env.CLAIMDIFF_REVIEWER ?? loginName()).trim();
  if (!name) throw new UsageError('no reviewer name: set CLAIMDIFF_REVIEWER or give --who NAME');
  return name;
}

function loginName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return ''; // no passwd entry (some containers): the caller asks for a name
  }
}

function checkPort(port: number | undefined): number {
  if (port === undefined) return 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${port}" is not a port number (0-65535; 0 picks a free one)`);
  return port;
}

/** Resolves once SIGINT, SIGTERM or the abort signal arrives; removes its listeners then. */
function untilStopped(signal: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    const stop = (why: string) => () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      signal?.removeEventListener('abort', onAbort);
      resolve(why);
    };
    const onInt = stop('SIGINT');
    const onTerm = stop('SIGTERM');
    const onAbort = stop('abort');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `--state unreviewed,needs-work`: review states, or `open` (the default walk); a UsageError otherwise. */
export function parseStates(spec: string | undefined): ReviewState[] | undefined {
  if (spec === undefined) return undefined;
  const names = spec.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const known = ['open', ...REVIEW_STATES];
  for (const n of names) if (!known.includes(n)) throw new UsageError(`--state: unknown review state '${n}' (known: ${known.join(', ')})`);
  if (names.length === 0) throw new UsageError(`--state: give one or more of ${known.join(', ')}`);
  return names.includes('open') ? undefined : (names as ReviewState[]);
}

export async function reviewCommand(reportPath: string, opts: ReviewCommandOptions = {}): Promise<number> {
  const output = opts.output ?? process.stdout;
  const states = parseStates(opts.state);
  const { report, file } = loadReportFile(reportPath);
  const reviewsFile = resolveReviewsFile(report, opts.reviews);
  const who = reviewerName(opts.who);
  const port = checkPort(opts.port);
  // A broken reviews file is reported before anything starts (it is never replaced silently).
  loadReviews(reviewsFile);
  // The only clock of the review command.
  const now = () => new Date().toISOString();

  if (!opts.serve) {
    await reviewInTerminal({ report, reviewsFile, who, now, input: opts.input ?? process.stdin, output, states });
    return 0;
  }

  let server;
  try {
    server = await startReviewServer({ report, reviewsFile, who, now, port, renderReport: renderHtml });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new UsageError(`--port ${port}: ${code === 'EADDRINUSE' ? 'already in use' : 'permission denied'}`);
    throw e;
  }
  const open = processFindings(report.flags, { reviews: loadReviews(reviewsFile) }).filter(isOpen).length;
  output.write(
    `Reviewing ${file} (${report.flags.length} flags, ${open} open) at ${server.url}\n` +
      `Decisions go to ${reviewsFile} as ${who}. Press Ctrl-C to stop.\n`,
  );
  const why = await untilStopped(opts.signal);
  await server.close();
  output.write(`Review server stopped (${why}).\n`);
  return 0;
}
