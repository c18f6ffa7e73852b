import type { ParsingResult } from 'chrono-node';
import { NAMED_DAYS, alternation, monthNumber } from './lexicon';
import { NATIVE_DATE_WORDS } from '../../language';
import type { Annotated, CalendarMention, Relation } from './mention';

/** Prepositions that govern a date; TIMEX3 extents leave them out ("Tuesday" in "on Tuesday"). */
const GOVERNING = new RegExp(`^(?:(?:${alternation(NATIVE_DATE_WORDS('governing'))})\\s+|[,(（]\\s*)+`, 'i');
/** Words before a bare month name that make it a date rather than a name ("Theresa May") or a verb ("may"). */
const MONTH_CONTEXT = new RegExp(`^(?:${alternation(NATIVE_DATE_WORDS('monthContext'))})$`, 'i');
/** A bare month, a linking word and a capitalized word: an event's name ("March for Life", "March of Dimes"), not a month. */
const NAME_LINK = new RegExp(`^\\s+(?:${alternation(NATIVE_DATE_WORDS('nameLinks'))})\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}`, 'u');
/** A weekday name: a word in -day or a short weekday name ("Tues"). */
const WEEKDAY_NAME = new RegExp(`day$|^(?:${alternation(NATIVE_DATE_WORDS('weekdayAbbreviations'))})$`, 'i');
/** "last Tuesday", "next week": the word that points the weekday or week from the reference. */
const WEEK_SHIFT = new RegExp(`\\b(${alternation(NATIVE_DATE_WORDS('weekShift'))})\\s+(?:\\p{L}+day\\b|week\\b)`, 'iu');

/** The part of a chrono result's text that is the date expression proper. */
export function trimGoverning(text: string, index: number): { text: string; index: number } {
  const m = GOVERNING.exec(text);
  let t = m ? text.slice(m[0].length) : text;
  const i = m ? index + m[0].length : index;
  t = t.replace(/[\s,)）]+$/, '');
  return { text: t, index: i };
}

