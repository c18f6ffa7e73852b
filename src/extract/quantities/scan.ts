/**
 * Finds quantity phrases in the tokens of one sentence: a bound word, a currency, a number (digits, words,
 * vague magnitude), a scale, a range, a unit (currency name, percent, counted noun, time unit), and ordinals.
 * Numbers that are dates, times, labels, scores or model numbers are skipped here.
 */
import { durationValue } from '../dates/duration';
import type { Bound, Quantity } from '../../types';
import {
  BOUND_PREFIXES, BOUND_VERBS, COMPOUND_IDIOMS, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS,
  DEFINITE_DETERMINERS, DOLLAR_PREFIXES, DURATION_RELATIVE, LABEL_NOUNS, MONTHS, ORDINAL_SKIP_NOUNS, PREFIX_UNITS, VALUE_VERBS_DIRECT, VALUE_VERBS_WITH_PREPOSITION,
  PERIOD_DETERMINERS, TIME_UNITS, UNIT_ABBREVIATIONS, isPluralNoun, singularize, type BoundPhrase,
} from './lexicon';
import { ORDINAL_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_WORDS, parseNumber, parseOrdinal, type NumberMatch } from './numbers';
import { ONE_IDIOM_NOUNS, ONE_PRONOUN_BEFORE, QUANTITY_CHANGE_WORDS } from '../../language/en';
import { measureUnitAt, rateAt } from './measures';
import { isCapitalized, isHyphen, isPossessive, isWord, type Token } from './tokens';
import { FUNCTION_WORDS, isAdjectiveTagged, isNounTagged, isVerbLike, type TagLookup } from './words';

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

const TIME_SUFFIXES = new Set(['am', 'pm', 'gmt', 'bst', 'utc', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'et', 'pt', 'hrs', 'h']);
const DETERMINERS_FOR_ORDINALS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'whose']);

const lowerAt = (input: ScanInput, tok: Token): string => input.text.slice(tok.start, tok.start + 40).toLowerCase().replace(/’/g, "'");

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

/** "$", "US$", "HK$", "€", "USD", "Rs." before a number at token i. */
function currencyPrefixAt(tokens: Token[], i: number): { code: string; end: number } | null {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!t) return null;
  if (t.type === 'sym' && t.text !== '%' && CURRENCY_SYMBOLS.has(t.text)) return { code: CURRENCY_SYMBOLS.get(t.text)!, end: i + 1 };
  // "US $150 million", "HK $10bn": a spaced country prefix of two letters or more (a spaced "A $5" is an article).
  if (t.type === 'word' && n && !n.joined && n.text === '$' && t.text.length >= 2 && DOLLAR_PREFIXES.has(t.text) && tokens[i + 2]?.type === 'num') {
    return { code: CURRENCY_SYMBOLS.get(t.text + '$') ?? 'USD', end: i + 2 };
  }
  if (t.type === 'word' && n && n.joined && n.type === 'sym') {
    // "US$", "HK$", "A$", "CN¥"
    const combined = t.text + n.text;
    if (CURRENCY_SYMBOLS.has(combined)) return { code: CURRENCY_SYMBOLS.get(combined)!, end: i + 2 };
    if (n.text === '$' && DOLLAR_PREFIXES.has(t.text)) return { code: CURRENCY_SYMBOLS.get(t.text + '$') ?? 'USD', end: i + 2 };
  }
  if (t.type === 'word' && CURRENCY_CODES.has(t.text)) {
    // "USD 5m", "Rs 20 crore", "Rs. 20"; require the number right after (a code is also a word).
    let j = i + 1;
    if (tokens[j]?.text === '.' && tokens[j].joined) j++;
    if (tokens[j]?.type === 'num') return { code: CURRENCY_CODES.get(t.text)!, end: j };
  }
  return null;
}

