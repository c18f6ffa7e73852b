import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTRACTOR_VERSION } from '../extract';
import { loadArticles } from '../ingest';
import { InputError } from '../ingest/errors';
import { TOOL_VERSION } from '../pipeline';
import { buildCheckResult, formatters, parseCheckFormats, type CheckFormat, type CheckResult } from '../report/ci';
import { applyReviews, loadReviews, reviewsPathFor } from '../review';
import type { Severity } from '../types';
import { checkComparison } from './check-comparison';
import { UsageError } from './usage-error';

export interface CheckOptions {
  against: string[];
  failOn?: string;
  format?: string;
  out?: string;
  reviews?: string;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Formats read by people or by the CI log itself go to stdout; file formats go to --out when several are asked. */
const FILE_NAMES: Record<CheckFormat, string> = { text: 'check.txt', json: 'check.json', github: 'check.github.txt', junit: 'check.junit.xml', sarif: 'check.sarif' };

/** The folder whose .claimdiff/ holds the reviews: the first --against folder (or the folder of a file). */
function corpusDirOf(against: string[]): string {
  const first = against[0];
  return fs.statSync(first).isDirectory() ? first : path.dirname(first);
}

/** `claimdiff check FILE... --against PATH...`: exit 0 clean, 1 open flags at or above --fail-on, 2 bad input. */
export async function checkCommand(files: string[], opts: CheckOptions): Promise<number> {
  const failOn = (opts.failOn ?? 'error') as Severity;
  if (!SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on: "${opts.failOn}" is not one of error, warning, info`);
  const formats = parseCheckFormats(opts.format ?? 'text');
  if (!opts.against || opts.against.length === 0) throw new UsageError('check needs --against PATH (the corpus to check against)');
  for (const p of opts.against) if (!fs.existsSync(p)) throw new InputError(p, 'no such file or folder (--against)');
  const fileFormats = formats.filter((f) => f !== 'text' && f !== 'github');
  if (fileFormats.length > 0 && formats.length > 1 && !opts.out) {
    throw new UsageError(`--format ${formats.join(',')}: several formats need --out DIR for ${fileFormats.join(', ')}`);
  }

  const newLoad = loadArticles(files);
  for (const s of newLoad.skipped) process.stderr.write(`claimdiff: ${s.message}\n`);
  // Nothing is checked on partial input: a gate that silently passes on an unreadable article would lie.
  if (newLoad.skipped.length > 0) return 2;
  if (newLoad.articles.length === 0) throw new UsageError('check needs at least one article to check');
  // Scoped (only what the new articles can touch) when `claimdiff index` stored the corpus analysis.
  const { fresh, corpus, flags, skipped } = checkComparison(newLoad.articles, opts.against);
  for (const s of skipped) process.stderr.write(`claimdiff: ${s.message}\n`);
  if (skipped.length > 0) return 2;

  const reviewsFile = opts.reviews ?? reviewsPathFor(corpusDirOf(opts.against));
  const reviewed = applyReviews(flags, loadReviews(reviewsFile));
  const result: CheckResult = buildCheckResult({
    checked: fresh.map((a) => ({ articleId: a.id, file: a.file, text: a.text })),
    corpus,
    flags: reviewed,
    failOn,
    tool: { version: TOOL_VERSION, extractorVersion: EXTRACTOR_VERSION },
  });

  for (const f of formats) {
    const text = formatters[f](result);
    if (formats.length > 1 && opts.out && f !== 'text' && f !== 'github') {
      fs.mkdirSync(opts.out, { recursive: true });
      fs.writeFileSync(path.join(opts.out, FILE_NAMES[f]), text);
    } else {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
  }
  return result.failed ? 1 : 0;
}
