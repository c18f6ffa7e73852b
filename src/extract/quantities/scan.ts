/**
 * Finds quantity phrases in the tokens of one sentence: a bound word, a currency, a number (digits, words,
 * vague magnitude), a scale, a range, a unit (currency name, percent, counted noun, time unit), and ordinals.
 * Numbers that are dates, times, labels, scores or model numbers are skipped here.
 */
import { durationValue } from '../dates/duration';
import type { Bound, Quantity } from '../../types';
import {
  BOUND_PREFIXES, BOUND_VERBS, COMPOUND_IDIOMS, DEFINITE_DETERMINERS, DURATION_RELATIVE, LABEL_NOUNS, MONTHS, PERIOD_DETERMINERS,
  PREFIX_UNITS, TIME_UNITS, UNIT_ABBREVIATIONS, VALUE_VERBS_DIRECT, VALUE_VERBS_WITH_PREPOSITION, isPluralNoun, singularize, type BoundPhrase,
} from './lexicon';
import { ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_WORDS, parseNumber, type NumberMatch } from './numbers';
import {
  ONE_IDIOM_NOUNS, ONE_PRONOUN_BEFORE, QUANTITY_CHANGE_WORDS, QUANTITY_ORDINAL_SUFFIXES as ORDINAL_SUFFIXES, QUANTITY_TEMPERATURE_UNITS as TEMPERATURE_UNITS,
  QUANTITY_TIME_SUFFIXES as TIME_SUFFIXES, QUANTITY_SUB_UNITS as SUB_UNITS, QUANTITY_TOP_VERB_BEFORE as TOP_VERB_BEFORE, QUANTITY_OF_DEFINITES as OF_DEFINITES,
  QUANTITY_AGE_APPOSITION_BREAKS as AGE_APPOSITION_BREAKS, QUANTITY_BOUND_VERB_NOUN_DETERMINERS as BOUND_VERB_NOUN_DETERMINERS,
} from '../../language';
import { currencyNameAt, currencyPrefixAt, currencySuffixAt, millionCodeAt } from './currency';
import { measureUnitAt, rateAt } from './measures';
import { countedNounAt } from './nouns';
import { matchOrdinal } from './ordinals';
import { isCapitalized, isHyphen, isPossessive, isWord, isWordIn, type Token } from './tokens';
import { FUNCTION_WORDS, isVerbLike, type TagLookup } from './words';

export type QuantityKind = 'money' | 'percent' | 'count' | 'ordinal' | 'duration' | 'age' | 'bare';

export interface RawQuantity {
  kind: QuantityKind;
  /** Token range of the claim's span: [start, end). */
  start: number;
  end: number;
  quantity: Quantity;
  /** Token range of the counted noun phrase (modifiers and head), when there is one. */
  noun?: { start: number; end: number };
  /** The bound came from a verb before the span ("exceeded $13 billion"). */
  verb?: number;
  /** An "estimated" before the figure. */
  estimate?: boolean;
}

/** Everything the rules read about one sentence. */
export interface ScanInput {
  text: string;
  tokens: Token[];
  tags: TagLookup;
}

/** Multi-word phrase (lower-case words) starting at token i: the index after it, or -1. */
function phraseAt(tokens: Token[], i: number, words: string[]): number {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.lower !== words[k]) return -1;
  }
  return i + words.length;
}

function boundPrefixAt(tokens: Token[], i: number): { phrase: BoundPhrase; end: number } | null {
  for (const b of BOUND_PREFIXES) {
    if (b.after) continue;
    const end = phraseAt(tokens, i, b.words);
    if (end > 0) return { phrase: b, end };
  }
  return null;
}

/** "%", "per cent", "percent", "percentage points", "basis points" at token i. */
function percentAt(tokens: Token[], i: number): { unit: string; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.text === '%') {
    // "2.5% points" is rare; "%" alone is percent.
    return { unit: 'percent', end: i + 1 };
  }
  if (isWord(t, 'percent', 'pc') && (t.lower !== 'pc' || t.joined)) return { unit: 'percent', end: i + 1 };
  if (isWord(t, 'per') && isWord(tokens[i + 1], 'cent')) return { unit: 'percent', end: i + 2 };
  if (isWord(t, 'percentage')) {
    let j = i + 1;
    if (isHyphen(tokens[j])) j++;
    if (isWord(tokens[j], 'point', 'points')) return { unit: 'percent-point', end: j + 1 };
  }
  if (isWord(t, 'basis') && isWord(tokens[i + 1], 'point', 'points')) return { unit: 'basis-point', end: i + 2 };
  return null;
}

/** The end of a group of numbers glued by punctuation ("10:30", "3-1", "2023-24", "12/05/2024"). */
function numberGroup(tokens: Token[], i: number): { end: number; count: number; seps: string[] } {
  let j = i + 1;
  let count = 1;
  const seps: string[] = [];
  while (tokens[j] && tokens[j].type === 'punct' && tokens[j].joined && /^[-–‐‑/:.]$/.test(tokens[j].text) && tokens[j + 1]?.type === 'num' && tokens[j + 1].joined) {
    seps.push(tokens[j].text);
    j += 2;
    count++;
  }
  return { end: j, count, seps };
}

const isYearLike = (t: Token): boolean => t.type === 'num' && /^\d{4}$/.test(t.text) && Number(t.text) >= 1000 && Number(t.text) <= 2199;

