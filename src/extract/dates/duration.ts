import { TIME_COUNT_WORDS, TIME_UNIT_DESIGNATORS } from '../../language';
import { NUMBER_WORDS, alternation } from './lexicon';

/**
 * The duration grammar shared by date and quantity extraction: a count and a time unit ("three years",
 * "twenty-four hours", "a couple of weeks", "several months", "a decade") → a TIMEX3 duration value (P3Y, PT24H,
 * P2W, PXM, P10Y). The phrase itself carries no determiner; callers decide what may stand before it.
 */

const NUMBER_ALT = alternation([...NUMBER_WORDS.keys()].filter((w) => !/\s/.test(w)));
const COUNT_ALT = alternation(TIME_COUNT_WORDS.keys());
const UNIT_ALT = alternation(TIME_UNIT_DESIGNATORS.keys());

/** Regular-expression source of a count: digits, written numbers ("twenty four", "twenty-four"), or a count word. */
export const DURATION_COUNT_SOURCE = `(?:\\d+(?:\\.\\d+)?|(?:${NUMBER_ALT})(?:[\\s-]+(?:${NUMBER_ALT}))*|${COUNT_ALT})`;
/** Regular-expression source of a time unit word. */
export const DURATION_UNIT_SOURCE = `(?:${UNIT_ALT})`;
/** Regular-expression source of a whole duration phrase ("three-year", "a few weeks"). */
export const DURATION_PHRASE_SOURCE = `${DURATION_COUNT_SOURCE}[\\s-]+${DURATION_UNIT_SOURCE}`;

const WHOLE = new RegExp(`^(${DURATION_COUNT_SOURCE})[\\s-]+(${DURATION_UNIT_SOURCE})$`, 'i');

/** A written or digit count → its number, X for a vague count, or undefined. */
export function countValue(words: string): number | 'X' | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const counted = TIME_COUNT_WORDS.get(w);
  if (counted !== undefined) return counted === 'X' ? 'X' : Number(counted);
  let total = 0;
  let current = 0;
  const parts = w.split(/[\s-]+/);
  if (parts.length > 1 && /^an?$/.test(parts[0]) && parts[1] !== 'hundred') return undefined; // "a five year low" is five
  for (const part of parts) {
    const n = NUMBER_WORDS.get(part);
    if (n === undefined) return undefined;
    if (n === 100) current = (current || 1) * 100;
    else current += n;
  }
  total += current;
  return total > 0 ? total : undefined;
}

/**
 * A fraction of a unit is written in the next smaller unit when it comes out whole, as TimeBank writes it
 * ("2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M, "a minute and a half" → PT1M30S); otherwise as a decimal.
 */
const SMALLER: Readonly<Record<string, { unit: string; per: number; time: boolean }>> = {
  Y: { unit: 'M', per: 12, time: false },
  D: { unit: 'H', per: 24, time: true },
  TH: { unit: 'M', per: 60, time: true },
  TM: { unit: 'S', per: 60, time: true },
};
/** Decades and centuries are counted in years, as TimeBank writes them ("two decades" → P20Y, "this century" P100Y). */
const IN_YEARS: Readonly<Record<string, number>> = { DE: 10, CE: 100 };

/** TIMEX3 value of an amount of a unit designator ("Y", "TH", "2W" for a fortnight). */
export function durationValue(amount: number | 'X', designator: string): string {
  const time = designator.startsWith('T');
  const d = time ? designator.slice(1) : designator;
  const factor = /^(\d+)(\D+)$/.exec(d);
  let unit = factor ? factor[2] : d;
  let n = amount === 'X' ? amount : factor ? amount * Number(factor[1]) : amount;
  if (n !== 'X' && Object.hasOwn(IN_YEARS, unit)) {
    n *= IN_YEARS[unit];
    unit = 'Y';
  }
  const key = (time ? 'T' : '') + unit;
  if (n !== 'X' && !Number.isInteger(n) && Object.hasOwn(SMALLER, key)) {
    const whole = Math.floor(n);
    const rest = Math.round((n - whole) * SMALLER[key].per * 1e6) / 1e6;
    if (Number.isInteger(rest)) {
      const small = SMALLER[key];
      const head = whole > 0 ? `${whole}${unit}` : '';
      return `P${time ? 'T' : ''}${head}${small.time && !time ? 'T' : ''}${rest}${small.unit}`;
    }
  }
  return `P${time ? 'T' : ''}${n}${unit}`;
}

/** "three years" → P3Y, "several weeks" → PXW, "a couple of months" → P2M, "twenty four hours" → PT24H; else null. */
export function parseDurationPhrase(phrase: string): string | null {
  const m = WHOLE.exec(phrase.trim());
  if (!m) return null;
  const amount = countValue(m[1]);
  const designator = TIME_UNIT_DESIGNATORS.get(m[2].toLowerCase());
  if (amount === undefined || designator === undefined) return null;
  return durationValue(amount, designator);
}
