import { buildReport } from '../pipeline';
import { table } from '../eval/table';
import type { Article, ExtractedArticle } from '../types';
import { seconds } from './timing';

const SIZES = [500, 1000, 2225];


/** Least-squares slope of log(time) on log(size): 1 is linear growth, 2 quadratic. */
export function growthExponent(points: Array<{ n: number; t: number }>): number {
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.map((p) => Math.log(p.t));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const num = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0);
  const den = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return num / den;
}

/**
 * The comparison (stories, alignment, verdicts, framing, omissions, flags) on growing prefixes of the corpus,
 * from claims already extracted, so the numbers show how alignment cost grows, not extraction's.
 */
export async function benchCompare(articles: Article[], extracted: ExtractedArticle[]): Promise<void> {
  const sizes = SIZES.filter((n) => n < articles.length).concat(articles.length).filter((n, i, a) => a.indexOf(n) === i && n > 1);
  // warm-up, so the first size does not carry JIT and lexicon-loading cost
  buildReport('bench', articles.slice(0, 100), extracted.slice(0, 100));
  const points: Array<{ n: number; t: number; groups: number; flags: number; pairs: number }> = [];
  for (const n of sizes) {
    let groups = 0;
    let flags = 0;
    let pairs = 0;
    const t = seconds(() => {
      const { report, comparison } = buildReport('bench', articles.slice(0, n), extracted.slice(0, n));
      groups = report.groups.length;
      flags = report.flags.length;
      pairs = comparison.candidatePairs;
    });
    points.push({ n, t, groups, flags, pairs });
  }
  console.log('Compare (from extracted claims; one run each)\n');
  console.log(
    table(
      ['articles', 'seconds', 'articles/s', 'candidate pairs', 'groups', 'flags'],
      points.map((p) => [p.n, p.t.toFixed(2), (p.n / p.t).toFixed(0), p.pairs, p.groups, p.flags]),
    ),
  );
  if (points.length >= 2) {
    console.log(`\ngrowth exponent (slope of log time on log size): ${growthExponent(points).toFixed(2)}  (1 = linear)`);
    console.log(`candidate-pair growth exponent: ${growthExponent(points.map((p) => ({ n: p.n, t: Math.max(p.pairs, 1) }))).toFixed(2)}`);
  }
}
