import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import nlp from 'compromise';
import { extractArticle } from '../extract';
import { loadArticles } from '../ingest';
import type { Article, ExtractedArticle } from '../types';
import { table } from '../eval/table';
import { extractParallel } from '../extract/workers';
import { buildReport } from '../pipeline';
import { benchAdversarial, GENERATORS, printAdversarial, realNewsLine } from './adversarial';
import { benchCheck } from './check';
import { benchCompare } from './compare';
import { seconds } from './timing';

/**
 * `npm run bench`: extraction speed on ../shared/corpora/bbc-news (articles/s, MB/s), its ratio to a bare
 * compromise parse of the same texts (the floor for a compromise-based extractor), and compare at growing
 * corpus sizes with the growth exponent. Numbers, not assertions: the tests hold no timing.
 * Then `compare` from scratch with one and two extraction workers, `check` of one new article against indexed
 * corpora of growing size (scoped and full), and the worst-case inputs.
 *   --corpus DIR   (default ../shared/corpora/bbc-news)   --limit N   --runs N (default 3, median reported)
 *   --sections extraction,workers,compare,check,adversarial (default all)   --large KB (adversarial, default 256)
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}


export async function main(): Promise<number> {
  const root = path.resolve(__dirname, '../..');
  const corpus = arg('--corpus') ?? path.resolve(root, '../shared/corpora/bbc-news');
  if (!fs.existsSync(corpus)) {
    console.error(`claimdiff bench: ${corpus}: corpus folder not found`);
    return 2;
  }
  const runs = Number(arg('--runs') ?? 3);
  const limit = arg('--limit') ? Number(arg('--limit')) : Infinity;
  let articles: Article[] = [];
  const loadSeconds = seconds(() => {
    // the .txt articles only: the folder also holds a README
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
    articles = loadArticles(files.map((f) => path.join(corpus, f))).articles;
  });
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
  const mb = bytes / 1e6;
  console.log(`corpus: ${corpus}\narticles: ${articles.length}, ${mb.toFixed(2)} MB; load + structure: ${loadSeconds.toFixed(2)} s\n`);

  const sections = new Set((arg('--sections') ?? 'extraction,workers,compare,check,adversarial').split(','));
  let extracted: ExtractedArticle[] = [];
  if (sections.has('extraction')) extracted = benchExtraction(articles, runs, mb);
  else extracted = extractParallel(articles);

  if (sections.has('workers')) benchWorkers(articles);
  if (sections.has('compare')) await benchCompare(articles, extracted);
  if (sections.has('check')) {
    const sizes = [500, 1000, 2225].filter((n) => n < articles.length).concat(articles.length).filter((n, i, a) => a.indexOf(n) === i && n > 1);
    benchCheck(articles, extracted, sizes, runs);
  }
  if (sections.has('adversarial')) {
    const large = Number(arg('--large') ?? 256) * 1024;
    printAdversarial(benchAdversarial({ ...GENERATORS, 'real news in one line': realNewsLine(corpus) }, 16 * 1024, large), 16 * 1024, large);
  }
  console.log(`\npeak RSS of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  return 0;
}

/** `compare` from scratch (extraction included) with one worker and with two, in one run: the ratio. */
function benchWorkers(articles: Article[]): void {
  const from = (workers: number) => seconds(() => buildReport('bench', articles, extractParallel(articles, { workers })));
  const one = from(1);
  const two = from(2);
  console.log(`Compare from scratch (extraction + comparison), ${os.availableParallelism()} cores available
`);
  console.log(table(['workers', 'seconds'], [[1, one.toFixed(2)], [2, two.toFixed(2)]]));
  console.log(`
speed-up with two workers: ${(one / two).toFixed(2)}×  (target ≥ 1.7; the machine's other load takes its share)
`);
}

/** Seconds of this process's CPU time (user + system) `fn` takes: the machine's other load leaves it alone. */
function cpuSeconds(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

function benchExtraction(articles: Article[], runs: number, mb: number): ExtractedArticle[] {
  // warm-up (JIT, lexicon loading) so the first run does not carry start-up cost
  for (const a of articles.slice(0, 20)) {
    nlp(a.text);
    extractArticle(a);
  }
  const parseTimes: number[] = [];
  const extractTimes: number[] = [];
  let extracted: ExtractedArticle[] = [];
  // Both in one process, in CPU time, alternating batch by batch: the machine's load swings over a run, and
  // a parse of every article then an extraction of every article can see different machines.
  const BATCH = 10;
  for (let r = 0; r < runs; r++) {
    let tParse = 0;
    let tExtract = 0;
    extracted = [];
    for (let i = 0; i < articles.length; i += BATCH) {
      const batch = articles.slice(i, i + BATCH);
      tParse += cpuSeconds(() => batch.forEach((a) => nlp(a.text)));
      tExtract += cpuSeconds(() => extracted.push(...batch.map((a) => extractArticle(a))));
    }
    parseTimes.push(tParse);
    extractTimes.push(tExtract);
  }
  const claims = extracted.reduce((n, e) => n + e.claims.length, 0);
  const tParse = median(parseTimes);
  const tExtract = median(extractTimes);
  console.log(`Extraction (median of ${runs} runs, one core, CPU seconds)\n`);
  console.log(
    table(
      ['what', 'CPU s', 'articles/s', 'MB/s'],
      [
        ['bare compromise nlp(text)', tParse.toFixed(2), (articles.length / tParse).toFixed(1), (mb / tParse).toFixed(3)],
        ['claimdiff extract (all kinds)', tExtract.toFixed(2), (articles.length / tExtract).toFixed(1), (mb / tExtract).toFixed(3)],
      ],
    ),
  );
  console.log(`\nratio extract / bare parse: ${(tExtract / tParse).toFixed(2)} (target ≤ 0.5)   claims: ${claims} (${(claims / articles.length).toFixed(1)} per article)`);
  console.log(`RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB\n`);
  return extracted;
}

if (require.main === module) main().then((c) => (process.exitCode = c));
