import { TIME_COUNT_WORDS, TIME_UNIT_DESIGNATORS } from '../../language/en';
import { NUMBER_WORDS, alternation } from './lexicon';

/**
 * The duration grammar shared by date and quantity extraction: a count and a time unit ("three years",
 * "twenty-four hours", "a couple of weeks", "several months", "a decade") → a TIMEX3 duration value (P3Y, PT24H,
 * P2W, PXM, P1DE). The phrase itself carries no determiner; callers decide what may stand before it.
 */

const NUMBER_ALT = alternation(Object.keys(NUMBER_WORDS).filter((w) => !/\s/.test(w)));
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
    if (!Object.prototype.hasOwnProperty.call(NUMBER_WORDS, part)) return undefined;
    const n = NUMBER_WORDS[part];
    if (n === 100) current = (current || 1) * 100;
    else current += n;
  }
  total += current;
  return total > 0 ? total : undefined;
}

/** TIMEX3 value of an amount of a unit designator ("Y", "TH", "2W" for a fortnight). */
export function durationValue(amount: number | 'X', designator: string): string {
  const time = designator.startsWith('T');
  const d = time ? designator.slice(1) : designator;
  const factor = /^(\d+)(\D+)$/.exec(d);
  const unit = factor ? factor[2] : d;
  const n = amount === 'X' ? 'X' : factor ? amount * Number(factor[1]) : amount;
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