function timexFor(value: number, unit: string): Quantity['timex'] | undefined {
  const u = TIME_UNITS.get(unit);
  if (!u) return undefined;
  // the duration grammar's notation, shared with the date extractor (fractions in smaller units, decades in years)
  return { type: 'DURATION', value: durationValue(value, `${u.time ? 'T' : ''}${u.factor ? u.factor : ''}${u.designator}`) };
}

function base(value: number, unit: string | null, bound: Bound, approximate: boolean): Quantity {
  return { value, unit, bound, approximate };
}

/** True when the number at token `n` is a date, time, label or identifier rather than an amount. */
function isNonQuantityNumber(input: ScanInput, n: NumberMatch, hasCurrency: boolean, sentenceStart: number): boolean {
  const { tokens } = input;
  const t = tokens[n.start];
  if (t.type !== 'num') return false;
  const prev = tokens[n.start - 1];
  const next = tokens[n.start + 1];
  if (/^0\d/.test(t.text)) return true; // phone numbers, codes
  if (!hasCurrency && prev && t.joined && (prev.type === 'word' || prev.type === 'num')) return true; // "G7", "MH17"
  if (!hasCurrency && isHyphen(prev) && t.joined && prev.joined && tokens[n.start - 2]?.type === 'word' && !UNIT_WORDS.get(tokens[n.start - 2].lower)) return true; // "F-16", "COVID-19"
  const code = tokens[n.start - 2];
  if (!hasCurrency && isHyphen(prev) && t.joined && prev.joined && code?.type === 'num' && code.joined && tokens[n.start - 3]?.type === 'word') return true; // "SCP2-173", "A320-200"
  if (next && next.joined && next.type === 'word' && n.end === n.start + 1) {
    // "5G", "3D", "1980s", "3pm": a glued word that is not a scale or a unit.
    if (!(UNIT_ABBREVIATIONS.has(next.lower) && next.text === next.lower) && !ORDINAL_SUFFIXES.has(next.lower) && next.lower !== 'pc' && !measureUnitAt(input, n.start + 1) && !currencySuffixAt(tokens, n.start + 1) && !currencyNameAt(input, n.start + 1, true)) return true;
  }
  if (next && TIME_SUFFIXES.has(next.lower) && next.type === 'word' && (next.joined || TIME_SUFFIXES.get(next.lower) === true)) return true;
  if (next?.text === '.' && /^[ap]$/i.test(tokens[n.start + 2]?.text ?? '') && tokens[n.start + 3]?.text === '.') return true; // "3 p.m."
  if (isWord(next, "o'clock")) return true;
  // Dates: "May 16", "16 May", "May 16, 2024"
  if (prev && prev.type === 'word' && MONTHS.has(prev.lower) && isCapitalized(prev) && !hasCurrency) return true;
  const after = tokens[n.end];
  if (after && after.type === 'word' && MONTHS.has(after.lower) && isCapitalized(after) && Number(t.text) <= 31 && !n.scaled) return true;
  // Labels: "Article 5", "page 3", "Comments 2", "Windows 10"
  if (!hasCurrency && prev && prev.type === 'word' && !n.scaled) {
    if (LABEL_NOUNS.has(prev.lower) && !BOUND_VERBS.has(prev.lower)) return true;
    if (isCapitalized(prev) && prev.start > sentenceStart && !isPossessive(prev) && !FUNCTION_WORDS.has(prev.lower) && /^\p{Lu}[\p{Ll}]+$|^\p{Lu}+$/u.test(prev.text) && !BOUND_PREFIXES.some((b) => b.words.length === 1 && b.words[0] === prev.lower)) return true;
  }
  return false;
}

/** A claim, or the token to resume scanning at. */
type Outcome = RawQuantity | { skipTo: number };

/** What the steps of matchQuantity have read about the figure that starts at token `start`. */
interface Figure {
  start: number;
  sentenceStart: number;
  figuresBefore: number;
  /** The number, signed, with a "MUSD" prefix's million applied. */
  num: NumberMatch;
  /** Its first token. */
  first: Token;
  currency: string | null;
  negative: boolean;
  /** "between" came before the number. */
  between: boolean;
  bound: Bound;
  approximate: boolean;
  estimate: boolean;
  hasBound: boolean;
  /** The value, with the scale applied once the steps have decided on it. */
  value: number;
  scaled: boolean;
  low?: number;
  high?: number;
  /** The token after what the steps have read. */
  k: number;
}

/**
 * A quantity that starts at token i, or null: the words before the number (bound, currency, sign), the number and
 * its range, then the first unit rule that applies (money and percent, unit of measurement, compound adjective,
 * counted noun or age, bare figure).
 */
function matchQuantity(input: ScanInput, i: number, sentenceStart: number, figuresBefore = 0): Outcome | null {
  const f = readFigure(input, i, sentenceStart, figuresBefore);
  if (!f || !('num' in f)) return f;
  readRange(input, f);
  readBoundAfter(input.tokens, f);
  return (
    moneyOrPercent(input, f) ??
    measureUnit(input, f) ??
    labelOrName(input, f) ??
    compoundAdjective(input, f) ??
    countOrAge(input, f) ??
    bareFigure(input, f)
  );
}

