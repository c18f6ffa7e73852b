import * as fs from 'node:fs';
import { loadArticles } from '../ingest';
import { indexPathFor } from '../index/claim-index';
import { writeFolderScope } from './check-comparison';
import { extractCorpus } from './corpus-extraction';
import { UsageError } from '../lib/usage-error';
import { warn } from './say';

/** `claimdiff index PATH...`: build or refresh the claim index of each corpus folder. */
export async function indexCommand(paths: string[]): Promise<number> {
  for (const p of paths) {
    if (fs.existsSync(p) && !fs.statSync(p).isDirectory()) throw new UsageError(`${p}: index takes corpus folders, not files`);
  }
  const { articles, skipped, notices } = loadArticles(paths);
  for (const n of notices) warn(`${n}`);
  for (const s of skipped) warn(`skipped ${s.message}`);
  const t0 = Date.now();
  const r = extractCorpus(articles, { build: true });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  // The alignment side (stories, statistics, blocking keys) for the incremental check, when every file was read.
  if (skipped.length === 0) for (const p of paths) writeFolderScope(p, articles, r.extracted);
  for (const p of paths) if (fs.existsSync(p)) process.stdout.write(`${indexPathFor(p)}\n`);
  process.stdout.write(`${articles.length} articles: ${r.reused} unchanged, ${r.extractedNow} extracted (${seconds} s)\n`);
  return skipped.length > 0 ? 2 : 0;
}