/** A currency name after a number ("dollars", "US dollars", "yuan"), possibly after "of" for vague amounts. */
function currencyNameAt(input: ScanInput, i: number, scaled: boolean): { code: string; end: number } | null {
  const { tokens } = input;
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  const at = lowerAt(input, t);
  for (const name of CURRENCY_NAMES) {
    const phrase = name.words.join(' ');
    if (!at.startsWith(phrase)) continue;
    const after = at.charAt(phrase.length);
    if (after && /[\p{L}\p{N}]/u.test(after)) continue;
    if (name.afterScaleOnly && !scaled) continue;
    const endOffset = t.start + phrase.length;
    let end = i;
    while (end < tokens.length && tokens[end].start < endOffset) end++;
    return { code: name.code, end };
  }
  return null;
}

/** A currency sign or ISO code after the number ("5 €", "5€", "500 USD", "115USD"); a sign that a number follows is the next amount's. */
function currencySuffixAt(tokens: Token[], k: number): { code: string; end: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const next = tokens[k + 1];
  if (t.type === 'sym' && t.text !== '%' && CURRENCY_SYMBOLS.has(t.text) && !(next && next.type === 'num')) return { code: CURRENCY_SYMBOLS.get(t.text)!, end: k + 1 };
  if (t.type === 'word' && /^[A-Z]{3}$/.test(t.text) && CURRENCY_CODES.has(t.text)) return { code: CURRENCY_CODES.get(t.text)!, end: k + 1 };
  return null;
}

/** "MUSD", "MEUR": the finance notation of millions of a currency (ISO code after "M"), before or after the number. */
function millionCodeAt(tokens: Token[], k: number): { code: string; end: number } | null {
  const t = tokens[k];
  if (!t || t.type !== 'word' || !/^M[A-Z]{3}$/.test(t.text) || !CURRENCY_CODES.has(t.text.slice(1))) return null;
  return { code: CURRENCY_CODES.get(t.text.slice(1))!, end: k + 1 };
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

/** Content words after a number that end in the counted noun: "in-person meetings", "Russian troops", "people". */
function countedNounAt(input: ScanInput, i: number, value: number, singularOk: boolean): { start: number; end: number; head: number } | null {
  const { tokens, tags } = input;
  let j = i;
  let head = -1;
  for (let n = 0; n < 6 && j < tokens.length; n++) {
    const t = tokens[j];
    if (isHyphen(t) && t.joined && tokens[j + 1]?.joined && tokens[j + 1].type === 'word' && j > i) {
      j++;
      continue;
    }
    if (t.type !== 'word') break;
    const hyphenated = isHyphen(tokens[j + 1]) && tokens[j + 1].joined;
    // "30 other awards", "5 more years"
    if (j === i && isWord(t, 'other', 'more', 'fewer', 'extra', 'additional', 'further', 'new', 'most', 'least') && tokens[j + 1]?.type === 'word') {
      j++;
      continue;
    }
    if (FUNCTION_WORDS.has(t.lower) && !isHyphen(tokens[j - 1]) && !hyphenated) break;
    if (MONTHS.has(t.lower) && isCapitalized(t)) break;
    if (UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower) || SCALE_WORDS.has(t.lower)) break;
    if (isVerbLike(t, tags) && !hyphenated && !isPluralNoun(t.lower)) break;
    if (isPossessive(t)) break;
    if (!hyphenated && (isPluralNoun(t.lower) || (singularOk && isNounTagged(t, tags) && !isAdjectiveTagged(t, tags)) || UNIT_ABBREVIATIONS.has(t.lower) && n === 0)) {
      head = j;
      // "police officers": a plural noun run ends at its last noun; "peace plan", "state visit" after a compound.
      const more = (x: Token | undefined): boolean =>
        !!x && x.type === 'word' && !FUNCTION_WORDS.has(x.lower) && !isVerbLike(x, tags) && !isPossessive(x) && !(MONTHS.has(x.lower) && isCapitalized(x)) &&
        (isPluralNoun(x.lower) || (singularOk && !isPluralNoun(tokens[head].lower) && isNounTagged(x, tags) && !isAdjectiveTagged(x, tags) && (!isCapitalized(x) || isCapitalized(tokens[head]))));
      while (more(tokens[head + 1]) && head - i < 5) head++;
      break;
    }
    if (value !== 1 && !hyphenated && !isHyphen(tokens[j - 1]) && !isAdjectiveTagged(t, tags) && !isNounTagged(t, tags)) break;
    j++;
  }
  if (head < 0) return null;
  return { start: i, end: head + 1, head };
}

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
  if (next && next.joined && next.type === 'word' && n.end === n.start + 1) {
    // "5G", "3D", "1980s", "3pm": a glued word that is not a scale or a unit.
    if (!(UNIT_ABBREVIATIONS.has(next.lower) && next.text === next.lower) && !/^(st|nd|rd|th)$/.test(next.lower) && next.lower !== 'pc' && !measureUnitAt(input, n.start + 1) && !currencySuffixAt(tokens, n.start + 1) && !currencyNameAt(input, n.start + 1, true)) return true;
  }
  if (next && TIME_SUFFIXES.has(next.lower) && next.type === 'word' && (next.joined || ['am', 'pm', 'gmt', 'bst', 'utc'].includes(next.lower))) return true;
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