/** The bound, currency and sign before the number, the number, and its glued range ("10-12"); null when there is no number. */
function readFigure(input: ScanInput, i: number, sentenceStart: number, figuresBefore: number): Figure | Outcome | null {
  const { tokens } = input;
  let j = i;
  let bound: Bound = '=';
  let approximate = false;
  let estimate = false;
  let hasBound = false;
  let between = false;
  const bp = boundPrefixAt(tokens, i);
  if (bp) {
    j = bp.end;
    bound = bp.phrase.bound;
    approximate = bp.phrase.approximate;
    estimate = bp.phrase.estimate;
    hasBound = true;
  } else if (isWord(tokens[i], 'between')) {
    between = true;
    j = i + 1;
  }
  let currency: string | null = null;
  let millionsPrefix = false;
  const cp = currencyPrefixAt(tokens, j);
  const mp = cp ? null : millionCodeAt(tokens, j);
  if (cp) {
    currency = cp.code;
    j = cp.end;
  } else if (mp && tokens[mp.end]?.type === 'num') {
    currency = mp.code;
    millionsPrefix = true;
    j = mp.end;
  }
  // "-5", "−5", "minus 5": a sign before the number (not the hyphen of "F-16" or of a range "5 -6").
  let negative = false;
  const sign = tokens[j];
  if (sign && tokens[j + 1]?.type === 'num' && tokens[j - 1]?.type !== 'num' &&
    ((sign.type === 'punct' && /^[-−]$/.test(sign.text) && tokens[j + 1].joined && !(sign.joined && tokens[j - 1] && /^(?:word|num|sym)$/.test(tokens[j - 1].type))) || isWord(sign, 'minus'))) {
    negative = true;
    j++;
  }
  // "convert - 20 degrees": a minus spaced from its number after a word, only before a temperature.
  if (!negative && isHyphen(sign) && sign.text === '-' && !sign.joined && tokens[j + 1]?.type === 'num' && !tokens[j + 1].joined && tokens[j - 1]?.type === 'word') {
    const n = parseNumber(tokens, j + 1);
    const mu = n ? measureUnitAt(input, n.end) : null;
    if (mu && TEMPERATURE_UNITS.has(mu.unit)) {
      negative = true;
      j++;
    }
  }
  const parsed = parseNumber(tokens, j);
  if (!parsed) return null;
  const signed = negative ? { ...parsed, value: -parsed.value } : parsed;
  const num = millionsPrefix && !signed.scaled ? { ...signed, value: signed.value * 1e6, scaled: true, scale: 1e6 } : signed;
  // "between two nations" is not a range: let the number be matched on its own.
  if (between && !rangeAfter(tokens, num.end)) return null;
  const first = tokens[num.start];
  // "one-on-one", "non-19": a number glued by a hyphen to a word before it is part of a compound, not an amount.
  const before = tokens[num.start - 1];
  if (!currency && isHyphen(before) && first.joined && before.joined && tokens[num.start - 2]?.type === 'word') return { skipTo: num.end };
  const f: Figure = {
    start: i, sentenceStart, figuresBefore, num, first, currency, negative, between,
    bound, approximate, estimate, hasBound, value: num.value, scaled: num.scaled, k: num.end,
  };
  if (first.type === 'num') {
    const skip = readGluedRange(input, f);
    if (skip) return skip;
  }
  return readAmbiguousScale(input, f);
}

/** Groups of glued numbers: keep only a valid range ("10-12", "5–10%"); skip scores, times, dates, seasons and labels. */
function readGluedRange(input: ScanInput, f: Figure): Outcome | undefined {
  const { tokens } = input;
  const { num, first } = f;
  const g = numberGroup(tokens, num.start);
  if (g.count > 1 && !num.fraction) {
    const lo = num.value;
    const hiNum = g.count === 2 && /^[-–‐‑]$/.test(g.seps[0]) ? parseNumber(tokens, g.end - 1) : null;
    if (!hiNum || isYearLike(first) || !(hiNum.value > lo) || num.end !== num.start + 1) return { skipTo: g.end };
    f.high = hiNum.value;
    f.k = hiNum.end;
  }
  if (isNonQuantityNumber(input, num, !!f.currency, f.sentenceStart)) return { skipTo: num.end };
  return undefined;
}

/** Ambiguous glued scales: "£5m" is money, "5m viewers" a count, "100m" a distance. */
function readAmbiguousScale(input: ScanInput, f: Figure): Figure | Outcome {
  const { tokens } = input;
  const { num } = f;
  if (!num.ambiguousScale) return f;
  const after = tokens[num.ambiguousScale.at + 1];
  if (f.currency || (after?.type === 'word' && isPluralNoun(after.lower))) {
    f.value *= num.ambiguousScale.value;
    f.scaled = true;
    return f;
  }
  if (tokens[num.ambiguousScale.at].lower !== 'm') return { skipTo: num.end };
  // "24703m2" is square metres; "24703m212" a code.
  const mu = measureUnitAt(input, num.ambiguousScale.at);
  if (mu) return rated(input, f, mu.end, mu.unit, 'count');
  if (after?.joined && (after.type === 'num' || after.type === 'word')) return { skipTo: num.end + 1 };
  return finish(input, f.start, num.end, base(f.value, 'metre', f.bound, f.approximate), 'count', { estimate: f.estimate });
}

/**
 * Spaced ranges ("10 to 12", "between 5 and 7", "$5bn to $6bn", "5 – 7"), the scale a glued range's high end
 * carries ("5-6 billion"), and vague magnitudes ("thousands"), which are ranges too.
 */
