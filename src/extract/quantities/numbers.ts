/**
 * Numbers written in digits or words, with scale words ("1.5 million", "twenty-five", "a dozen",
 * "half a million", "four-and-a-half") and vague magnitudes ("tens of billions", "thousands").
 * compromise reads "billions" as 0 and drops qualifiers (../shared/docs/toolchain.md), so this is our own.
 */
import {
  QUANTITY_ORDINAL_SUFFIXES as ORDINAL_SUFFIXES, QUANTITY_ORDINAL_WORDS, QUANTITY_SCALE_ABBREVIATIONS, QUANTITY_SCALE_WORDS, QUANTITY_TENS_WORDS,
  QUANTITY_UNIT_WORDS, QUANTITY_VAGUE_WORDS,
} from '../../language';
import { QUANTITY_UNIT_TABLE as unitData } from '../../language';
import { isHyphen, isWord, type Token } from './tokens';

/** Word tables are Maps: a plain object would find "constructor" or "toString" in them. */
const table = <V>(o: Record<string, V>): ReadonlyMap<string, V> => new Map(Object.entries(o));

export const UNIT_WORDS: ReadonlyMap<string, number> = QUANTITY_UNIT_WORDS;
export const TENS_WORDS: ReadonlyMap<string, number> = QUANTITY_TENS_WORDS;
export const SCALE_WORDS: ReadonlyMap<string, number> = QUANTITY_SCALE_WORDS;
/** Abbreviated scales written after a number ("$5bn", "£4 mn"). "m" and "k" only count after a currency or before a plural noun. */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([...QUANTITY_SCALE_ABBREVIATIONS].map(([w, a]) => [w, a.value]));
/** Ambiguous abbreviations ("m", "k", "b") count only glued; the others may also be spaced ("£4 mn"). */
const AMBIGUOUS_ABBREVIATIONS = new Set([...QUANTITY_SCALE_ABBREVIATIONS].filter(([, a]) => a.ambiguous).map(([w]) => w));

export const ORDINAL_WORDS: ReadonlyMap<string, number> = QUANTITY_ORDINAL_WORDS;

/**
 * Vague magnitudes: "tens" is [10, 100), "hundreds" [100, 1000), "dozens" [24, 144); a plural scale word runs up to
 * the next scale word ("thousands" [1e3, 1e6), "millions" [1e6, 1e9)). The upper end is exclusive.
 */
export const VAGUE_WORDS: ReadonlyMap<string, [number, number]> = QUANTITY_VAGUE_WORDS;

export interface NumberMatch {
  value: number;
  /** Token indices: [start, end). */
  start: number;
  end: number;
  written: 'digits' | 'words';
  /** A scale word or abbreviation was applied ("5 million", "$3bn"). */
  scaled: boolean;
  /** The scale abbreviation used, if ambiguous ("m", "k"): the caller decides whether it is a scale. */
  ambiguousScale?: { value: number; at: number };
  /** Vague magnitude: value is the low end. */
  range?: { low: number; high: number };
  /** The factor the scale words applied ("6 million": 1e6), so a range's low end can share it ("5 to 6 million"). */
  scale?: number;
  /** A fraction ("1/4", "two-thirds", "½"). */
  fraction?: boolean;
}

const FRACTION_WORDS: ReadonlyMap<string, number> = table(unitData.fractionWords as Record<string, number>);
const VULGAR_FRACTIONS: ReadonlyMap<string, number> = table(unitData.vulgarFractions as Record<string, number>);
/** Denominators a digit fraction is read with ("1/4", "2/3"); "9/11" and "24/7" are names, not amounts. */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 16]);

/** "1/4", "3/8" at token i (glued slash, no third part as in a date "12/05/2024"): value and the index after it. */
function digitFractionAt(tokens: Token[], i: number): { value: number; end: number } | null {
  const n = tokens[i];
  const slash = tokens[i + 1];
  const d = tokens[i + 2];
  if (!n || n.type !== 'num' || !slash || slash.text !== '/' || !slash.joined || !d || d.type !== 'num' || !d.joined) return null;
  if (tokens[i + 3]?.text === '/' && tokens[i + 3].joined) return null;
  if (!/^\d+$/.test(n.text) || !/^\d+$/.test(d.text)) return null;
  const num = Number(n.text);
  const den = Number(d.text);
  if (!FRACTION_DENOMINATORS.has(den) || num <= 0 || num >= den) return null;
  return { value: num / den, end: i + 3 };
}

