import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle } from '../extract';
import { buildArticle } from '../ingest/article';
import { table } from '../eval/table';
import { seconds } from './timing';

/**
 * Worst-case inputs: texts built to defeat sentence splitting and per-sentence work (one sentence of numbers,
 * thousands of quotation marks, abbreviations that never end a sentence, real news run into one line), timed
 * at two sizes. Linear behaviour means the same time per 100 KB at both; the target is at most 2× at 256 KB.
 */

export type Generator = (bytes: number) => string;

/** Repeats `unit(i)` until the text reaches `bytes` (ASCII units: characters are bytes). */
function fill(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const u = unit(i);
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, bytes);
}

const NUMBER_FORMS = [(i: number) => `${i}`, (i: number) => `$${i}.5m`, (i: number) => `${i % 100}%`, (i: number) => `${i},${String(i % 1000).padStart(3, '0')}`, () => 'seven million', (i: number) => `£${i}bn`];

export const GENERATORS: Record<string, Generator> = {
  'one sentence of numbers': (b) => `Figures ${fill(b - 9, (i) => `${NUMBER_FORMS[i % NUMBER_FORMS.length](i)}, `)}`,
  'thousands of quotation marks': (b) => fill(b, (i) => `he said "word ${i}" and `),
  'repeated Mr. abbreviations': (b) => fill(b, (i) => `Mr. Smith${i % 7} met Mr. Jones and Dr. Brown `),
};

/** Real news run into one line: the corpus articles' texts joined with spaces, line breaks removed. */
export function realNewsLine(corpusDir: string): Generator {
  const texts = fs
    .readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').replace(/\s+/g, ' '));
  const all = texts.join(' ');
  return (b) => {
    let s = all;
    while (s.length < b) s += ` ${all}`;
    return s.slice(0, b);
  };
}

/** Ingest (sentence splitting included) and extraction of one text. */
function ingestAndExtract(text: string): void {
  extractArticle(buildArticle({ text, format: 'txt', meta: { id: 'adversarial', file: 'adversarial.txt', title: null, outlet: null, published: null, publishedPrecision: null } }));
}

export interface AdversarialRow {
  name: string;
  small: number;
  large: number;
  /** Seconds per 100 KB at each size, and their ratio (large / small). */
  perSmall: number;
  perLarge: number;
  ratio: number;
}

/** Times each generator at `small` and `large` bytes (ingest included: sentence splitting is part of it). */
export function benchAdversarial(generators: Record<string, Generator>, small = 16 * 1024, large = 256 * 1024): AdversarialRow[] {
  ingestAndExtract(GENERATORS['one sentence of numbers'](2048)); // warm-up
  const rows: AdversarialRow[] = [];
  for (const [name, gen] of Object.entries(generators)) {
    const build = (b: number) => {
      const text = gen(b);
      return seconds(() => ingestAndExtract(text));
    };
    const ts = build(small);
    const tl = build(large);
    const perSmall = ts / (small / 102400);
    const perLarge = tl / (large / 102400);
    rows.push({ name, small: ts, large: tl, perSmall, perLarge, ratio: perLarge / perSmall });
  }
  return rows;
}

export function printAdversarial(rows: AdversarialRow[], small: number, large: number): void {
  console.log(`Worst case (extraction of one text; seconds per 100 KB at ${small / 1024} KB and ${large / 1024} KB; target ratio ≤ 2)\n`);
  console.log(
    table(
      ['input', `s at ${small / 1024} KB`, `s at ${large / 1024} KB`, 's/100 KB small', 's/100 KB large', 'ratio'],
      rows.map((r) => [r.name, r.small.toFixed(2), r.large.toFixed(2), r.perSmall.toFixed(2), r.perLarge.toFixed(2), r.ratio.toFixed(2)]),
    ),
  );
}

if (require.main === module) {
  const small = Number(process.argv[2] ?? 16) * 1024;
  const large = Number(process.argv[3] ?? 64) * 1024;
  const gens: Record<string, Generator> = { ...GENERATORS };
  if (process.argv[4]) gens['real news in one line'] = realNewsLine(process.argv[4]);
  printAdversarial(benchAdversarial(gens, small, large), small, large);
}