function readRange(input: ScanInput, f: Figure): void {
  const { tokens } = input;
  const { num, currency } = f;
  const sep = tokens[f.k];
  // "40 - 50", "75 -300mm": a hyphen with a space beside it between two numbers in digits (a glued one is read above).
  const spacedHyphen = isHyphen(sep) && sep.text !== '–' && !(sep.joined && tokens[f.k + 1]?.joined) && f.first.type === 'num' && tokens[f.k + 1]?.type === 'num';
  if (f.high === undefined && (isWord(sep, 'to') && !isWord(tokens[f.start - 1], 'from') || (f.between && isWord(sep, 'and')) || (isHyphen(sep) && sep.text === '–') || spacedHyphen)) {
    let r = f.k + 1;
    const cp2 = currencyPrefixAt(tokens, r);
    if (cp2 && (!currency || cp2.code === currency)) r = cp2.end;
    const hi = parseNumber(tokens, r);
    if (hi && !(tokens[hi.start].type === 'num' && isYearLike(tokens[hi.start]) && !hi.scaled) && (cp2 || !currency || tokens[hi.start].type === 'num')) {
      let hv = hi.value;
      if (hi.ambiguousScale && currency) hv *= hi.ambiguousScale.value;
      // "5 to 6 million": the scale of the high end applies to the low end.
      if (!f.scaled && (hi.scaled || hi.ambiguousScale) && hv > f.value) {
        const factor = hi.scale ?? (hi.ambiguousScale ? hi.ambiguousScale.value : 1);
        if (f.value * factor < hv) f.value *= factor;
        f.scaled = true;
      }
      if (hv > f.value) {
        f.high = hv;
        f.k = hi.end;
      }
    }
  } else if (f.high !== undefined && num.end === num.start + 1) {
    // "5-6 billion": the scale after the high end applies to both.
    // (parseNumber of the high end already applied it to the high value.)
    const hiTok = tokens[f.k - 1];
    if (hiTok.type !== 'num') {
      const factor = f.high / Number(tokens[f.k - 2].text.replace(/,/g, ''));
      if (factor > 1) f.value *= factor;
      f.scaled = true;
    }
  }
  if (f.high !== undefined) f.low = f.value;
  if (num.range) {
    f.low = num.range.low;
    f.high = num.range.high;
    f.approximate = true;
    if (f.bound === '=') f.bound = '~';
  }
}

/** "30 or more", "50 or so": a bound written after the number. */
function readBoundAfter(tokens: Token[], f: Figure): void {
  for (const b of BOUND_PREFIXES) {
    if (!b.after) continue;
    const e = phraseAt(tokens, f.k, b.words);
    if (e > 0 && !f.hasBound) {
      f.bound = b.bound;
      f.approximate = b.approximate;
      f.hasBound = true;
      f.k = e;
    }
  }
}

/** The figure's quantity with its range ends, when it has both. */
const withRange = (f: Figure, q: Quantity): Quantity => (f.low !== undefined && f.high !== undefined ? { ...q, low: f.low, high: f.high } : q);

/** The figure with a unit, and a rate after it: "$50 a barrel", "15% per annum", "188 miles an hour". */
function rated(input: ScanInput, f: Figure, end: number, unit: string, kind: QuantityKind): RawQuantity {
  const r = rateAt(input, end, unit) ?? rateAfterOf(input, end, unit);
  return finish(input, f.start, r ? r.end : end, withRange(f, base(f.value, r ? r.unit : unit, f.bound, f.approximate)), kind, { estimate: f.estimate });
}

/** "2 million barrels of oil a day", "2.4 billion gallons of jet fuel a year": a time rate after the stuff measured. */
function rateAfterOf(input: ScanInput, end: number, unit: string): { unit: string; end: number } | null {
  const { tokens } = input;
  if (!isWord(tokens[end], 'of') || /percent|basis-point/.test(unit)) return null;
  for (let j = end + 1; j <= end + 3 && tokens[j]?.type === 'word' && !FUNCTION_WORDS.has(tokens[j].lower); j++) {
    const r = rateAt(input, j + 1, unit);
    if (r && TIME_UNITS.has(r.unit.slice(unit.length + '-per-'.length))) return r;
  }
  return null;
}

/** Percent, and money: a currency before the number, a sign or code after it ("5 €", "75 USD million"), or a name ("3 million yuan"). */
function moneyOrPercent(input: ScanInput, f: Figure): Outcome | undefined {
  const { tokens } = input;
  const { k, currency, num } = f;
  const pct = percentAt(tokens, k);
  if (pct && !currency) return rated(input, f, pct.end, pct.unit, 'percent');
  // "$5 billion dollars" is rare, but "HK$5 Hong Kong dollars" is never; a trailing name is dropped.
  if (currency) return rated(input, f, k, currency, 'money');
  if (!f.scaled) {
    const mc = millionCodeAt(tokens, k);
    if (mc) {
      f.value *= 1e6;
      return rated(input, f, mc.end, mc.code, 'money');
    }
  }
  const cs = currencySuffixAt(tokens, k);
  if (cs) {
    let end = cs.end;
    const scaleWord = tokens[end];
    if (!f.scaled && scaleWord?.type === 'word' && SCALE_WORDS.has(scaleWord.lower) && scaleWord.lower !== 'hundred') {
      f.value *= SCALE_WORDS.get(scaleWord.lower)!;
      end++;
    } else if (scaleWord?.type === 'num') end = subUnitAfter(tokens, f, end); // "17 USD 25"
    return rated(input, f, end, cs.code, 'money');
  }
  let c = currencyNameAt(input, k, f.scaled || !!num.range);
  if (!c && isWord(tokens[k], 'of') && (num.range || f.scaled)) c = currencyNameAt(input, k + 1, true);
  if (!c) return undefined;
  return rated(input, f, subUnitAfter(tokens, f, c.end), c.code, 'money');
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": adds the sub-unit after the currency name; the end. */
function subUnitAfter(tokens: Token[], f: Figure, end: number): number {
  if (f.scaled || !Number.isInteger(f.value)) return end;
  const j0 = isWord(tokens[end], 'and') ? end + 1 : end;
  const sub = parseNumber(tokens, j0);
  if (!sub || sub.scaled || sub.range || sub.fraction || !Number.isInteger(sub.value) || !(sub.value > 0 && sub.value < 100)) return end;
  const after = tokens[sub.end];
  const subUnit = isWordIn(after, SUB_UNITS);
  if (!(subUnit || !after || (after.type === 'punct' && /^[.,;!?)]$/.test(after.text)))) return end;
  f.value += sub.value / 100;
  return subUnit ? sub.end + 1 : sub.end;
}