/** A fraction word after a numerator ("thirds" after "two", "quarter" after "a"/"one"): its denominator. */
function fractionWordAt(tokens: Token[], j: number, numerator: number): { den: number; end: number } | null {
  let k = j;
  // "two-thirds", and "one - third" in tokenized text (a hyphen spaced on both sides)
  if (isHyphen(tokens[k]) && (tokens[k].joined || (tokens[k].text === '-' && tokens[k + 1] && !tokens[k + 1].joined))) k++;
  const t = tokens[k];
  if (!t || t.type !== 'word' || !FRACTION_WORDS.has(t.lower)) return null;
  // "one third" / "two thirds": the plural after numerators above one.
  if ((numerator === 1) === /s$/.test(t.lower)) return null;
  return { den: FRACTION_WORDS.get(t.lower)!, end: k + 1 };
}

export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** A scale after a number at token `i` ("million", "bn" glued or spaced). */
function scaleAt(tokens: Token[], i: number): { value: number; ambiguous: boolean } | null {
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  if (SCALE_WORDS.has(t.lower) && t.lower !== 'hundred') return { value: SCALE_WORDS.get(t.lower)!, ambiguous: false };
  if (t.lower === 'hundred') return { value: 100, ambiguous: false };
  if (SCALE_ABBREVIATIONS.has(t.lower)) {
    // "5 m" spaced is not a scale; "5m" glued is (when the caller agrees).
    if (AMBIGUOUS_ABBREVIATIONS.has(t.lower) && !t.joined) return null;
    return { value: SCALE_ABBREVIATIONS.get(t.lower)!, ambiguous: AMBIGUOUS_ABBREVIATIONS.has(t.lower) };
  }
  return null;
}

/** "and a half" / "-and-a-half" / "and-a half" after a number: the index after "half", or -1. */
export function matchAndAHalf(tokens: Token[], j: number): number {
  let k = j;
  const skipHyphen = (): void => {
    if (isHyphen(tokens[k])) k++;
  };
  skipHyphen();
  if (!isWord(tokens[k], 'and')) return -1;
  k++;
  skipHyphen();
  if (!isWord(tokens[k], 'a')) return -1;
  k++;
  skipHyphen();
  if (!isWord(tokens[k], 'half')) return -1;
  return k + 1;
}

