import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle } from '../extract';
import { buildArticle } from '../ingest/article';
import type { Claim, TimexType } from '../types';
import { parseTimeML, type GoldTimex, type TimeMLDocument } from './timeml-read';
import { table } from './table';

/**
 * TempEval-3 scoring of time expressions against TimeML documents (../shared/dev/timeml): extents strict (same
 * span) and relaxed (overlap), then type and value accuracy over the relaxed matches; value F1 = relaxed F1 ×
 * value accuracy (UzZaman et al. 2013). Gold and predicted times are paired one to one, largest overlap first.
 */

export interface TimexSpan {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  value: string;
}

/**
 * The times claimdiff predicts: date claims, and quantity claims that carry a TIMEX3 duration, except ages
 * ("a 6-year-old", "52 years old"): TimeML does not mark a person's age as a time expression.
 */
export function predictedTimexes(claims: Claim[]): TimexSpan[] {
  const out: TimexSpan[] = [];
  for (const c of claims) {
    if (c.kind === 'date' && c.time) out.push({ start: c.span.start, end: c.span.end, text: c.text, type: c.time.type, value: c.time.value });
    else if (c.kind === 'quantity' && c.quantity?.timex && !/^age\b/.test(c.quantity.measure ?? '')) {
      out.push({ start: c.span.start, end: c.span.end, text: c.text, type: c.quantity.timex.type, value: c.quantity.timex.value });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface TimexCounts {
  documents: number;
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  typeRight: number;
  valueRight: number;
}

export interface TimexIssue {
  doc: string;
  kind: 'miss' | 'extra' | 'value' | 'type';
  text: string;
  expected?: string;
  got?: string;
  context: string;
}

const overlapOf = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** One-to-one pairs of gold and predicted times that overlap, the largest overlaps first. */
export function pairTimexes(gold: readonly TimexSpan[], predicted: readonly TimexSpan[]): Array<[number, number]> {
  const candidates: Array<{ g: number; p: number; overlap: number }> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < predicted.length; p++) {
      const o = overlapOf(gold[g], predicted[p]);
      if (o > 0) candidates.push({ g, p, overlap: o });
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

export const emptyCounts = (): TimexCounts => ({ documents: 0, gold: 0, predicted: 0, strict: 0, relaxed: 0, typeRight: 0, valueRight: 0 });

function around(text: string, start: number, end: number): string {
  const s = Math.max(0, start - 50);
  return `${text.slice(s, start)}[${text.slice(start, end)}]${text.slice(end, end + 50)}`.replace(/\s+/g, ' ');
}

/** Scores one document's predictions; adds to `into` and returns the issues for --verbose. */
export function scoreDocument(doc: string, text: string, gold: readonly TimexSpan[], predicted: readonly TimexSpan[], into: TimexCounts): TimexIssue[] {
  const issues: TimexIssue[] = [];
  const pairs = pairTimexes(gold, predicted);
  into.documents++;
  into.gold += gold.length;
  into.predicted += predicted.length;
  into.relaxed += pairs.length;
  const matchedG = new Set(pairs.map(([g]) => g));
  const matchedP = new Set(pairs.map(([, p]) => p));
  for (const [gi, pi] of pairs) {
    const g = gold[gi];
    const p = predicted[pi];
    if (g.start === p.start && g.end === p.end) into.strict++;
    if (g.type === p.type) into.typeRight++;
    if (g.value === p.value) into.valueRight++;
    const got = `${p.type} ${p.value} "${p.text}"`;
    if (g.value !== p.value) issues.push({ doc, kind: 'value', text: g.text, expected: `${g.type} ${g.value}`, got, context: around(text, g.start, g.end) });
    else if (g.type !== p.type) issues.push({ doc, kind: 'type', text: g.text, expected: `${g.type} ${g.value}`, got, context: around(text, g.start, g.end) });
  }
  gold.forEach((g, i) => {
    if (!matchedG.has(i)) issues.push({ doc, kind: 'miss', text: g.text, expected: `${g.type} ${g.value}`, context: around(text, g.start, g.end) });
  });
  predicted.forEach((p, i) => {
    if (!matchedP.has(i)) issues.push({ doc, kind: 'extra', text: p.text, got: `${p.type} ${p.value}`, context: around(text, p.start, p.end) });
  });
  return issues;
}

export interface TimexMeasures {
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  typeAccuracy: number;
  valueAccuracy: number;
  typeF1: number;
  valueF1: number;
}

function prf(matched: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function measures(c: TimexCounts): TimexMeasures {
  const strict = prf(c.strict, c.predicted, c.gold);
  const relaxed = prf(c.relaxed, c.predicted, c.gold);
  const typeAccuracy = c.relaxed === 0 ? 0 : c.typeRight / c.relaxed;
  const valueAccuracy = c.relaxed === 0 ? 0 : c.valueRight / c.relaxed;
  return { strict, relaxed, typeAccuracy, valueAccuracy, typeF1: relaxed.f1 * typeAccuracy, valueF1: relaxed.f1 * valueAccuracy };
}

/** Runs the real extractor on a TimeML document's text with its DCT as the publication date. */
export function extractTimexes(doc: TimeMLDocument): TimexSpan[] {
  const article = buildArticle({
    text: doc.text,
    format: 'txt',
    headline: null,
    meta: { id: doc.id, file: `${doc.id}.tml`, title: null, outlet: null, published: doc.dct, publishedPrecision: doc.dct ? (doc.dct.length === 10 ? 'day' : doc.dct.length === 7 ? 'month' : 'year') : null },
  });
  return predictedTimexes(extractArticle(article).claims);
}

export const goldSpans = (timexes: readonly GoldTimex[]): TimexSpan[] =>
  timexes.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value }));

export interface CorpusScore {
  corpus: string;
  counts: TimexCounts;
  measures: TimexMeasures;
  issues: TimexIssue[];
}

/** Scores every .tml file of each corpus folder (sorted by name, so the output is stable), then all together. */
export function evaluateTimeML(root: string, corpora: readonly string[] = ['TimeBank', 'AQUAINT']): CorpusScore[] {
  const out: CorpusScore[] = [];
  const all = emptyCounts();
  const allIssues: TimexIssue[] = [];
  for (const corpus of corpora) {
    const dir = path.join(root, corpus);
    if (!fs.existsSync(dir)) continue;
    const counts = emptyCounts();
    const issues: TimexIssue[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
      const doc = parseTimeML(fs.readFileSync(path.join(dir, file), 'utf8'), file.replace(/\.tml$/, ''));
      issues.push(...scoreDocument(doc.id, doc.text, goldSpans(doc.timexes), extractTimexes(doc), counts));
    }
    out.push({ corpus, counts, measures: measures(counts), issues });
    for (const k of Object.keys(all) as Array<keyof TimexCounts>) all[k] += counts[k];
    allIssues.push(...issues);
  }
  if (out.length > 0) out.push({ corpus: 'all', counts: all, measures: measures(all), issues: [] });
  return out;
}

export const defaultTimeMLRoot = (): string => path.resolve(__dirname, '../../../shared/dev/timeml');

const p1 = (x: number): string => (100 * x).toFixed(1);

export function printTimeML(scores: CorpusScore[], verbose: boolean): void {
  if (scores.length === 0) return;
  console.log('\nTimes against TimeML (TempEval-3 scoring; value F1 = relaxed F1 × value accuracy)\n');
  console.log(
    table(
      ['corpus', 'docs', 'gold', 'pred', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'type acc', 'value acc', 'type F1', 'value F1'],
      scores.map((s) => {
        const m = s.measures;
        return [s.corpus, s.counts.documents, s.counts.gold, s.counts.predicted, p1(m.strict.precision), p1(m.strict.recall), p1(m.strict.f1),
          p1(m.relaxed.precision), p1(m.relaxed.recall), p1(m.relaxed.f1), p1(m.typeAccuracy), p1(m.valueAccuracy), p1(m.typeF1), p1(m.valueF1)];
      }),
    ),
  );
  if (!verbose) return;
  for (const s of scores) {
    for (const i of s.issues) {
      const detail = i.kind === 'miss' ? `expected ${i.expected}` : i.kind === 'extra' ? `got ${i.got}` : `expected ${i.expected} got ${i.got}`;
      console.log(`  ${i.kind.padEnd(5)} ${s.corpus}/${i.doc} ${JSON.stringify(i.text)} ${detail} | ${i.context}`);
    }
  }
}