/** A unit of measurement after the number ("5 km", "3.2GHz", "98.6 °F", "660 square metres") or before it ("magnitude 6.8"). */
function measureUnit(input: ScanInput, f: Figure): Outcome | undefined {
  const { tokens } = input;
  const { k, first } = f;
  const mu = measureUnitAt(input, k) ?? bracketedUnitAt(input, k);
  if (mu && !(first.type === 'num' && isYearLike(first) && !f.scaled && !f.hasBound)) return rated(input, f, mu.end, mu.unit, 'count');
  const prevWord = tokens[f.start - 1];
  // "12 ft 2 in", "5ft 10in": inches after a measure in feet ("in" alone is a preposition).
  if (isWord(tokens[k], 'in') && first.type === 'num' && isWord(prevWord, 'ft', 'feet', 'foot') && tokens[f.start - 2]?.type === 'num') {
    return finish(input, f.start, k + 1, withRange(f, base(f.value, 'inch', f.bound, f.approximate)), 'count', { estimate: f.estimate });
  }
  // "magnitude 6.8": a unit written before its number (what follows, "earthquake", is not what is counted).
  if (prevWord && PREFIX_UNITS.has(prevWord.lower) && first.type === 'num') {
    return finish(input, f.start - 1, k, withRange(f, base(f.value, singularize(prevWord.lower), f.bound, f.approximate)), 'count', { estimate: f.estimate });
  }
  return undefined;
}

const CLOSING_BRACKETS: ReadonlyMap<string, string> = new Map([['(', ')'], ['[', ']'], ['{', '}'], ['<', '>']]);

/** "20 (kg)", "20 [kg]": a unit alone in brackets right after the number, as tables and specifications write it. */
function bracketedUnitAt(input: ScanInput, k: number): { unit: string; end: number } | null {
  const { tokens } = input;
  const close = CLOSING_BRACKETS.get(tokens[k]?.text ?? '');
  if (!close || !tokens[k + 1]?.joined) return null;
  const mu = measureUnitAt(input, k + 1);
  if (!mu || tokens[mu.end]?.text !== close || !tokens[mu.end].joined) return null;
  return { unit: mu.unit, end: mu.end + 1 };
}

/** A written "one" with no unit (mostly a pronoun, an article or part of a name: only a duration or a bounded figure keeps it). */
const isWrittenOne = (f: Figure): boolean => f.num.written === 'words' && f.value === 1 && !f.num.range && !f.scaled;

/** Numbers that are labels, ranks or names: "number one", "the top 10", "the Six Nations", "one of", "one another". */
function labelOrName(input: ScanInput, f: Figure): Outcome | undefined {
  const { tokens } = input;
  const { k, num, first } = f;
  const prevWord = tokens[f.start - 1];
  // "number one", "the top 10", "No 1": a rank or label, not an amount.
  if (prevWord && !f.scaled && (isWord(prevWord, 'number', 'no') || (isWord(prevWord, 'top', 'bottom') && !isWordIn(tokens[f.start - 2], TOP_VERB_BEFORE)))) return { skipTo: k };
  // "the Six Nations", "the Big Four": a capitalised written number inside a sentence is part of a name.
  if (num.written === 'words' && !num.range && isCapitalized(first) && first.start > f.sentenceStart && !f.hasBound) return { skipTo: k };
  if (isWrittenOne(f) && isWord(tokens[k], 'of', 'another')) return { skipTo: k };
  return undefined;
}