/** Word numbers: "twenty-five", "one hundred and twenty", "four-and-a-half", "a dozen", "half a million". */
function parseWords(tokens: Token[], i: number): NumberMatch | null {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let scaled = false;
  let lastScale = 1;
  const t0 = tokens[i];
  const s2 = scaleAt(tokens, i + 2);
  // "half a million"
  if (isWord(t0, 'half') && isWord(tokens[i + 1], 'a', 'an') && s2 && !s2.ambiguous && s2.value > 100) {
    return { value: 0.5 * s2.value, start: i, end: i + 3, written: 'words', scaled: true, scale: s2.value };
  }
  // "half million", "quarter million", "a quarter million", "a third of"
  {
    const a = isWord(t0, 'a') ? 1 : 0;
    const f = tokens[i + a];
    // Without "a", only "half" and "quarter" ("fifth" alone is an ordinal: "a fifth billion-dollar deal" is not 2e8).
    if (f && f.type === 'word' && FRACTION_WORDS.has(f.lower) && !/s$/.test(f.lower) && (a === 1 || f.lower === 'half' || f.lower === 'quarter')) {
      const s1 = scaleAt(tokens, i + a + 1);
      const share = 1 / FRACTION_WORDS.get(f.lower)!;
      if (s1 && !s1.ambiguous && s1.value > 100) return { value: share * s1.value, start: i, end: i + a + 2, written: 'words', scaled: true, scale: s1.value };
      if (a === 1 && f.lower !== 'half' && isWord(tokens[i + 2], 'of')) return { value: share, start: i, end: i + 2, written: 'words', scaled: false, fraction: true };
    }
  }
  // "a dozen", "a hundred", "a million"
  if (isWord(t0, 'a', 'an')) {
    const n = tokens[i + 1];
    if (isWord(n, 'dozen')) return { value: 12, start: i, end: i + 2, written: 'words', scaled: false };
    if (!(n && n.type === 'word' && SCALE_WORDS.has(n.lower))) return null;
    current = 1;
    any = true;
    j = i + 1;
  }
  for (;;) {
    const t = tokens[j];
    if (!t || t.type !== 'word') break;
    const w = t.lower;
    const prev = tokens[j - 1];
    const afterConnector = isHyphen(prev) || isWord(prev, 'and');
    // "ninety five", "twenty one": a unit word spaced after a tens word joins it as a hyphen would.
    const afterTens = !!prev && TENS_WORDS.has(prev.lower) && j > i;
    if (UNIT_WORDS.has(w) && (!any || ((afterConnector || afterTens) && current % 10 === 0))) current += UNIT_WORDS.get(w)!;
    else if (TENS_WORDS.has(w) && (!any || current % 100 === 0)) current += TENS_WORDS.get(w)!;
    else if (w === 'dozen' && any) current *= 12;
    else if (SCALE_WORDS.has(w) && any) {
      const s = SCALE_WORDS.get(w)!;
      scaled = true;
      lastScale = Math.max(lastScale, s);
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
    } else break;
    any = true;
    j++;
    const half = matchAndAHalf(tokens, j);
    if (half > 0) {
      current += 0.5;
      j = half;
      break;
    }
    // Connectors inside a number: "twenty-five", "one hundred and twenty"
    const next = tokens[j];
    const after = tokens[j + 1];
    if (isHyphen(next) && next.joined && after?.joined && UNIT_WORDS.has(after.lower) && TENS_WORDS.has(w)) {
      j++;
      continue;
    }
    if (isWord(next, 'and') && after && (UNIT_WORDS.has(after.lower) || TENS_WORDS.has(after.lower)) && (current >= 100 || total > 0)) {
      j++;
      continue;
    }
    if (isHyphen(next)) break;
  }
  if (!any) return null;
  // "two-thirds", "three quarters", "one third" (+ a scale: "three quarters billion")
  const value = total + current;
  if (!scaled && value >= 1 && value <= 10 && Number.isInteger(value)) {
    const fw = fractionWordAt(tokens, j, value);
    if (fw) {
      const sc = scaleAt(tokens, fw.end);
      if (sc && !sc.ambiguous && sc.value > 100) return { value: (value / fw.den) * sc.value, start: i, end: fw.end + 1, written: 'words', scaled: true, scale: sc.value };
      return { value: value / fw.den, start: i, end: fw.end, written: 'words', scaled: false, fraction: true };
    }
  }
  return { value, start: i, end: j, written: 'words', scaled, ...(scaled ? { scale: lastScale } : {}) };
}

