import * as path from 'node:path';
import { extractArticle } from '../extract';
import { loadArticles } from '../ingest';
import { scoreExtraction, type ExtractionScore } from './extraction';
import { defaultGoldPath, loadGold } from './gold';
import { fmt, pct, table } from './table';

/**
 * `npm run eval`: scores the extractor (and, once it exists, the comparison) against the hand annotation of
 * the seed corpus, computed by the code under test on every run.
 *   --gold FILE     gold file (default ../shared/gold/seeds.gold.json)
 *   --corpus DIR    corpus folder (default corpus/seeds)
 *   --verbose       list misses, extras and wrong values
 *   --json          print the scores as JSON
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function printExtraction(s: ExtractionScore, verbose: boolean): void {
  console.log('Extraction against the gold (match by article and span overlap; borderline claims optional)\n');
  console.log(
    table(
      ['kind', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1', 'value right'],
      s.kinds.map((k) => [k.kind, k.tp, k.fp, k.fn, fmt(k.precision), fmt(k.recall), fmt(k.f1), pct(k.valueRight, k.valueChecked)]),
    ),
  );
  console.log(`\nvalue right = quantity: value, unit and bound; date: TIMEX3 type and value; quote: speaker of attributed quotes`);
  console.log(`claims taken from page chrome: ${s.chromeClaims.length}`);
  console.log(`indirect quotes (not scored; the gold annotates them selectively): ${s.indirect.predicted} extracted, ${s.indirect.matchedGold}/${s.indirect.gold} gold ones found`);
  if (!verbose) return;
  for (const k of s.kinds) {
    for (const m of k.misses) console.log(`  miss  ${k.kind} ${m.gold} ${JSON.stringify(m.text)}`);
    for (const e of k.extras) console.log(`  extra ${k.kind} ${e.articleId}@${e.start} ${JSON.stringify(e.text)}`);
    for (const v of k.valueErrors) console.log(`  value ${k.kind} ${v.gold} ${JSON.stringify(v.text)} expected ${JSON.stringify(v.expected)} got ${JSON.stringify(v.got)}`);
  }
  for (const c of s.chromeClaims) console.log(`  chrome ${c.articleId} ${JSON.stringify(c.text)}`);
}

export function main(): number {
  const gold = loadGold(arg('--gold') ?? defaultGoldPath());
  const corpus = arg('--corpus') ?? path.resolve(__dirname, '../../corpus/seeds');
  const { articles, skipped } = loadArticles([corpus]);
  if (skipped.length > 0) for (const s of skipped) console.error(`skipped ${s.message}`);
  const claims = articles.flatMap((a) => extractArticle(a).claims);
  const extraction = scoreExtraction(claims, gold, articles.map((a) => a.id));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ extraction }, null, 2));
  } else {
    printExtraction(extraction, process.argv.includes('--verbose'));
  }
  return 0;
}

if (require.main === module) process.exitCode = main();