/** Compound adjectives: "two-day", "12-point", "six-year", "four-and-a-half-hour", "a 30-yard pass", "71-year-old". */
function compoundAdjective(input: ScanInput, f: Figure): Outcome | undefined {
  const { tokens } = input;
  const { k, num } = f;
  const hy = tokens[k];
  const w = tokens[k + 1];
  if (!isHyphen(hy) || w?.type !== 'word') return undefined;
  // "30 - year bonds", "a 28 - year - old": a hyphen spaced on both sides (tokenized text) joins only a unit; a
  // spaced dash ("10 – years later") is punctuation.
  const spaced = hy.text === '-' && !hy.joined && !w.joined;
  if (!spaced && !(hy.joined && w.joined)) return undefined;
  if (spaced && !TIME_UNITS.has(singularize(w.lower)) && !measureUnitAt(input, k + 1)) return undefined;
  const compound = input.text.slice(tokens[num.start].start, w.end).toLowerCase().replace(/[‐‑–]/g, '-');
  if (COMPOUND_IDIOMS.has(compound) || FUNCTION_WORDS.has(w.lower) || UNIT_WORDS.has(w.lower) || TENS_WORDS.has(w.lower) || ORDINAL_WORDS.has(w.lower) || SCALE_WORDS.has(w.lower)) return { skipTo: k + 2 };
  const q = (unit: string): Quantity => withRange(f, base(f.value, unit, f.bound, f.approximate));
  // "a 30-yard pass", "a 3-inch screen", "a 12-cent-a-share dividend": a unit of measurement needs no counted noun.
  const mu = TIME_UNITS.has(singularize(w.lower)) ? null : measureUnitAt(input, k + 1);
  if (mu) {
    const r = rateAt(input, mu.end, mu.unit);
    const end = r ? r.end : mu.end;
    const noun = countedNounAt(input, end, 1, true);
    return finish(input, f.start, end, q(r ? r.unit : mu.unit), 'count', { noun: noun ?? undefined, estimate: f.estimate });
  }
  // "a one-yen bid", "a 10-dollar bill": a currency name (not one read as money only after a scale, like "pound").
  const cn = currencyNameAt(input, k + 1, false);
  if (cn) return finish(input, f.start, cn.end, q(cn.code), 'money', { estimate: f.estimate });
  const unit = singularize(UNIT_ABBREVIATIONS.get(w.lower) ?? w.lower);
  let end = k + 2;
  // "-year-old": an age ("71-year-old", "the two-year-old conflict"). No timex: TimeML does not mark ages as TIMEX3.
  const old = tokens[end + 1];
  if (isHyphen(tokens[end]) && isWord(old, 'old') && (spaced ? !tokens[end].joined && !old.joined : old.joined) && TIME_UNITS.has(unit)) {
    end += 2;
    const noun = countedNounAt(input, end, 1, true);
    return finish(input, f.start, end, q(unit), 'age', { noun: noun ?? undefined, estimate: f.estimate });
  }
  if (isHyphen(tokens[end]) && isWord(tokens[end + 1], 'long') && tokens[end + 1].joined) end += 2;
  const noun = countedNounAt(input, end, 1, true);
  const timex = timexFor(f.value, unit);
  if (!timex && (!noun || isWrittenOne(f))) return { skipTo: end };
  return finish(input, f.start, end, withRange(f, { ...base(f.value, unit, f.bound, f.approximate), ...(timex ? { timex } : {}) }), timex ? 'duration' : 'count', { noun: noun ?? undefined, estimate: f.estimate });
}

/** Ages ("aged 71", "71 years old", "an 87 yo man", "Smith, 52,"), durations ("two years") and counted nouns ("10,000 jobs"). */
function countOrAge(input: ScanInput, f: Figure): Outcome | undefined {
  const { tokens } = input;
  const { k, num, first, value, bound, approximate, estimate } = f;
  const i = f.start;
  const prevWord = tokens[i - 1];
  // "the two leaders", "its three members", "between two nations": a small written cardinal after a definite
  // determiner (or "between") refers to entities already known, it does not report a count.
  // A fraction before a noun is a figure ("its one-third interest"); "the three-quarters had" (rugby backs) is not.
  const fractionOfNoun = !!num.fraction && tokens[k]?.type === 'word' && !isVerbLike(tokens[k], input.tags);
  const isSmallWordNumber = num.written === 'words' && !num.range && !fractionOfNoun && !f.scaled && value <= 10;
  if (isSmallWordNumber && !f.hasBound && prevWord && (DEFINITE_DETERMINERS.has(prevWord.lower) || (isWord(prevWord, 'between', 'among') && value <= 3))) return { skipTo: k };
  // Ages: "aged 71", "at the age of 71"
  const isAge = isWord(prevWord, 'aged', 'age', 'ages') || (isWord(prevWord, 'of') && isWord(tokens[i - 2], 'age'));
  const age = (end: number, unit: string, ranged: boolean): RawQuantity => {
    const q = base(value, unit, bound, approximate);
    return finish(input, i, end, ranged ? withRange(f, q) : q, 'age', { estimate });
  };
  // "an 87 yo man", "52 y.o."
  if (first.type === 'num' && !f.scaled && (isWord(tokens[k], 'yo') || (isWord(tokens[k], 'y') && tokens[k + 1]?.text === '.' && isWord(tokens[k + 2], 'o')))) {
    return age(isWord(tokens[k], 'yo') ? k + 1 : k + 3, 'year', false);
  }
  // "one year old", "a 90 day old bill", "16 - 21 year olds": a time unit and "old" are an age, whatever noun follows.
  const timeWord = tokens[k];
  if (timeWord?.type === 'word' && TIME_UNITS.has(singularize(timeWord.lower)) && isWord(tokens[k + 1], 'old', 'olds') && !(first.type === 'num' && isYearLike(first))) {
    return age(k + 2, singularize(timeWord.lower), true);
  }
  // Counted noun: "10,000 jobs", "40 in-person meetings", "30,000 of Russian troops", "thousands of people"
  let nounStart = k;
  if (isWord(tokens[k], 'of') && !(num.written === 'words' && value === 1) && (first.type === 'num' || num.range || f.scaled)) {
    nounStart = k + 1;
    if (isWordIn(tokens[nounStart], OF_DEFINITES)) nounStart = -1;
  }
  const noun = nounStart >= 0 ? countedNounAt(input, nounStart, value, value === 1 || !!num.fraction || isWord(tokens[nounStart], 'km')) : null;
  if (noun) {
    const headTok = tokens[noun.head];
    const unit = singularize(UNIT_ABBREVIATIONS.get(headTok.lower) ?? headTok.lower);
    if (first.type === 'num' && isYearLike(first) && !f.hasBound && !f.scaled) return { skipTo: k };
    if (TIME_UNITS.has(unit)) {
      const after = tokens[noun.end];
      // "10 years ago", "two years later": a date; "the past five years": a period (the date extractor's).
      if (after && DURATION_RELATIVE.has(after.lower) && !(after.lower === 'before' || after.lower === 'after') ) return { skipTo: noun.end + 1 };
      // "five years from now": a date ahead (the date extractor's), as "ago" is one behind.
      if (isWord(after, 'from') && isWord(tokens[noun.end + 1], 'now')) return { skipTo: noun.end + 2 };
      if (prevWord && PERIOD_DETERMINERS.has(prevWord.lower) && !f.hasBound) return { skipTo: noun.end };
      if (isWord(after, 'old')) return age(noun.end + 1, unit, true);
      // "3 years of age", "eighteen months of age"
      if (isWord(after, 'of') && isWord(tokens[noun.end + 1], 'age')) return age(noun.end + 2, unit, true);
      if (isAge) return age(noun.end, unit, true);
      return finish(input, i, noun.end, withRange(f, { ...base(value, unit, bound, approximate), timex: timexFor(value, unit) }), 'duration', { noun, estimate });
    }
    // "one dealer said", "one consultant": written "one" before a singular noun counts it; after a determiner or in
    // idioms ("the one thing", "one way or another", "one day") it is a pronoun or an article.
    if (isWrittenOne(f) && !f.hasBound && !(noun.head === k && !isPluralNoun(headTok.lower) && !ONE_PRONOUN_BEFORE.has(prevWord?.lower ?? '') && !isCapitalized(headTok) && !ONE_IDIOM_NOUNS.has(headTok.lower) && !isWord(tokens[noun.end], 'or', 'another', 'after', 'by'))) return { skipTo: k };
    return finish(input, i, noun.end, withRange(f, base(value, unit, bound, approximate)), 'count', { noun, estimate });
  }
  if (isAge && first.type === 'num') return age(k, 'year', false);
  // An appositive age: "Smith, 52, said", "the mother of two, 34." (a whole number after a name and a comma, then a break).
  if (first.type === 'num' && !f.scaled && !f.hasBound && !f.currency && Number.isInteger(value) && value >= 1 && value <= 120 && num.end === num.start + 1 && tokens[i - 1]?.text === ',' && !f.negative) {
    const name = tokens[i - 2];
    const after = tokens[k];
    const breakAfter = !after || (after.type === 'punct' && /^[,;.)]$/.test(after.text)) || isWordIn(after, AGE_APPOSITION_BREAKS);
    if (name && name.type === 'word' && isCapitalized(name) && !MONTHS.has(name.lower) && !/day$/.test(name.lower) && breakAfter && !(after && after.text === ',' && tokens[k + 1]?.type === 'num')) {
      return age(k, 'year', false);
    }
  }
  return undefined;
}

