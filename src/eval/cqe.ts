/**
 * Quantity extraction against the CQE evaluation sets (../shared/dev/quantities/*.json: sentences, each with its
 * quantities as { value: "75000000" | "8-10", normalized_unit: "dollar" }), scored the CQE way: value F1 and
 * value+unit F1, with every gold quantity matched to at most one predicted quantity.
 *
 * Adapter choices (the claimdiff contract wins for the claim fields; these only translate them):
 * - units go through data/cqe-units.json; a counted noun matches when it is the head (last word, singular) of
 *   CQE's noun-phrase unit ("jet" ~ "fighter jet", "person" ~ "people"); a bare number (unit null) is CQE's "-";
 * - an age (measure "age" / "age of ...") in years, months, weeks or days is CQE's "year of age", "month of age" ...;
 * - a rate "USD-per-share" is "dollar per share" (each side through the unit table);
 * - ordinals (`ordinal: true`) are not scored: CQE does not annotate ranks;
 * - a date claim that counts time units ("three years ago", "the past five years") also counts as the quantity
 *   "3 year": CQE annotates the count, the contract makes the phrase a date (a TIMEX3);
 * - a value matches when it equals the gold value written to the gold's own decimals ("0.33" for one third);
 *   a range matches only a range with both ends equal; a vague magnitude ("thousands") is compared by its low end.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle } from '../extract';
import { TIME_UNITS, singularize } from '../extract/quantities/lexicon';
import { parseNumber } from '../extract/quantities/numbers';
import { tokenize } from '../extract/quantities/tokens';
import { buildArticle } from '../ingest/article';
import { wordMap } from '../language/lexicon';
import type { Quantity } from '../types';
import unitData from './data/cqe-units.json';
import { table } from './table';

export interface CqeGoldQuantity {
  value: string;
  normalized_unit: string;
}
export interface CqeSentence {
  text: string;
  quantities: CqeGoldQuantity[];
}

/** A value as a number or an inclusive range. */
export type CqeValue = { low: number; high?: number; decimals: number };

export interface CqeCounts {
  gold: number;
  predicted: number;
  valueTp: number;
  unitTp: number;
}
export interface CqeScore extends CqeCounts {
  value: { precision: number; recall: number; f1: number };
  valueUnit: { precision: number; recall: number; f1: number };
}
export interface CqeDetail {
  text: string;
  misses: string[];
  extras: string[];
  unitErrors: string[];
}
export interface CqeFileScore {
  file: string;
  score: CqeScore;
  details: CqeDetail[];
}

const UNITS = wordMap<string>(unitData);

/** "75000000", "-5", "8-10", "4-5.6" → low/high; the decimals written give the precision of the gold. */
export function parseCqeValue(value: string): CqeValue {
  const v = value.trim();
  const decimals = (s: string): number => (s.includes('.') ? s.split('.')[1].length : 0);
  const m = /^(-?[\d.]+)\s*-\s*(-?[\d.]+)$/.exec(v);
  if (m) return { low: Number(m[1]), high: Number(m[2]), decimals: Math.max(decimals(m[1]), decimals(m[2])) };
  return { low: Number(v), decimals: decimals(v) };
}

/** Is `x` the gold number `g` once written to the gold's decimals (or within CQE's relative tolerance 1e-5)? */
function sameNumber(g: number, x: number, decimals: number): boolean {
  if (Math.abs(g - x) <= 1e-5 * Math.max(Math.abs(g), Math.abs(x)) + 1e-8) return true;
  return decimals > 0 && Number(x.toFixed(decimals)) === g;
}

export function valuesMatch(gold: CqeValue, predicted: CqeValue): boolean {
  if ((gold.high === undefined) !== (predicted.high === undefined)) return false;
  if (!sameNumber(gold.low, predicted.low, gold.decimals)) return false;
  return gold.high === undefined || sameNumber(gold.high, predicted.high!, gold.decimals);
}

/** The CQE name of a claimdiff unit (see data/cqe-units.json). */
export function cqeUnitOf(q: Pick<Quantity, 'unit' | 'measure'>): string {
  if (q.unit === null) return '-';
  // An age in years, months, weeks or days: CQE's "year of age", "month of age" ...
  if (q.measure && /^age\b/.test(q.measure) && /^(?:year|month|week|day)$/.test(q.unit)) return `${q.unit} of age`;
  // A rate "USD-per-share" → "dollar per share".
  return q.unit.split('-per-').map((u) => UNITS.get(u) ?? u.replace(/-/g, ' ')).join(' per ');
}