function prevWord(fullText: string, index: number): string {
  const m = /([\p{L}\p{N}'’.-]+)[^\p{L}\p{N}]*$/u.exec(fullText.slice(Math.max(0, index - 30), index));
  return m ? m[1] : '';
}

function nextWord(fullText: string, end: number): string {
  const m = /^\s*([\p{L}\p{N}'’.-]+)/u.exec(fullText.slice(end, end + 30));
  return m ? m[1] : '';
}

const isCapitalized = (w: string): boolean => /^\p{Lu}/u.test(w);

/** True when a sentence-start position: nothing but opening punctuation before it. */
function atSentenceStart(fullText: string, index: number): boolean {
  return /(?:^|[.!?]["”’]?\s+|\n\s*)["“‘(]*$/.test(fullText.slice(Math.max(0, index - 6), index));
}

/**
 * chrono's own results are good at calendar formats and weak on English ambiguity: it reads "march" in
 * "a protest march", "May" in "Theresa May", "Sat" in "she sat", "1/2" as 2 January. This keeps the plausible ones.
 */
export function isPlausibleNative(fullText: string, r: ParsingResult): boolean {
  const s = r.start;
  const { text, index } = trimGoverning(r.text, r.index);
  if (!text) return false;
  const end = index + text.length;
  const hasDate = s.isCertain('day') || s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday');
  if (!s.isCertain('year') && /^\d{1,2}\s*[/.-]\s*\d{1,2}$/.test(text)) return false; // fractions, scores
  if (!s.isCertain('year') && /\d\s+\d{1,2}\/\d{1,2}\b/.test(text)) return false; // mixed fractions: "12 3/4%", "112 5/8"
  if (!hasDate) {
    // A clock time alone: only with a.m./p.m., minutes, noon or midnight.
    // "$2.50 a share" is not 2:50 a.m.: a bare "a" or a full stop between the figures is not a clock.
    return s.isCertain('hour') && hasClock(text);
  }
  const lower = fullText.slice(Math.max(0, index - 25), end + 25).toLowerCase();
  if (NAMED_DAYS.some((d) => lower.includes(d) && d.split(' ').some((w) => text.toLowerCase().includes(w)))) return false;
  const words = text.match(/\p{L}+\.?/gu) ?? [];
  for (const w of words) {
    const bare = w.replace(/\.$/, '');
    const isName = monthNumber(bare) !== undefined || WEEKDAY_NAME.test(bare);
    if (isName && !isCapitalized(bare)) return false; // "march", "may", "sat", "wed"
  }
  if (s.isOnlyWeekdayComponent()) {
    const word = words.find((w) => /day$/i.test(w) || /^[A-Z][a-z]{2,4}\.$/.test(w));
    return Boolean(word); // abbreviations only with a full stop ("Tue.")
  }
  const monthOnly = s.isCertain('month') && !s.isCertain('day') && !s.isCertain('year');
  if (monthOnly) {
    const word = words[words.length - 1]?.replace(/\.$/, '') ?? '';
    if (word.length <= 3 && word !== 'May') return false; // "Jan", "Mar": names and abbreviations, rarely a bare month
    const before = prevWord(fullText, index);
    const after = nextWord(fullText, end);
    const governed = MONTH_CONTEXT.test(before) || GOVERNING.test(r.text);
    if (word === 'May' && !governed) return false;
    if (!governed && isCapitalized(before) && !atSentenceStart(fullText, index)) return false; // "Theresa May", "Mrs March"
    if (!governed && isCapitalized(after) && !/^(?:I)$/.test(after)) return false; // "April Ryan", "June Carter"
    if (!governed && NAME_LINK.test(fullText.slice(end, end + 40))) return false; // "the annual March for Life"
  }
  return true;
}

/** A clock time is written as one: "3:30", "3 p.m.", "noon", "midnight", "four o'clock". */
const hasClock = (text: string): boolean => /\d:\d\d/.test(text) || /\d\s*(?:[ap]\.m\.?|[ap]m)(?![\p{L}])|noon|midnight|o'clock/iu.test(text);

/**
 * chrono merges a bare figure next to a date into a clock ("fell 6.43, on Friday", "Jan. 1, 1990 at 1,015 francs"):
 * without a written clock the figure is not a time, so it leaves the extent and the hour is dropped.
 */
function withoutBareFigure(text: string, index: number): { text: string; index: number } {
  const lead = /^\d+(?:[.:]\d+)?\s*,?\s*(?:(?:on|at)\s+)?/.exec(text);
  if (lead && /\p{L}/u.test(text.slice(lead[0].length))) return { text: text.slice(lead[0].length), index: index + lead[0].length };
  const tail = /\s*,?\s*(?:at\s+)?\d+(?:[.:]\d+)?$/.exec(text);
  if (tail && tail.index > 0) return { text: text.slice(0, tail.index), index };
  return { text, index };
}

/** Which way "last Tuesday" / "next Friday" / "this Sunday" points. */
function relationIn(text: string): Relation | undefined {
  const m = WEEK_SHIFT.exec(text);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return w === 'last' || w === 'past' ? 'last' : w === 'this' ? 'this' : 'next';
}

/** The fields chrono found stated in the text (its knownValues); its implied values are ignored on purpose. */
export function nativeToMention(r: ParsingResult): Annotated & { index: number; text: string } {
  const s = r.start;
  const trimmed = trimGoverning(r.text, r.index);
  const hasDate = s.isCertain('day') || s.isCertain('month') || s.isCertain('year') || s.isCertain('weekday');
  const bareFigure = hasDate && s.isCertain('hour') && !hasClock(trimmed.text);
  const { text, index } = bareFigure ? withoutBareFigure(trimmed.text, trimmed.index) : trimmed;
  const mention: CalendarMention = { kind: 'calendar' };
  if (s.isCertain('year')) mention.year = s.get('year') ?? undefined;
  if (s.isCertain('month')) mention.month = s.get('month') ?? undefined;
  if (s.isCertain('day')) mention.day = s.get('day') ?? undefined;
  if (s.isCertain('weekday')) mention.weekday = s.get('weekday') ?? undefined;
  if (s.isCertain('hour') && !bareFigure) {
    mention.hour = s.get('hour') ?? undefined;
    mention.minute = s.get('minute') ?? 0;
  }
  const relation = relationIn(text);
  if (relation && mention.weekday !== undefined && mention.day === undefined) mention.relation = relation;
  return { index, text, mention };
}