/** A number with no unit: kept only when a bound, scale, range, fraction or value verb makes it a figure ("at least 30,000"). */
function bareFigure(input: ScanInput, f: Figure): Outcome {
  const { tokens } = input;
  const { k, num, first, value, bound, approximate, estimate } = f;
  const i = f.start;
  const prevWord = tokens[i - 1];
  const bare = (q: Quantity): RawQuantity => finish(input, i, k, q, 'bare', { estimate });
  if (first.type === 'num' && isYearLike(first) && !f.scaled) return { skipTo: k };
  // "two-thirds of voters", "1/4 point": a fraction is a figure on its own.
  if (num.fraction) return bare(base(value, null, bound, approximate));
  if (num.written === 'words' && !num.range && !f.scaled) return { skipTo: k };
  if (num.range || f.scaled || f.hasBound || verbBoundBefore(tokens, i) || valueVerbBefore(tokens, i)) return bare(withRange(f, base(value, null, bound, approximate)));
  // "from 5 to 6 million", "from 40 to 50 troops": the low end of a range or change whose high end carries the unit.
  if (isWord(prevWord, 'from') && isWord(tokens[k], 'to')) {
    // Only when the high end is a figure too ("from 6 to 9 January" is a date).
    const hi = matchQuantity(input, k + 1, f.sentenceStart, f.figuresBefore + 1);
    if (hi && !('skipTo' in hi) && hi.kind !== 'ordinal') return bare(base(value, null, bound, approximate));
  }
  // "sales rose 6.2% to 1,450", "closed at 197", "143.80 yen, up 0.95": a bare figure after "to"/"at"/"up"/"down" in
  // a clause that already gave a figure.
  if (f.figuresBefore > 0 && first.type === 'num' && isWord(prevWord, 'to', 'at', 'up', 'down')) return bare(base(value, null, bound, approximate));
  return { skipTo: k };
}

/** "and 7", "and $6bn": the high end of a "between" range. */
function rangeAfter(tokens: Token[], k: number): boolean {
  if (!isWord(tokens[k], 'and')) return false;
  const cp = currencyPrefixAt(tokens, k + 1);
  return !!parseNumber(tokens, cp ? cp.end : k + 1);
}

/** "has risen to 35", "stood at 12", "totalled 35": a verb that reports a value makes a bare number a figure. */
function valueVerbBefore(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p) return false;
  if (VALUE_VERBS_DIRECT.has(p.lower)) return true;
  return isWord(p, 'to', 'at') && !!tokens[i - 2] && VALUE_VERBS_WITH_PREPOSITION.has(tokens[i - 2].lower);
}

