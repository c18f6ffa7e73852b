import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXTRACTOR_VERSION } from '../extract';
import { parseReferenceDate } from '../extract/reference';
import { processFindings } from '../findings';
import { loadArticles } from '../ingest';
import { InputError } from '../ingest/errors';
import { UsageError } from '../lib/usage-error';
import { SEVERITIES } from '../model/report-lookup';
import { TOOL_VERSION } from '../pipeline';
import { buildCheckResult, formatGithubSummary, type CheckedArticle, type CheckResult } from '../report/ci';
import { CHECK_FORMATS, FORMATTERS, parseFormats } from '../report/formats';
import { loadReviews, reviewsPathFor } from '../review';
import type { Article, Severity } from '../types';
import { checkComparison } from './check-comparison';
import { warn } from './say';

export interface CheckOptions {
  against: string[];
  failOn?: string;
  minSeverity?: string;
  quiet?: boolean;
  published?: string;
  outlet?: string;
  format?: string;
  out?: string;
  reviews?: string;
}

function severityOption(name: string, value: string | undefined, fallback: Severity): Severity {
  const v = (value ?? fallback) as Severity;
  if (!SEVERITIES.includes(v)) throw new UsageError(`${name}: "${value}" is not one of ${SEVERITIES.join(', ')}`);
  return v;
}

/** The folder whose .claimdiff/ holds the reviews: the first --against folder (or the folder of a file). */
function corpusDirOf(against: string[]): string {
  const first = against[0];
  return fs.statSync(first).isDirectory() ? first : path.dirname(first);
}

/** --published / --outlet: the command line wins over manifests and the files' own metadata. */
function withOverrides(articles: Article[], opts: CheckOptions): Article[] {
  const reference = opts.published !== undefined ? parseReferenceDate(opts.published) : null;
  if (opts.published !== undefined && !reference) throw new UsageError(`--published: "${opts.published}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  if (opts.outlet !== undefined && !opts.outlet.trim()) throw new UsageError('--outlet: empty name');
  return articles.map((a) => ({
    ...a,
    ...(reference ? { published: opts.published!, publishedPrecision: reference.precision } : {}),
    ...(opts.outlet !== undefined ? { outlet: opts.outlet.trim() } : {}),
  }));
}

/**
 * A checked article as its file is on disk: a .md body is a suffix of the file, so what comes before it
 * (the front matter) is kept, and lines count in the file. Other formats count in the text as read.
 */
function checkedArticle(a: Article): CheckedArticle {
  const out: CheckedArticle = { articleId: a.id, file: a.file, text: a.text, headline: a.headline };
  if (a.format !== 'md') return out;
  try {
    const disk = fs.readFileSync(a.file, 'utf8').replace(/^\uFEFF/, '');
    if (disk.endsWith(a.text) && disk.length > a.text.length) out.prefix = disk.slice(0, disk.length - a.text.length);
  } catch {
    /* read a moment ago; if it is gone now, count in the text */
  }
  return out;
}

/** `claimdiff check FILE... --against PATH...`: exit 0 clean, 1 open flags at or above --fail-on, 2 bad input. */
export async function checkCommand(files: string[], opts: CheckOptions): Promise<number> {
  const failOn = severityOption('--fail-on', opts.failOn, 'error');
  const minSeverity = opts.quiet && opts.minSeverity === undefined ? 'warning' : severityOption('--min-severity', opts.minSeverity, 'info');
  const formats = parseFormats(opts.format ?? 'text', CHECK_FORMATS);
  if (!opts.against || opts.against.length === 0) throw new UsageError('check needs --against PATH (the corpus to check against)');
  if (files.length === 0) throw new UsageError('check needs at least one article to check (check FILE... --against CORPUS)');
  for (const p of opts.against) if (!fs.existsSync(p)) throw new InputError(p, 'no such file or folder (--against)');
  const fileFormats = formats.filter((f) => !FORMATTERS[f].toStdout);
  if (fileFormats.length > 0 && formats.length > 1 && !opts.out) {
    throw new UsageError(`--format ${formats.join(',')}: several formats need --out DIR for ${fileFormats.join(', ')}`);
  }

  const newLoad = loadArticles(files);
  for (const s of newLoad.skipped) warn(`${s.message}`);
  for (const n of newLoad.notices) warn(`${n}`);
  // Nothing is checked on partial input: a gate that silently passes on an unreadable article would lie.
  if (newLoad.skipped.length > 0) return 2;
  if (newLoad.articles.length === 0) throw new UsageError('check needs at least one article to check');
  // A broken reviews file is reported before any work (and never replaced).
  const corpusDir = corpusDirOf(opts.against);
  const reviews = loadReviews(opts.reviews ?? reviewsPathFor(corpusDir));

  // Scoped (only what the new articles can touch) when `claimdiff index` stored the corpus analysis; else full.
  const compared = checkComparison(withOverrides(newLoad.articles, opts), opts.against);
  for (const s of compared.skipped) warn(`${s.message}`);
  for (const n of compared.notices) warn(`${n}`);
  if (compared.skipped.length > 0) return 2;
  const { fresh, corpus, report } = compared;

  const result: CheckResult = buildCheckResult({
    checked: fresh.map(checkedArticle),
    corpus,
    flags: processFindings(report.flags, { reviews, minSeverity }),
    failOn,
    tool: { version: TOOL_VERSION, extractorVersion: EXTRACTOR_VERSION },
    report,
  });

  for (const f of formats) {
    const text = FORMATTERS[f].ofCheck(result);
    if (formats.length > 1 && opts.out && !FORMATTERS[f].toStdout) {
      fs.mkdirSync(opts.out, { recursive: true });
      fs.writeFileSync(path.join(opts.out, FORMATTERS[f].checkFile), text);
    } else {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
  }
  // GitHub's job summary: every flag in one table, where the notices folded out of the annotations are read.
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (formats.includes('github') && summaryFile) fs.appendFileSync(summaryFile, formatGithubSummary(result));
  return result.failed ? 1 : 0;
}
