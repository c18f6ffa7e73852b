import * as path from 'node:path';
import { loadArticles } from '../ingest';
import { buildReport } from '../pipeline';
import { parseReportFormats, writeReport } from '../report';
import { extractCorpus } from './corpus-extraction';
import { UsageError } from './usage-error';

export interface CompareOptions {
  out?: string;
  format?: string;
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
    formats = parseReportFormats(opts.format ?? 'json,md,html');
  } catch (e) {
    throw new UsageError(`--format: ${(e as Error).message}`);
  }
  const { articles, skipped } = loadArticles(paths);
  for (const s of skipped) process.stderr.write(`claimdiff: skipped ${s.message}\n`);
  if (articles.length === 0) {
    process.stderr.write('claimdiff: no article could be read; no report written\n');
    return 2;
  }
  const { extracted } = extractCorpus(articles);
  const notices = skipped.map((s) => `skipped ${s.message}`);
  const { report } = buildReport(paths.join(' '), articles, extracted, notices);
  const outDir = opts.out ?? defaultOutDir(paths);
  const written = await writeReport(report, outDir, formats);
  const errors = report.flags.filter((f) => f.severity === 'error').length;
  process.stdout.write(
    `${report.articles.length} articles, ${report.stories.length} stories, ${report.claims.length} claims, ${report.groups.length} groups, ` +
      `${report.flags.length} flags (${errors} errors)\n${written.map((w) => `wrote ${w}`).join('\n')}\n`,
  );
  // A skipped input is bad input: the report covers the rest, and the status says something was left out.
  return skipped.length > 0 ? 2 : 0;
}