function verbBoundBefore(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && BOUND_VERBS.has(p.lower) && !isWordIn(tokens[i - 2], BOUND_VERB_NOUN_DETERMINERS);
}

function finish(
  input: ScanInput,
  start: number,
  end: number,
  quantity: Quantity,
  kind: QuantityKind,
  extra: { noun?: { start: number; end: number }; estimate?: boolean },
): RawQuantity {
  const q: RawQuantity = { kind, start, end, quantity, ...(extra.noun ? { noun: { start: extra.noun.start, end: extra.noun.end } } : {}) };
  if (extra.estimate) q.estimate = true;
  // A bound carried by a verb right before the span ("exceeded $13 billion", "will top 5%").
  const p = input.tokens[start - 1];
  const vb = p && !isWordIn(input.tokens[start - 2], BOUND_VERB_NOUN_DETERMINERS) ? BOUND_VERBS.get(p.lower) : undefined;
  if (vb && quantity.bound === '=') {
    quantity.bound = vb.bound;
    if (vb.approximate) quantity.approximate = true;
    q.verb = start - 1;
  }
  return q;
}

/** Is there a verb of change before "from" at token `from` ("rose from", "was cut from")? Then "from A to B" is two figures. */
function changeBefore(input: ScanInput, from: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - 5; j--) {
    const t = input.tokens[j];
    if (t.type !== 'word') return false;
    if (VALUE_VERBS_WITH_PREPOSITION.has(t.lower) || QUANTITY_CHANGE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** The number inside a quantity's span (after its bound and currency words). */
function numberIn(tokens: Token[], q: RawQuantity): ReturnType<typeof parseNumber> {
  for (let j = q.start; j < q.end; j++) {
    const n = parseNumber(tokens, j);
    if (n) return n;
  }
  return null;
}

/**
 * Ranges with both ends marked and changes "from A to B": "2% to 4%", "from $5 to $7 million", "between 5 and 7 km",
 * "5km–7km". The ends share the unit and the scale the high end carries ("from 5 to 6 million" → 5e6–6e6); the
 * range's value is its low end. After a verb of change ("rose from 5 to 6 million") they stay two figures, and the
 * first still takes the unit and scale of the second.
 */
function joinRange(input: ScanInput, a: RawQuantity, sentenceStart: number, figuresBefore: number): RawQuantity {
  const { tokens } = input;
  const sep = tokens[a.end];
  if (!sep || a.kind === 'ordinal' || a.kind === 'age' || a.quantity.low !== undefined || a.quantity.ordinal) return a;
  const from = isWord(tokens[a.start - 1], 'from') ? a.start - 1 : -1;
  const between = isWord(tokens[a.start - 1], 'between');
  const dash = sep.type === 'punct' && /^[–—-]$/.test(sep.text) && (sep.text !== '-' || (sep.joined && tokens[a.end + 1]?.joined));
  if (!(isWord(sep, 'to') || dash || (between && isWord(sep, 'and')))) return a;
  // A change amount before the range's words ("rose 2% to 4%") is not a range end.
  if (from < 0 && !between && a.verb === undefined && tokens[a.start - 1] && (VALUE_VERBS_WITH_PREPOSITION.has(tokens[a.start - 1].lower) || QUANTITY_CHANGE_WORDS.has(tokens[a.start - 1].lower))) return a;
  const m = matchQuantity(input, a.end + 1, sentenceStart, figuresBefore + 1);
  if (!m || 'skipTo' in m || m.kind === 'ordinal' || m.quantity.low !== undefined || m.start !== a.end + 1) return a;
  const b = m;
  const ua = a.quantity.unit;
  const ub = b.quantity.unit;
  if (ua !== null && ub !== ua) return a;
  // "45.4 points to 10,360": ends of one range are of one magnitude; a far larger second figure is a new level.
  if (from < 0 && !between && b.quantity.value > 100 * Math.abs(a.quantity.value) && a.quantity.unit !== null) return a;
  const na = numberIn(tokens, a);
  const nb = numberIn(tokens, b);
  let low = a.quantity.value;
  if (na && nb && !na.scaled && !na.ambiguousScale && nb.scale && low * nb.scale <= b.quantity.value) low *= nb.scale;
  const unit = ua ?? ub;
  const kind = a.kind === 'bare' ? b.kind : a.kind;
  if (from >= 0 && changeBefore(input, from)) {
    // Two figures; the first borrows what it left to the second.
    return { ...a, kind, quantity: { ...a.quantity, value: low, unit } };
  }
  if (!(b.quantity.value > low)) return a;
  return { ...a, kind, end: b.end, quantity: { ...a.quantity, value: low, unit, low, high: b.quantity.value } };
}

/** All quantities in a sentence's tokens, in text order, without overlaps. */
export function scanQuantities(input: ScanInput, sentenceStart: number): RawQuantity[] {
  const out: RawQuantity[] = [];
  const { tokens } = input;
  let i = 0;
  while (i < tokens.length) {
    const ord = matchOrdinal(input, i, sentenceStart);
    if (ord) {
      out.push(ord);
      i = ord.end;
      continue;
    }
    const m = matchQuantity(input, i, sentenceStart, out.length);
    if (m && 'skipTo' in m) i = Math.max(i + 1, m.skipTo);
    else if (m) {
      const joined = joinRange(input, m, sentenceStart, out.length);
      out.push(joined);
      i = joined.end;
    } else i++;
  }
  return out;
}

/** Exported for tests of the vague table. */
export const VAGUE = VAGUE_WORDS;
