import * as fs from 'node:fs';
import * as path from 'node:path';
import { SEEDS_DIR } from './article';
import type { tempDir } from './tempdir';

/** The README's walk-through article: it contradicts seed 004's 2023 trade total ($240 billion). */
export const TRADE_PACT_EXAMPLE = path.resolve(__dirname, '../../examples/trade-pact.md');

/**
 * A copy of the seed corpus plus the README's example article in `incoming/trade.md` (front matter of 5 lines:
 * the trade figure is on line 8 of the file as on disk), as the CI walk-through tests use them.
 */
export function seedsWithTradePact(tmp: ReturnType<typeof tempDir>): { corpus: string; md: string } {
  const corpus = tmp.path('corpus');
  fs.cpSync(SEEDS_DIR, corpus, { recursive: true });
  const md = tmp.write('incoming/trade.md', fs.readFileSync(TRADE_PACT_EXAMPLE, 'utf8'));
  return { corpus, md };
}
