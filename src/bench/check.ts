import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXTRACTOR_VERSION } from '../extract';
import { indexKeyFor, indexPathFor, openIndex } from '../index/claim-index';
import { writeScope } from '../index/scope-store';
import { table } from '../eval/table';
import type { Article, ExtractedArticle } from '../types';
import { growthExponent } from './compare';
import { timed } from './timing';

/**
 * `check` of one new article against indexed corpora of growing size (every k-th article, so each size spans
 * the categories; the article the new one is made from is always in), each in its own process: wall time
 * (start-up included), CPU time and peak RSS, scoped (the index's stored analysis; median of `runs`) and, at
 * the largest size, full (one run).
 * The corpora are folders of links in the OS temp dir; their scope is written from claims already extracted.
 */
export function benchCheck(articles: Article[], extracted: ExtractedArticle[], sizes: number[], runs = 3): void {
  const base = articles.findIndex((a) => /\$\d/.test(a.text));
  const seed = base >= 0 ? base : 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-bench-check-'));
  // The new article: the seed article with its first money figure changed (a value conflict to find).
  const fresh = path.join(tmp, 'new-article.txt');
  fs.writeFileSync(fresh, articles[seed].text.replace(/\$(\d+)/, (_, d: string) => `$${Number(d) + 7}`));
  const child = path.resolve(__dirname, 'check-child.js');
  const run = (dir: string, full: boolean) => {
    const { seconds, value: r } = timed(() => spawnSync(process.execPath, [child, fresh, dir, ...(full ? ['--full'] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const m = /maxrss (\d+) cpu ([\d.]+)/.exec(r.stderr);
    if (!m) throw new Error(`bench check failed: ${r.stderr.slice(-500)}`);
    return { seconds, rss: Number(m[1]), cpu: Number(m[2]) };
  };
  type Run = { seconds: number; rss: number; cpu: number };
  // Other jobs share the cores: each figure is the median of `runs` processes (wall, CPU and RSS each).
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const repeated = (dir: string, full: boolean): Run => {
    const rs = Array.from({ length: Math.max(1, runs) }, () => run(dir, full));
    return { seconds: median(rs.map((r) => r.seconds)), cpu: median(rs.map((r) => r.cpu)), rss: median(rs.map((r) => r.rss)) };
  };
  const rows: Array<{ n: number; scoped: Run; full?: Run }> = [];
  try {
    for (const n of sizes) {
      const step = articles.length / n;
      const picked = new Set(Array.from({ length: n }, (_, i) => Math.floor(i * step)));
      picked.add(seed);
      const idx = [...picked].sort((a, b) => a - b);
      const dir = path.join(tmp, `corpus-${n}`);
      fs.mkdirSync(dir);
      for (const i of idx) fs.symlinkSync(path.resolve(articles[i].file), path.join(dir, path.basename(articles[i].file)));
      const relinked = idx.map((i) => ({ ...articles[i], file: path.join(dir, path.basename(articles[i].file)) }));
      const claims = idx.map((i) => ({ ...extracted[i], file: path.join(dir, path.basename(articles[i].file)) }));
      // The index as `claimdiff index` leaves it: the extractions (what a full check reads back) and the scope.
      const index = openIndex(indexPathFor(dir), EXTRACTOR_VERSION);
      index.putMany(relinked.map((a, k) => ({ key: indexKeyFor(a, EXTRACTOR_VERSION), extracted: claims[k] })));
      index.close();
      writeScope(indexPathFor(dir), dir, EXTRACTOR_VERSION, relinked, claims);
      run(dir, false); // warm the file cache
      const scoped = repeated(dir, false);
      rows.push({ n: idx.length, scoped, full: n === sizes[sizes.length - 1] ? run(dir, true) : undefined });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`Check of one new article against an indexed corpus (own process each, scoped: median of ${Math.max(1, runs)}; wall s incl. start-up, peak RSS MB)\n`);
  console.log(
    table(
      ['indexed articles', 'scoped wall s', 'scoped CPU s', 'scoped MB', 'full wall s', 'full CPU s', 'full MB'],
      rows.map((r) => [
        r.n,
        r.scoped.seconds.toFixed(2),
        r.scoped.cpu.toFixed(2),
        r.scoped.rss,
        r.full ? r.full.seconds.toFixed(2) : '',
        r.full ? r.full.cpu.toFixed(2) : '',
        r.full ? r.full.rss : '',
      ]),
    ),
  );
  if (rows.length >= 2) {
    const span = `${rows[0].n}–${rows[rows.length - 1].n} articles`;
    console.log(`\ncheck time growth exponent (scoped, ${span}): wall ${growthExponent(rows.map((r) => ({ n: r.n, t: r.scoped.seconds }))).toFixed(2)}, CPU ${growthExponent(rows.map((r) => ({ n: r.n, t: r.scoped.cpu }))).toFixed(2)}  (target ≤ 0.2)`);
  }
  const last = rows[rows.length - 1];
  if (last?.full) console.log(`full / scoped at ${last.n}: ${(last.full.seconds / last.scoped.seconds).toFixed(1)}× wall, ${(last.full.cpu / last.scoped.cpu).toFixed(1)}× CPU, ${(last.full.rss / last.scoped.rss).toFixed(1)}× RSS`);
  console.log('');
}
