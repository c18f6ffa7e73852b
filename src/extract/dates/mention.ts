import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { TimexMod } from '../../types';

/**
 * What a date expression SAYS, before it is resolved against the publication date. Parsers produce mentions;
 * resolve.ts turns a mention plus a reference date into a TIMEX3 value. Keeping the two apart is what lets
 * "last year" resolve with a month-precision reference while "on Tuesday" does not.
 */

/** TIMEX3 parts of day: TMO, TAF, TEV, TNI (morning, afternoon, evening, night). */
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
/** TIMEX3 seasons: spring, summer, fall, winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type Unit = 'day' | 'weekend' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
/** Which way an underspecified calendar expression points: "last June", "next Tuesday", "this summer". */
export type Relation = 'last' | 'next' | 'this';

/** A calendar expression with the fields the text states ("21 March 2023", "June", "Tuesday", "summer 2020"). */
export interface CalendarMention {
  kind: 'calendar';
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  hour?: number;
  minute?: number;
  partOfDay?: PartOfDay;
  season?: Season;
  quarter?: number;
  half?: number;
  relation?: Relation;
  /** The year is the anchor's year plus this ("the first quarter of last year" → -1). */
  yearShift?: number;
  /** An indefinite period ("a flat second quarter") is a comparison, not the period the text goes on about. */
  indefinite?: boolean;
  /** A weekday pointed from the narrative's day, not the publication's ("down from the previous Friday"). */
  fromText?: boolean;
  /** Days from the day stated ("the day before last Tuesday" → -1). */
  dayShift?: number;
}

/** "the 1980s": the TIMEX3 decade value is the first three digits (198). */
export interface DecadeMention {
  kind: 'decade';
  decade: number;
}

/** "the 20th century": the TIMEX3 century value is the first two digits (19). */
export interface CenturyMention {
  kind: 'century';
  century: number;
}

/**
 * A shift from an anchor by whole units: "today" (day, 0), "last year" (year, -1), "two years ago" (year, -2),
 * "later this week" (week, 0). `anchor: 'discourse'` means another time in the text, not the publication date
 * ("the previous year", "a year earlier", "the next day").
 */
export interface RelativeMention {
  kind: 'relative';
  unit: Unit;
  offset: number;
  partOfDay?: PartOfDay;
  anchor?: 'publication' | 'discourse';
  /** With a discourse anchor: the shift from the publication date when the text gave no time before ("the quarter" → the last one). */
  fallbackOffset?: number;
  /** A shift by years that keeps the granularity of the quarter the text is about ("a year earlier" after "the third quarter" → that quarter a year before). */
  keepQuarter?: boolean;
  /** Dropped when the text named no such time before ("the same period" with no quarter in the article). */
  requireDiscourse?: boolean;
  /** "the 1988 quarter": the year is stated, the quarter is the one the text is about. */
  statedYear?: number;
  /** The nearest such unit in the direction of the sentence ("over the weekend": the last weekend in a past-tense sentence). */
  nearest?: boolean;
  /** A part of a day the text already named ("Stocks rallied Friday. ... in the morning"): the last day it gave, else the publication's. */
  narrative?: boolean;
  /** Days from the day stated ("the day after yesterday's vote" → +1). */
  dayShift?: number;
}

/** TIMEX3 underspecified references: "recently", "today" (= nowadays), "soon". */
export interface RefMention {
  kind: 'ref';
  value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';
}

/** A duration: vague ("months" → PXM) or a fixed wordless one ("the past year" → P1Y). */
export interface DurationMention {
  kind: 'duration';
  value: string;
}

/** A TIMEX3 SET (a recurring time): "daily" (P1D), "every week" (P1W), "each Thursday" (XXXX-WXX-4). */
export interface SetMention {
  kind: 'set';
  value: string;
}

/** A holiday ("Thanksgiving", "last Christmas"): its day follows a rule (src/language/en/holidays.json). */
export interface HolidayMention {
  kind: 'holiday';
  rule: string;
  /** The holiday's month, to choose its year like a month's. */
  month: number;
  relation?: Relation;
  /** "Easter week": the ISO week of the holiday, not its day. */
  week?: boolean;
}

/** A time fixed by an event the text names ("the eve of his visit"): needs the event's date, which needs world knowledge. */
export interface EventMention {
  kind: 'event';
  event: string;
  /** Days from the event: -1 for "the eve of". */
  offsetDays: number;
}

export type Mention = CalendarMention | DecadeMention | CenturyMention | RelativeMention | RefMention | DurationMention | SetMention | HolidayMention | EventMention;

/** A mention plus what modifies it ("early 2023" → START). */
export interface Annotated {
  mention: Mention;
  mod?: TimexMod;
}

const TAG = 'claimdiff/mention:';
const MOD_TAG = 'claimdiff/mod:';

/** chrono carries our mentions through its refiners as result tags (tags survive clone() and merges). */
export function makeResult(context: ParsingContext, index: number, text: string, annotated: Annotated): ParsingResult {
  const result = context.createParsingResult(index, text);
  result.addTag(TAG + JSON.stringify(annotated.mention));
  if (annotated.mod) result.addTag(MOD_TAG + annotated.mod);
  return result;
}

/** The mention a custom parser attached, or undefined for chrono's own results. */
export function mentionOf(result: { tags(): Set<string> }): Annotated | undefined {
  let mention: Mention | undefined;
  let mod: TimexMod | undefined;
  for (const t of result.tags()) {
    if (t.startsWith(TAG)) mention = JSON.parse(t.slice(TAG.length)) as Mention;
    else if (t.startsWith(MOD_TAG)) mod = t.slice(MOD_TAG.length) as TimexMod;
  }
  return mention ? { mention, ...(mod ? { mod } : {}) } : undefined;
}