/** Do a predicted CQE unit name and the gold's agree? Counted nouns compare by the gold phrase's head. */
export function unitsMatch(gold: string, predicted: string): boolean {
  const g = gold.toLowerCase().trim();
  if (g === predicted) return true;
  const head = (s: string): string => {
    const words = s.split(/\s+/);
    const last = words[words.length - 1];
    return [...words.slice(0, -1), singularize(last)].join(' ');
  };
  if (head(g) === head(predicted)) return true;
  // "fighter jet" (gold) ~ "jet"; not for measurement units, whose qualifier matters ("square metre" vs "metre").
  const gw = head(g).split(/\s+/);
  return !predicted.includes(' ') && gw.length > 1 && gw[gw.length - 1] === singularize(predicted) && !/^(?:square|cubic|metric)$/.test(gw[gw.length - 2]);
}

export interface PredictedQuantity {
  text: string;
  value: CqeValue;
  unit: string;
}

/** The quantity claims of one sentence, as CQE values and units (ordinals left out). */
export function predictSentence(text: string): PredictedQuantity[] {
  const article = buildArticle({
    text,
    format: 'txt',
    headline: null,
    meta: { id: 'cqe', file: 'cqe.txt', title: null, outlet: null, published: null, publishedPrecision: null },
  });
  const out: PredictedQuantity[] = [];
  const claims = extractArticle(article).claims;
  const quantitySpans = claims.filter((c) => c.kind === 'quantity').map((c) => c.span);
  for (const c of claims) {
    if (c.kind === 'date' && !quantitySpans.some((s) => s.start < c.span.end && c.span.start < s.end)) {
      const d = timeCount(c.text);
      if (d) out.push({ text: c.text, value: { low: d.value, decimals: 0 }, unit: d.unit });
    }
    if (c.kind !== 'quantity' || c.quantity.ordinal) continue;
    const q = c.quantity;
    // A vague magnitude ("thousands") is scored by its low end; an approximate range ("about 40 - 50") keeps both.
    const vague = q.bound === '~' && q.approximate && isVagueMagnitude(c.text);
    const ranged = q.low !== undefined && q.high !== undefined && !vague;
    out.push({ text: c.text, value: ranged ? { low: q.low!, high: q.high!, decimals: 0 } : { low: q.value, decimals: 0 }, unit: cqeUnitOf(q) });
  }
  return out;
}

/** Is a number in `text` a vague magnitude ("thousands", "tens of billions")? */
function isVagueMagnitude(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((_, i) => !!parseNumber(tokens, i)?.range);
}

/** "three years ago" → 3 year: a number followed by a time unit inside a date's words. */
function timeCount(text: string): { value: number; unit: string } | null {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const n = parseNumber(tokens, i);
    const u = n ? tokens[n.end] : undefined;
    if (n && u && u.type === 'word' && TIME_UNITS.has(singularize(u.lower)) && !(tokens[i].type === 'num' && /^\d{4}$/.test(tokens[i].text))) return { value: n.value, unit: singularize(u.lower) };
  }
  return null;
}

const show = (v: CqeValue): string => (v.high === undefined ? String(v.low) : `${v.low}-${v.high}`);

