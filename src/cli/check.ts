import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle, EXTRACTOR_VERSION } from '../extract';
import { loadArticles, realPath } from '../ingest';
import { InputError } from '../ingest/errors';
import { buildReport, TOOL_VERSION } from '../pipeline';
import { buildCheckResult, formatters, parseCheckFormats, type CheckFormat, type CheckResult } from '../report/ci';
import { applyReviews, loadReviews, reviewsPathFor } from '../review';
import type { Article, Severity } from '../types';
import { extractCorpus } from './corpus-extraction';
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

/**
 * Corpus articles minus the new ones: CI usually checks a changed article that already sits in the corpus
 * folder, and an article must not be compared with itself.
 */
function splitCorpus(corpus: Article[], fresh: Article[]): Article[] {
  const newFiles = new Set(fresh.map((a) => realPath(a.file)));
  return corpus.filter((a) => !newFiles.has(realPath(a.file)));
}

/** New articles keep their ids unless a corpus article has the same id; then they get a `~new` suffix. */
function distinctIds(fresh: Article[], corpus: Article[]): Article[] {
  const taken = new Set(corpus.map((a) => a.id));
  return fresh.map((a) => (taken.has(a.id) ? { ...a, id: `${a.id}~new` } : a));
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
  const corpusLoad = loadArticles(opts.against);
  const skipped = [...newLoad.skipped, ...corpusLoad.skipped];
  for (const s of skipped) process.stderr.write(`claimdiff: ${s.message}\n`);
  // Nothing is checked on partial input: a gate that silently passes on an unreadable article would lie.
  if (skipped.length > 0) return 2;
  if (newLoad.articles.length === 0) throw new UsageError('check needs at least one article to check');

  const corpus = splitCorpus(corpusLoad.articles, newLoad.articles);
  const fresh = distinctIds(newLoad.articles, corpus);
  const corpusClaims = extractCorpus(corpus).extracted;
  const freshClaims = fresh.map((a) => extractArticle(a));
  const all = [...corpus, ...fresh];
  const { report } = buildReport(opts.against.join(' '), all, [...corpusClaims, ...freshClaims]);

  const reviewsFile = opts.reviews ?? reviewsPathFor(corpusDirOf(opts.against));
  const reviewed = applyReviews(report.flags, loadReviews(reviewsFile));
  const result: CheckResult = buildCheckResult({
    checked: fresh.map((a) => ({ articleId: a.id, file: a.file, text: a.text })),
    corpus: corpus.map((a) => ({ articleId: a.id, file: a.file, text: a.text })),
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
