import * as fs from 'node:fs';
import * as path from 'node:path';
import { isOpen, processFindings } from '../findings';
import { loadReviews, reviewsPathFor } from '../review/store';
import { loadArticles } from '../ingest';
import { buildReport } from '../pipeline';
import { parseReportFormats, REPORT_FORMATS, writeReport } from '../report';
import { extractCorpus } from './corpus-extraction';
import { UsageError } from '../lib/usage-error';
import { warn } from './say';

export interface CompareOptions {
  out?: string;
  format?: string;
  reviews?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The folder whose .claimdiff/ holds the reviews: the first path, or the folder of a file. */
function corpusDirOf(paths: string[]): string {
  const first = paths[0];
  return fs.existsSync(first) && fs.statSync(first).isDirectory() ? first : path.dirname(first);
}

/** The default output folder: reports/<corpus name>/ (the name of the first path, without extension). */
export function defaultOutDir(paths: string[]): string {
  const first = path.resolve(paths[0]);
  return path.join('reports', path.basename(first, path.extname(first)));
}

/** `claimdiff compare PATH... [--out DIR] [--format md,json,html]` */
export async function compareCommand(paths: string[], opts: CompareOptions): Promise<number> {
  let formats;
  try {
    formats = parseReportFormats(opts.format ?? REPORT_FORMATS.join(','));
  } catch (e) {
    throw new UsageError(`--format: ${(e as Error).message}`);
  }
  // A corrupt reviews file stops the run before any work, and is never rewritten.
  const reviews = loadReviews(opts.reviews ?? reviewsPathFor(corpusDirOf(paths)));
  const { articles, skipped, notices: loadNotices } = loadArticles(paths);
  for (const s of skipped) warn(`skipped ${s.message}`);
  for (const n of loadNotices) warn(`${n}`);
  if (articles.length === 0) {
    warn('no article could be read; no report written');
    return 2;
  }
  const { extracted } = extractCorpus(articles);
  const notices = [...skipped.map((s) => `skipped ${s.message}`), ...loadNotices];
  const built = buildReport(paths.join(' '), articles, extracted, notices).report;
  // Decisions apply here, in the one findings pipeline: each flag carries its review into every format.
  const report = { ...built, flags: processFindings(built.flags, { reviews }) };
  const outDir = opts.out ?? defaultOutDir(paths);
  const written = await writeReport(report, outDir, formats);
  const open = report.flags.filter(isOpen);
  const errors = open.filter((f) => f.severity === 'error').length;
  const dismissed = report.flags.length - open.length;
  process.stdout.write(
    `${plural(report.articles.length, 'article')}, ${plural(report.stories.length, 'story', 'stories')}, ${plural(report.claims.length, 'claim')}, ${plural(report.groups.length, 'group')}, ` +
      `${plural(report.flags.length, 'flag')} (${plural(errors, 'open error')}${dismissed ? `, ${dismissed} dismissed` : ''})\n${written.map((w) => `wrote ${w}`).join('\n')}\n`,
  );
  // A skipped input is bad input: the report covers the rest, and the status says something was left out.
  return skipped.length > 0 ? 2 : 0;
}