/** A quantity that starts at token i, or null. */
function matchQuantity(input: ScanInput, i: number, sentenceStart: number, figuresBefore = 0): RawQuantity | { skipTo: number } | null {
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
  // Groups of glued numbers: keep only a valid range ("10-12", "5–10%"); skip scores, times, dates, seasons.
  let rangeHigh: number | undefined;
  let k = num.end;
  if (first.type === 'num') {
    const g = numberGroup(tokens, num.start);
    if (g.count > 1 && !num.fraction) {
      const lo = num.value;
      const hiNum = g.count === 2 && /^[-–‐‑]$/.test(g.seps[0]) ? parseNumber(tokens, g.end - 1) : null;
      if (!hiNum || isYearLike(first) || !(hiNum.value > lo) || num.end !== num.start + 1) return { skipTo: g.end };
      rangeHigh = hiNum.value;
      k = hiNum.end;
    }
    if (isNonQuantityNumber(input, num, !!currency, sentenceStart)) return { skipTo: num.end };
  }
  let value = num.value;
  let scaled = num.scaled;
  // Ambiguous glued scales: "£5m" is money, "5m viewers" a count, "100m" a distance.
  if (num.ambiguousScale) {
    const after = tokens[num.ambiguousScale.at + 1];
    if (currency || (after?.type === 'word' && isPluralNoun(after.lower))) {
      value *= num.ambiguousScale.value;
      scaled = true;
    } else if (tokens[num.ambiguousScale.at].lower === 'm') {
      return finish(input, i, num.end, base(value, 'metre', bound, approximate), 'count', { estimate });
    } else return { skipTo: num.end };
  }
  // Ranges: "10 to 12", "between 5 and 7", "$5bn to $6bn"
  let low: number | undefined;
  const sep = tokens[k];
  if (rangeHigh === undefined && (isWord(sep, 'to') && !isWord(tokens[i - 1], 'from') || (between && isWord(sep, 'and')) || (isHyphen(sep) && sep.text === '–'))) {
    let r = k + 1;
    const cp2 = currencyPrefixAt(tokens, r);
    if (cp2 && (!currency || cp2.code === currency)) r = cp2.end;
    const hi = parseNumber(tokens, r);
    if (hi && !(tokens[hi.start].type === 'num' && isYearLike(tokens[hi.start]) && !hi.scaled) && (cp2 || !currency || tokens[hi.start].type === 'num')) {
      let hv = hi.value;
      if (hi.ambiguousScale && currency) hv *= hi.ambiguousScale.value;
      // "5 to 6 million": the scale of the high end applies to the low end.
      if (!scaled && (hi.scaled || hi.ambiguousScale) && hv > value) {
        const factor = hi.scale ?? (hi.ambiguousScale ? hi.ambiguousScale.value : 1);
        if (value * factor < hv) value *= factor;
        scaled = true;
      }
      if (hv > value) {
        rangeHigh = hv;
        k = hi.end;
      }
    }
  } else if (rangeHigh !== undefined && num.end === num.start + 1) {
    // "5-6 billion": the scale after the high end applies to both.
    // (parseNumber of the high end already applied it to the high value.)
    const hiTok = tokens[k - 1];
    if (hiTok.type !== 'num') {
      const factor = rangeHigh / Number(tokens[k - 2].text.replace(/,/g, ''));
      if (factor > 1) value *= factor;
      scaled = true;
    }
  }
  if (rangeHigh !== undefined) low = value;
  if (num.range) {
    low = num.range.low;
    rangeHigh = num.range.high;
    approximate = true;
    if (bound === '=') bound = '~';
  }
  const withRange = (q: Quantity): Quantity => (low !== undefined && rangeHigh !== undefined ? { ...q, low, high: rangeHigh } : q);
  // "30 or more", "50 or so"
  for (const b of BOUND_PREFIXES) {
    if (!b.after) continue;
    const e = phraseAt(tokens, k, b.words);
    if (e > 0 && !hasBound) {
      bound = b.bound;
      approximate = b.approximate;
      hasBound = true;
      k = e;
    }
  }
  // A unit with a rate after it: "$50 a barrel", "15% per annum", "188 miles an hour".
  const rated = (end: number, unit: string, kind: QuantityKind): RawQuantity => {
    const r = rateAt(input, end, unit);
    return finish(input, i, r ? r.end : end, withRange(base(value, r ? r.unit : unit, bound, approximate)), kind, { estimate });
  };
  // Percent
  const pct = percentAt(tokens, k);
  if (pct && !currency) return rated(pct.end, pct.unit, 'percent');
  // A currency sign or code after the number: "5 €", "500 USD", "75 USD million"
  if (!currency && !scaled) {
    const mc = millionCodeAt(tokens, k);
    if (mc) {
      value *= 1e6;
      return rated(mc.end, mc.code, 'money');
    }
  }
  if (!currency) {
    const cs = currencySuffixAt(tokens, k);
    if (cs) {
      let end = cs.end;
      const scaleWord = tokens[end];
      if (!scaled && scaleWord?.type === 'word' && SCALE_WORDS.has(scaleWord.lower) && scaleWord.lower !== 'hundred') {
        value *= SCALE_WORDS.get(scaleWord.lower)!;
        end++;
      }
      return rated(end, cs.code, 'money');
    }
  }
  // Currency name after the number ("3 million yuan", "billions of dollars", "5 euros")
  if (!currency) {
    let c = currencyNameAt(input, k, scaled || !!num.range);
    if (!c && isWord(tokens[k], 'of') && (num.range || scaled)) c = currencyNameAt(input, k + 1, true);
    if (c) {
      // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": the sub-unit after the unit.
      let end = c.end;
      if (!scaled && Number.isInteger(value)) {
        const j0 = isWord(tokens[end], 'and') ? end + 1 : end;
        const sub = parseNumber(tokens, j0);
        if (sub && !sub.scaled && !sub.range && !sub.fraction && Number.isInteger(sub.value) && sub.value > 0 && sub.value < 100) {
          const after = tokens[sub.end];
          const subUnit = isWord(after, 'cent', 'cents', 'pence', 'penny', 'kopeck', 'kopecks', 'centimes');
          if (subUnit || !after || (after.type === 'punct' && /^[.,;!?)]$/.test(after.text))) {
            value += sub.value / 100;
            end = subUnit ? sub.end + 1 : sub.end;
          }
        }
      }
      return rated(end, c.code, 'money');
    }
  } else {
    // "$5 billion dollars" is rare, but "HK$5 Hong Kong dollars" is never; a trailing name is dropped.
    return rated(k, currency, 'money');
  }
  // A unit of measurement: "5 km", "3.2GHz", "98.6 °F", "660 square metres", "a 1.5 million gallon tank"
  const mu = measureUnitAt(input, k);
  if (mu && !(first.type === 'num' && isYearLike(first) && !scaled && !hasBound)) return rated(mu.end, mu.unit, 'count');
  const prevWord = tokens[i - 1];
  // "magnitude 6.8": a unit written before its number (what follows, "earthquake", is not what is counted).
  if (prevWord && PREFIX_UNITS.has(prevWord.lower) && first.type === 'num' && !currency) {
    return finish(input, i - 1, k, withRange(base(value, singularize(prevWord.lower), bound, approximate)), 'count', { estimate });
  }
  const isSmallWordNumber = num.written === 'words' && !num.range && !scaled && value <= 10;
  // "number one", "the top 10", "No 1": a rank or label, not an amount.
  if (prevWord && !currency && !scaled && (isWord(prevWord, 'number', 'no') || (isWord(prevWord, 'top', 'bottom') && !isWord(tokens[i - 2], 'to', 'will', 'could', 'would', 'may', 'might', 'should', 'did', 'not')))) return { skipTo: k };
  // "one option", "one of the", "no one", "One Flew Over...": written "one" is mostly a pronoun, an article or part of a
  // name; only a duration ("one year", "one-day") or a bounded figure keeps it.
  const isWrittenOne = num.written === 'words' && value === 1 && !num.range && !scaled;
  // "the Six Nations", "the Big Four": a capitalised written number inside a sentence is part of a name.
  if (num.written === 'words' && !num.range && isCapitalized(first) && first.start > sentenceStart && !hasBound && !currency) return { skipTo: k };
  if (isWrittenOne && isWord(tokens[k], 'of', 'another')) return { skipTo: k };
  // Compound adjectives: "two-day", "12-point", "six-year", "four-and-a-half-hour", "two-year-old", "71-year-old"
  const hy = tokens[k];
  if (isHyphen(hy) && hy.joined && tokens[k + 1]?.type === 'word' && tokens[k + 1].joined) {
    const w = tokens[k + 1];
    const compound = input.text.slice(tokens[num.start].start, w.end).toLowerCase().replace(/[‐‑–]/g, '-');
    if (COMPOUND_IDIOMS.has(compound) || FUNCTION_WORDS.has(w.lower) || UNIT_WORDS.has(w.lower) || TENS_WORDS.has(w.lower) || ORDINAL_WORDS.has(w.lower) || SCALE_WORDS.has(w.lower)) return { skipTo: k + 2 };
    // "a 30-yard pass", "a 3-inch screen", "a 12-cent-a-share dividend": a unit of measurement needs no counted noun.
    const mu = TIME_UNITS.has(singularize(w.lower)) ? null : measureUnitAt(input, k + 1);
    if (mu) {
      const r = rateAt(input, mu.end, mu.unit);
      const end = r ? r.end : mu.end;
      const noun = countedNounAt(input, end, 1, true);
      return finish(input, i, end, withRange(base(value, r ? r.unit : mu.unit, bound, approximate)), 'count', { noun: noun ?? undefined, estimate });
    }
    const unit = singularize(UNIT_ABBREVIATIONS.get(w.lower) ?? w.lower);
    let end = k + 2;
    // "-year-old": an age ("71-year-old", "the two-year-old conflict"). No timex: TimeML does not mark ages as TIMEX3.
    if (isHyphen(tokens[end]) && isWord(tokens[end + 1], 'old') && tokens[end + 1].joined && TIME_UNITS.has(unit)) {
      end += 2;
      const noun = countedNounAt(input, end, 1, true);
      return finish(input, i, end, withRange(base(value, unit, bound, approximate)), 'age', { noun: noun ?? undefined, estimate });
    }
    if (isHyphen(tokens[end]) && isWord(tokens[end + 1], 'long') && tokens[end + 1].joined) end += 2;
    const noun = countedNounAt(input, end, 1, true);
    const timex = timexFor(value, unit);
    if (!timex && (!noun || isWrittenOne)) return { skipTo: end };
    return finish(input, i, end, withRange({ ...base(value, unit, bound, approximate), ...(timex ? { timex } : {}) }), timex ? 'duration' : 'count', { noun: noun ?? undefined, estimate });
  }
  // "the two leaders", "its three members", "between two nations": a small written cardinal after a definite
  // determiner (or "between") refers to entities already known, it does not report a count.
  if (isSmallWordNumber && !hasBound && prevWord && (DEFINITE_DETERMINERS.has(prevWord.lower) || (isWord(prevWord, 'between', 'among') && value <= 3))) return { skipTo: k };
  // Ages: "aged 71", "at the age of 71"
  const isAge = isWord(prevWord, 'aged', 'age', 'ages') || (isWord(prevWord, 'of') && isWord(tokens[i - 2], 'age'));
  // "an 87 yo man", "52 y.o."
  if (first.type === 'num' && !scaled && (isWord(tokens[k], 'yo') || (isWord(tokens[k], 'y') && tokens[k + 1]?.text === '.' && isWord(tokens[k + 2], 'o')))) {
    return finish(input, i, isWord(tokens[k], 'yo') ? k + 1 : k + 3, base(value, 'year', bound, approximate), 'age', { estimate });
  }
  // Counted noun: "10,000 jobs", "40 in-person meetings", "30,000 of Russian troops", "thousands of people"
  let nounStart = k;
  if (isWord(tokens[k], 'of') && !(num.written === 'words' && value === 1) && (first.type === 'num' || num.range || scaled)) {
    nounStart = k + 1;
    if (isWord(tokens[nounStart], 'the', 'their', 'its', 'his', 'her', 'our', 'them', 'those', 'these', 'whom', 'which')) nounStart = -1;
  }
  const noun = nounStart >= 0 ? countedNounAt(input, nounStart, value, value === 1 || !!num.fraction || isWord(tokens[nounStart], 'km')) : null;
  if (noun) {
    const headTok = tokens[noun.head];
    const unit = singularize(UNIT_ABBREVIATIONS.get(headTok.lower) ?? headTok.lower);
    const timeUnit = TIME_UNITS.has(unit);
    if (first.type === 'num' && isYearLike(first) && !hasBound && !scaled) return { skipTo: k };
    if (timeUnit) {
      const after = tokens[noun.end];
      // "10 years ago", "two years later": a date; "the past five years": a period (the date extractor's).
      if (after && DURATION_RELATIVE.has(after.lower) && !(after.lower === 'before' || after.lower === 'after') ) return { skipTo: noun.end + 1 };
      if (prevWord && PERIOD_DETERMINERS.has(prevWord.lower) && !hasBound) return { skipTo: noun.end };
      if (isWord(after, 'old')) return finish(input, i, noun.end + 1, withRange(base(value, unit, bound, approximate)), 'age', { estimate });
      // "3 years of age", "eighteen months of age"
      if (isWord(after, 'of') && isWord(tokens[noun.end + 1], 'age')) return finish(input, i, noun.end + 2, withRange(base(value, unit, bound, approximate)), 'age', { estimate });
      if (isAge) return finish(input, i, noun.end, withRange(base(value, unit, bound, approximate)), 'age', { estimate });
      return finish(input, i, noun.end, withRange({ ...base(value, unit, bound, approximate), timex: timexFor(value, unit) }), 'duration', { noun, estimate });
    }
    // "one dealer said", "one consultant": written "one" before a singular noun counts it; after a determiner or in
    // idioms ("the one thing", "one way or another", "one day") it is a pronoun or an article.
    if (isWrittenOne && !hasBound && !(noun.head === k && !isPluralNoun(headTok.lower) && !ONE_PRONOUN_BEFORE.has(prevWord?.lower ?? '') && !isCapitalized(headTok) && !ONE_IDIOM_NOUNS.has(headTok.lower) && !isWord(tokens[noun.end], 'or', 'another', 'after', 'by'))) return { skipTo: k };
    return finish(input, i, noun.end, withRange(base(value, unit, bound, approximate)), 'count', { noun, estimate });
  }
  if (isAge && first.type === 'num') return finish(input, i, k, base(value, 'year', bound, approximate), 'age', { estimate });
  // An appositive age: "Smith, 52, said", "the mother of two, 34." (a whole number after a name and a comma, then a break).
  if (first.type === 'num' && !scaled && !hasBound && !currency && Number.isInteger(value) && value >= 1 && value <= 120 && num.end === num.start + 1 && tokens[i - 1]?.text === ',' && !negative) {
    const name = tokens[i - 2];
    const after = tokens[k];
    const breakAfter = !after || (after.type === 'punct' && /^[,;.)]$/.test(after.text)) || isWord(after, 'and', 'who', 'was', 'is', 'has', 'had', 'said', 'says');
    if (name && name.type === 'word' && isCapitalized(name) && !MONTHS.has(name.lower) && !/day$/.test(name.lower) && breakAfter && !(after && after.text === ',' && tokens[k + 1]?.type === 'num')) {
      return finish(input, i, k, base(value, 'year', bound, approximate), 'age', { estimate });
    }
  }
  // Bare numbers: only vague magnitudes, scaled numbers and bounded figures ("at least 30,000") are kept.
  if (first.type === 'num' && isYearLike(first) && !scaled) return { skipTo: k };
  // "two-thirds of voters", "1/4 point": a fraction is a figure on its own.
  if (num.fraction) return finish(input, i, k, base(value, null, bound, approximate), 'bare', { estimate });
  if (num.written === 'words' && !num.range && !scaled) return { skipTo: k };
  if (num.range || scaled || hasBound || verbBoundBefore(tokens, i) || valueVerbBefore(tokens, i)) return finish(input, i, k, withRange(base(value, null, bound, approximate)), 'bare', { estimate });
  // "from 5 to 6 million", "from 40 to 50 troops": the low end of a range or change whose high end carries the unit.
  if (isWord(prevWord, 'from') && isWord(tokens[k], 'to')) {
    // Only when the high end is a figure too ("from 6 to 9 January" is a date).
    const hi = matchQuantity(input, k + 1, sentenceStart, figuresBefore + 1);
    if (hi && !('skipTo' in hi) && hi.kind !== 'ordinal') return finish(input, i, k, base(value, null, bound, approximate), 'bare', { estimate });
  }
  // "sales rose 6.2% to 1,450", "closed at 197", "143.80 yen, up 0.95": a bare figure after "to"/"at"/"up"/"down" in
  // a clause that already gave a figure.
  if (figuresBefore > 0 && first.type === 'num' && isWord(prevWord, 'to', 'at', 'up', 'down')) return finish(input, i, k, base(value, null, bound, approximate), 'bare', { estimate });
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
  return !!p && BOUND_VERBS.has(p.lower) && !isWord(tokens[i - 2], 'the', 'a', 'its', 'their', 'his', 'her', 'our');
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
  const vb = p && !isWord(input.tokens[start - 2], 'the', 'a', 'its', 'their', 'his', 'her', 'our') ? BOUND_VERBS.get(p.lower) : undefined;
  if (vb && quantity.bound === '=') {
    quantity.bound = vb.bound;
    if (vb.approximate) quantity.approximate = true;
    q.verb = start - 1;
  }
  return q;
}