/** A number starting at token `i`, or null. */
export function parseNumber(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (!t) return null;
  // "½", "¾ mile"
  if (VULGAR_FRACTIONS.has(t.text)) return { value: VULGAR_FRACTIONS.get(t.text)!, start: i, end: i + 1, written: 'digits', scaled: false, fraction: true };
  if (t.type === 'num') {
    let value = parseDigits(t.text);
    let j = i + 1;
    // "80, 000": thousands written with a space after the comma (a list never has a "000" item).
    const sep = tokens[j];
    const group = tokens[j + 1];
    if (/^\d{1,3}$/.test(t.text) && sep?.text === ',' && sep.joined && group?.text === '000' && !group.joined && tokens[i - 1]?.text !== ',') {
      value = value * 1000;
      j += 2;
    }
    let scaled = false;
    let scaleFactor = 1;
    let fraction = false;
    let ambiguousScale: NumberMatch['ambiguousScale'];
    const frac = digitFractionAt(tokens, i);
    if (frac) {
      value = frac.value;
      j = frac.end;
      fraction = true;
    } else if (/^\d+$/.test(t.text)) {
      // Mixed numbers: "10 1/2", "7 3/4", "1½"
      const next = tokens[j];
      const mixed = next && !next.joined ? digitFractionAt(tokens, j) : null;
      if (mixed) {
        value += mixed.value;
        j = mixed.end;
        fraction = true;
      } else if (next && next.joined && VULGAR_FRACTIONS.has(next.text)) {
        value += VULGAR_FRACTIONS.get(next.text)!;
        j++;
        fraction = true;
      }
    }
    // "2.5" written as "two and a half" is words; digits take "and a half" too: "2 and a half".
    const s = scaleAt(tokens, j);
    if (s) {
      if (s.ambiguous) ambiguousScale = { value: s.value, at: j };
      else {
        value *= s.value;
        scaleFactor = s.value;
        scaled = true;
      }
      j++;
      // "1.5 million" done; "2 hundred thousand" rare: allow a second scale word after hundred.
      if (s.value === 100) {
        const s2 = scaleAt(tokens, j);
        if (s2 && !s2.ambiguous) {
          value *= s2.value;
          scaleFactor *= s2.value;
          j++;
        }
      }
    }
    if (!scaled && !ambiguousScale) {
      const half = matchAndAHalf(tokens, j);
      if (half > 0) {
        value += 0.5;
        j = half;
      }
    }
    return { value, start: i, end: j, written: 'digits', scaled, ambiguousScale, ...(scaled ? { scale: scaleFactor } : {}), ...(fraction ? { fraction } : {}) };
  }
  if (t.type !== 'word') return null;
  // Vague magnitudes: "tens of billions", "hundreds of thousands", "millions"
  const vague = VAGUE_WORDS.get(t.lower);
  if (vague) {
    let [low, high] = vague;
    let j = i + 1;
    // "tens of billions": the multiplier range times the scale ([10, 100) x 1e9).
    const next = tokens[j + 1];
    if (isWord(tokens[j], 'of') && next && VAGUE_WORDS.has(next.lower) && SCALE_WORDS.has(next.lower.replace(/s$/, ''))) {
      const scale = SCALE_WORDS.get(next.lower.replace(/s$/, ''))!;
      low = vague[0] * scale;
      high = vague[1] * scale;
      j += 2;
    }
    if (t.lower === 'tens' && j === i + 1) return null; // "tens" alone is not a number
    // "scores" alone is music or a match's ("level the scores"): only "scores of" is a magnitude.
    if (t.lower === 'scores' && !isWord(tokens[j], 'of')) return null;
    return { value: low, start: i, end: j, written: 'words', scaled: true, range: { low, high } };
  }
  const w = parseWords(tokens, i);
  if (!w) return null;
  // digits-style scale after a word number: "two million" is handled inside parseWords.
  return w;
}

/** An ordinal at token `i`: "40th", "fifth", "twenty-first". */
export function parseOrdinal(tokens: Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.type === 'num' && !t.text.includes(',') && !t.text.includes('.')) {
    const suf = tokens[i + 1];
    if (suf && suf.joined && suf.type === 'word' && ORDINAL_SUFFIXES.has(suf.lower)) return { value: parseDigits(t.text), end: i + 2 };
    return null;
  }
  if (t.type !== 'word') return null;
  if (ORDINAL_WORDS.has(t.lower)) return { value: ORDINAL_WORDS.get(t.lower)!, end: i + 1 };
  if (TENS_WORDS.has(t.lower) && isHyphen(tokens[i + 1]) && tokens[i + 2] && ORDINAL_WORDS.has(tokens[i + 2].lower) && ORDINAL_WORDS.get(tokens[i + 2].lower)! < 10) {
    return { value: TENS_WORDS.get(t.lower)! + ORDINAL_WORDS.get(tokens[i + 2].lower)!, end: i + 3 };
  }
  return null;
}
