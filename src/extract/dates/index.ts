import type { ParsingReference, ParsingResult } from 'chrono-node';
import type { Candidate, Sentence } from '../../types';
import type { ArticleContext } from '../context';
import type { Extractor } from '../pipeline';
import type { ReferenceDate } from '../reference';
import { createDateEngine } from './engine';
import { annotatedOf } from './refiners';
import { resolveMention, type Discourse, type ResolvedTimex } from './resolve';
import { directionAt } from './tense';
import { isoWeek } from './calendar';
import { alternation } from './lexicon';
import { SPOKEN_NUMBER_WORDS, TIME_CUE_WORDS } from '../../language';

/**
 * A sentence can hold a date only if it has a digit or a time word; chrono and our parsers run on those only
 * (most of the cost of date parsing is running every pattern over text that cannot match).
 */
const TIME_CUE = new RegExp(
  `\\d|\\b(?:${alternation(TIME_CUE_WORDS('cues'), ' ')}|Q[1-4]|H[12]|${alternation(SPOKEN_NUMBER_WORDS('decades'))})`,
  'i',
);

const engine = createDateEngine();

/**
 * chrono needs an instant to parse against. We give it the publication day when known and otherwise a fixed,
 * meaningless date: only the fields chrono marks as stated are read (native.ts), never the ones it implied
 * from this instant, so nothing here can leak the clock or a made-up day into a value.
 */
function chronoReference(ref: ReferenceDate | null): ParsingReference {
  const instant = new Date(Date.UTC(ref?.year ?? 2000, (ref?.month ?? 1) - 1, ref?.day ?? 1, 12));
  return { instant, timezone: 0 };
}

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  time: ResolvedTimex;
  /** A clock time the text gave no day for (its day is the publication's). */
  clockOnly?: boolean;
}

/** The day of a value at day or finer granularity. */
const DAY_OF = /^\d{4}-\d{2}-\d{2}(?=$|T)/;

/** "the week of March 6": the ISO week of that day (TimeML gives the week, not the day). */
function weekOf(text: string, index: number, time: ResolvedTimex): { index: number; time: ResolvedTimex } | null {
  const lead = /\bthe\s+week\s+of\s+$/i.exec(text.slice(Math.max(0, index - 16), index));
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(time.value);
  if (!lead || !day || time.type !== 'DATE') return null;
  const value = isoWeek({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) });
  return { index: index - lead[0].length, time: { ...time, value } };
}

/**
 * Whether a quarter had ended by the publication date. A business story reports on ended quarters; the quarter the
 * story is published in ("fourth-quarter results will suffer") is a forecast and does not become "the quarter".
 */
function quarterEnded(year: number, quarter: number, ref: ReferenceDate | null): boolean {
  if (!ref || ref.month === undefined) return true;
  return year * 4 + quarter - 1 < ref.year * 4 + Math.floor((ref.month - 1) / 3);
}

/** Dates of one sentence, with offsets into the article text. `discourse` carries times the text gave before. */
function datesInSentence(sentence: Sentence, ref: ReferenceDate | null, discourse: Discourse): FoundDate[] {
  const found: FoundDate[] = [];
  let sentenceYear: number | undefined;
  for (const r of engine.parse(sentence.text, chronoReference(ref)) as ParsingResult[]) {
    const a = annotatedOf(r);
    const time = resolveMention(a, {
      reference: ref,
      direction: directionAt(sentence.text, a.index, a.index + a.text.length),
      discourse: { ...discourse, year: sentenceYear },
    });
    if (!time) continue;
    const previous = found[found.length - 1];
    const between = previous ? sentence.text.slice(previous.end - sentence.start, a.index) : '';
    const dayOf = DAY_OF.exec(time.value);
    if (previous?.clockOnly && dayOf && (/^\s*\([^()]{1,30}\)\s*$/.test(between) || (/^\s*\($/.test(between) && time.type === 'TIME'))) {
      // "10:35 a.m. (0735 GMT) Friday": the weekday after the parenthesis is the clock time's day; so is the day of
      // the clock time restated inside it ("4 in the morning (4 a.m. EDT Thursday)")
      previous.time = { ...previous.time, value: dayOf[0] + previous.time.value.slice(10) };
    }
    const week = weekOf(sentence.text, a.index, time);
    const start = sentence.start + (week ? week.index : a.index);
    const text = week ? sentence.text.slice(week.index, a.index + a.text.length) : a.text;
    const m = a.mention;
    const clockOnly = m.kind === 'calendar' && m.hour !== undefined && m.day === undefined && m.weekday === undefined && m.month === undefined && /^\d{4}-\d{2}-\d{2}T/.test(time.value);
    found.push({ start, end: start + text.length, text, time: week ? week.time : time, ...(clockOnly ? { clockOnly } : {}) });
    if (a.mention.kind === 'calendar' && a.mention.year !== undefined && !time.anchored) sentenceYear = a.mention.year;
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(time.value);
    if (day && time.resolved !== false) discourse.day = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
    if (time.resolved !== false && !time.anchored && time.type === 'DATE') {
      const stated = /^(\d{4})(?:-(\d{2}))?/.exec(time.value);
      if (stated) discourse.paragraphYear = Number(stated[1]);
      if (stated?.[2]) discourse.month = { year: Number(stated[1]), month: Number(stated[2]), day: 1 };
    }
    const quarter = /^(\d{4})-Q([1-4])$/.exec(time.value);
    const statedPeriod = a.mention.kind === 'relative' && a.mention.statedYear !== undefined; // "the 1988 period" compares, it does not set the topic
    if (quarter && time.type === 'DATE' && !statedPeriod && ((a.mention.kind === 'calendar' && !a.mention.indefinite) || (a.mention.kind === 'relative' && a.mention.unit === 'quarter')) && quarterEnded(Number(quarter[1]), Number(quarter[2]), ref)) {
      discourse.quarter = { year: Number(quarter[1]), quarter: Number(quarter[2]) };
    }
  }
  return found;
}

/** Every date expression of an article, sentence by sentence, resolved against its publication date. */
export function findDates(ctx: ArticleContext): FoundDate[] {
  const out: FoundDate[] = [];
  let paragraph = -1;
  let discourse: Discourse = {};
  for (const sentence of ctx.sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      // "the next day" looks back within its paragraph first, then to the last day the article gave; the quarter a
      // business story is about holds for the article
      const carried: Discourse = {};
      if (discourse.quarter) carried.quarter = discourse.quarter;
      const lastDay = discourse.day ?? discourse.articleDay;
      if (lastDay) carried.articleDay = lastDay;
      discourse = carried;
    }
    if (!TIME_CUE.test(sentence.text)) continue;
    out.push(...datesInSentence(sentence, ctx.reference, discourse));
  }
  return out;
}

/** Explicit and relative dates as TIMEX3 values (see ../../../docs or interface.md, `date` claims). */
export const dateExtractor: Extractor = {
  name: 'dates',
  extract(ctx: ArticleContext): Candidate[] {
    return findDates(ctx).map((d) => ({
      kind: 'date' as const,
      text: d.text,
      span: { start: d.start, end: d.end },
      time: { expression: d.text, ...d.time },
    }));
  },
};