/** An ordinal that carries a fact ("40th meeting", "his fifth term", "the first of his new term"), or null. */
function matchOrdinal(input: ScanInput, i: number, sentenceStart: number): RawQuantity | null {
  const { tokens, tags } = input;
  const o = parseOrdinal(tokens, i);
  if (!o) return null;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || !(DETERMINERS_FOR_ORDINALS.has(prev.lower) || isPossessive(prev))) return null;
  // "Second World War", "First Minister": a capitalised ordinal inside a name.
  if (t.type === 'word' && isCapitalized(t) && t.start > sentenceStart && isCapitalized(tokens[o.end])) return null;
  let j = o.end;
  if (isHyphen(tokens[j]) && tokens[j].joined) {
    if (isWord(tokens[j + 1], 'ever')) j += 2;
    else return null; // "second-largest"
  }
  const next = tokens[j];
  if (next && next.type === 'word' && MONTHS.has(next.lower)) return null;
  // "the first two games", "the first million customers": a count, not a rank
  if (next && (next.type === 'num' || UNIT_WORDS.has(next.lower) || TENS_WORDS.has(next.lower) || SCALE_WORDS.has(next.lower) || isWord(next, 'few', 'several', 'dozen'))) return null;
  if (isWord(next, 'of')) {
    // "the 16th of May": a date
    if (tokens[j + 1] && MONTHS.has(tokens[j + 1].lower)) return null;
    // "the first of three meetings": the counted plural after "of"; "the trip – the first of his new term": the noun in apposition.
    let end = j + 1;
    while (end < tokens.length && tokens[end].type !== 'punct' && end - j < 8 && !isVerbLike(tokens[end], tags)) end++;
    const plural = countedNounAt(input, j + 1, 2, false);
    let unit: string | null = null;
    if (plural && !isWord(tokens[j + 1], 'the')) unit = singularize(tokens[plural.head].lower);
    else if (isWord(prev, 'the') && tokens[i - 2]?.type === 'punct' && /^[-–—,:]$/.test(tokens[i - 2].text)) {
      const ap = tokens[i - 3];
      if (ap && ap.type === 'word' && isNounTagged(ap, tags) && !FUNCTION_WORDS.has(ap.lower)) unit = singularize(ap.lower);
    }
    if (!unit) return null;
    return { kind: 'ordinal', start: i, end, quantity: { ...base(o.value, unit, '=', false), ordinal: true } };
  }
  // The noun the rank applies to: "fifth presidential term", "first trip", "first European country"
  let head = -1;
  let k = j;
  for (let n = 0; n < 4 && k < tokens.length; n++) {
    const w = tokens[k];
    if (isHyphen(w) && w.joined && k > j) {
      k++;
      continue;
    }
    if (w.type !== 'word' || FUNCTION_WORDS.has(w.lower) || isPossessive(w)) break;
    if (isVerbLike(w, tags) && !isNounTagged(w, tags)) break;
    // A lower-case head does not run on into a name ("third husband Marc Anthony").
    if (head >= 0 && isCapitalized(w) && !isCapitalized(tokens[head])) break;
    if (isNounTagged(w, tags) && !(isAdjectiveTagged(w, tags) && tokens[k + 1]?.type === 'word' && !FUNCTION_WORDS.has(tokens[k + 1].lower))) head = k;
    else if (head >= 0) break;
    k++;
    if (head >= 0 && (tokens[k]?.type !== 'word' || FUNCTION_WORDS.has(tokens[k].lower) || !isNounTagged(tokens[k], tags) || isVerbLike(tokens[k], tags))) break;
  }
  if (head < 0) return null;
  const headWord = tokens[head].lower;
  if (ORDINAL_SKIP_NOUNS.has(headWord) || ORDINAL_SKIP_NOUNS.has(tokens[j].lower)) return null;
  // "the first reports", "third parties": a plural after an ordinal means "earliest" or is an idiom, not a rank.
  if (isPluralNoun(headWord) && !/^(?:series|species|means|headquarters|news)$/.test(headWord)) return null;
  return { kind: 'ordinal', start: i, end: head + 1, noun: { start: j, end: head + 1 }, quantity: { ...base(o.value, singularize(headWord), '=', false), ordinal: true } };
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
