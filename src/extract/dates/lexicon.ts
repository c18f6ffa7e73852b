import type { PartOfDay, RefMention, Season } from './mention';
import { wordAlternation } from '../../language/lexicon';
import {
  MONTH_NUMBERS, PART_OF_DAY_CODES, REF_EXPRESSION_TABLE, SEASON_CODES, TIME_COUNT_BLOCKERS, TIME_EVENT_NOUNS, TIME_FUTURE_CUES,
  TIME_NAMED_DAYS, TIME_NUMBER_WORDS, TIME_ORDINAL_WORDS, TIME_PAST_VERBS, WEEKDAY_NUMBERS, YEAR_UNIT_ABBREVIATIONS,
} from '../../language';

/** The time vocabulary of the date parsers (src/language/en/time-*.json) as lookups and regular-expression alternations. */

export const MONTHS: ReadonlyMap<string, number> = MONTH_NUMBERS;
export const WEEKDAYS: ReadonlyMap<string, number> = WEEKDAY_NUMBERS;
export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = PART_OF_DAY_CODES;
export const SEASONS: ReadonlyMap<string, Season> = SEASON_CODES;
export const NUMBER_WORDS: ReadonlyMap<string, number> = TIME_NUMBER_WORDS;
export const ORDINAL_WORDS: ReadonlyMap<string, number> = TIME_ORDINAL_WORDS;
export const EVENT_NOUNS: ReadonlySet<string> = TIME_EVENT_NOUNS;
export const NAMED_DAYS: readonly string[] = [...TIME_NAMED_DAYS];
export const FUTURE_CUES: ReadonlySet<string> = TIME_FUTURE_CUES;
export const PAST_VERBS: ReadonlySet<string> = TIME_PAST_VERBS;
export const COUNT_BLOCKERS: ReadonlySet<string> = TIME_COUNT_BLOCKERS;
export const UNIT_ABBREVIATIONS: ReadonlySet<string> = YEAR_UNIT_ABBREVIATIONS;

export interface RefExpression {
  pattern: string;
  value: RefMention['value'];
  /** The expression only counts after this word ("in the past", "at present"); the word stays out of the span. */
  after?: string;
  /** Regular expression for what must not follow ("shortly after" is not FUTURE_REF). */
  notBefore?: string;
}
export const REF_EXPRESSIONS: RefExpression[] = [...REF_EXPRESSION_TABLE].map(([pattern, entry]) => ({ pattern, ...entry }));

/** Longest alternatives first, so that "september" wins over "sep" (the language layer's helper). */
export const alternation = wordAlternation;

export const FULL_MONTH_NAMES = [...MONTHS.keys()].filter((m) => m.length > 3 || m === 'may');
export const FULL_WEEKDAY_NAMES = [...WEEKDAYS.keys()].filter((w) => w.endsWith('day'));

export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

export function numberWord(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS.get(w);
}
