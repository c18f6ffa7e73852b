import data from './data/lexicon.json';
import type { PartOfDay, RefMention, Season } from './mention';
import { ownValue, wordAlternation } from '../../language/lexicon';

/** The time vocabulary (data/lexicon.json) as lookups and regular-expression alternations. */

export const MONTHS: Record<string, number> = data.months;
export const WEEKDAYS: Record<string, number> = data.weekdays;
export const PARTS_OF_DAY = data.partsOfDay as Record<string, PartOfDay>;
export const SEASONS = data.seasons as Record<string, Season>;
export const NUMBER_WORDS: Record<string, number> = data.numberWords;
export const ORDINAL_WORDS: Record<string, number> = data.ordinalWords;
export const EVENT_NOUNS = new Set(data.eventNouns);
export const NAMED_DAYS: string[] = data.namedDays;
export const FUTURE_CUES = new Set(data.futureCues);
export const PAST_VERBS = new Set(data.pastVerbs);
export const COUNT_BLOCKERS = new Set(data.countBlockers);
export const UNIT_ABBREVIATIONS = new Set(data.unitAbbreviations);

export interface RefExpression {
  pattern: string;
  value: RefMention['value'];
  /** The expression only counts after this word ("in the past", "at present"); the word stays out of the span. */
  after?: string;
  /** Regular expression for what must not follow ("shortly after" is not FUTURE_REF). */
  notBefore?: string;
}
export const REF_EXPRESSIONS = data.refExpressions as RefExpression[];

/** Longest alternatives first, so that "september" wins over "sep" (the language layer's helper). */
export const alternation = wordAlternation;

export const FULL_MONTH_NAMES = Object.keys(MONTHS).filter((m) => m.length > 3 || m === 'may');
export const FULL_WEEKDAY_NAMES = Object.keys(WEEKDAYS).filter((w) => w.endsWith('day'));

export function monthNumber(word: string): number | undefined {
  return ownValue(MONTHS, word.toLowerCase().replace(/\.$/, ''));
}

export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return ownValue(NUMBER_WORDS, w);
}