/** One-to-one matching of one sentence's gold and predicted quantities: by value, and by value and unit. */
export function matchSentence(gold: CqeGoldQuantity[], predicted: PredictedQuantity[]): { counts: CqeCounts; detail: Omit<CqeDetail, 'text'> } {
  const g = gold.map((q) => ({ value: parseCqeValue(q.value), unit: q.normalized_unit }));
  // Value+unit: a pair must agree on both.
  const usedU = new Set<number>();
  let unitTp = 0;
  for (const x of g) {
    const k = predicted.findIndex((p, i) => !usedU.has(i) && valuesMatch(x.value, p.value) && unitsMatch(x.unit, p.unit));
    if (k >= 0) {
      usedU.add(k);
      unitTp++;
    }
  }
  // Value only: prefer the prediction that also has the unit right, so both matchings agree where they can.
  const usedV = new Set<number>();
  let valueTp = 0;
  const misses: string[] = [];
  const unitErrors: string[] = [];
  for (const x of g) {
    let k = predicted.findIndex((p, i) => !usedV.has(i) && valuesMatch(x.value, p.value) && unitsMatch(x.unit, p.unit));
    if (k < 0) k = predicted.findIndex((p, i) => !usedV.has(i) && valuesMatch(x.value, p.value));
    if (k < 0) {
      misses.push(`${show(x.value)} ${x.unit}`);
      continue;
    }
    usedV.add(k);
    valueTp++;
    if (!unitsMatch(x.unit, predicted[k].unit)) unitErrors.push(`${show(x.value)} ${JSON.stringify(predicted[k].text)} expected ${x.unit} got ${predicted[k].unit}`);
  }
  const extras = predicted.filter((_, i) => !usedV.has(i)).map((p) => `${show(p.value)} ${p.unit} ${JSON.stringify(p.text)}`);
  return { counts: { gold: g.length, predicted: predicted.length, valueTp, unitTp }, detail: { misses, extras, unitErrors } };
}

const prf = (tp: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } => {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

export function scoreCounts(c: CqeCounts): CqeScore {
  return { ...c, value: prf(c.valueTp, c.predicted, c.gold), valueUnit: prf(c.unitTp, c.predicted, c.gold) };
}

export function addCounts(a: CqeCounts, b: CqeCounts): CqeCounts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, valueTp: a.valueTp + b.valueTp, unitTp: a.unitTp + b.unitTp };
}

const ZERO: CqeCounts = { gold: 0, predicted: 0, valueTp: 0, unitTp: 0 };

/** Scores sentences with a given predictor (the real extractor by default). */
export function scoreCqeSentences(file: string, sentences: CqeSentence[], predict = predictSentence): CqeFileScore {
  let counts = ZERO;
  const details: CqeDetail[] = [];
  for (const s of sentences) {
    const m = matchSentence(s.quantities, predict(s.text));
    counts = addCounts(counts, m.counts);
    if (m.detail.misses.length || m.detail.extras.length || m.detail.unitErrors.length) details.push({ text: s.text, ...m.detail });
  }
  return { file, score: scoreCounts(counts), details };
}

export function defaultCqeDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.resolve(dir, '../shared/dev/quantities');
}

/** Every *.json set in `dir`, scored per file and overall; null when the folder is not there. */
export function scoreCqe(dir = defaultCqeDir()): { files: CqeFileScore[]; overall: CqeScore } | null {
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => scoreCqeSentences(f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as CqeSentence[]));
  return { files, overall: scoreCounts(files.map((f) => f.score).reduce(addCounts, ZERO)) };
}

const f1pct = (x: number): string => (100 * x).toFixed(1);

/** The `npm run eval` section: per file and overall P/R/F1 (×100), misses/extras with `verbose`. */
export function printCqe(result: ReturnType<typeof scoreCqe>, verbose: boolean, log: (s: string) => void = console.log): void {
  if (!result) {
    log('\nCQE quantity sets: ../shared/dev/quantities not found, skipped');
    return;
  }
  log('\nQuantities against the CQE sets (../shared/dev/quantities; value F1 / value+unit F1, x100)\n');
  const row = (name: string, s: CqeScore): Array<string | number> => [
    name, s.gold, s.predicted, s.valueTp, f1pct(s.value.precision), f1pct(s.value.recall), f1pct(s.value.f1),
    s.unitTp, f1pct(s.valueUnit.precision), f1pct(s.valueUnit.recall), f1pct(s.valueUnit.f1),
  ];
  log(
    table(
      ['set', 'gold', 'pred', 'v tp', 'v P', 'v R', 'v F1', 'v+u tp', 'v+u P', 'v+u R', 'v+u F1'],
      [...result.files.map((f) => row(f.file.replace(/\.json$/, ''), f.score)), row('overall', result.overall)],
    ),
  );
  if (!verbose) return;
  for (const f of result.files) {
    for (const d of f.details) {
      log(`  ${f.file} ${JSON.stringify(d.text.length > 140 ? d.text.slice(0, 140) + '…' : d.text)}`);
      for (const m of d.misses) log(`    miss  ${m}`);
      for (const e of d.extras) log(`    extra ${e}`);
      for (const u of d.unitErrors) log(`    unit  ${u}`);
    }
  }
}
