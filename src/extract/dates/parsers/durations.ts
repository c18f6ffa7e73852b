import type { TimexMod } from '../../../types';
import { DURATION_WORDS, HOLIDAY_RULES, TIME_FREQUENCIES, TIME_UNIT_DESIGNATORS } from '../../../language';
import { DURATION_COUNT_SOURCE, DURATION_UNIT_SOURCE, countValue, durationValue } from '../duration';
import { FULL_MONTH_NAMES, FULL_WEEKDAY_NAMES, PARTS_OF_DAY, SEASONS, WEEKDAYS, alternation, monthNumber } from '../lexicon';
import type { Mention } from '../mention';
import { WordParser, wordBefore, type Found } from './base';

/** The alternation of one slot of time-durations.json. */
const alt = (slot: string): string => alternation(DURATION_WORDS(slot));

/** Words before a count of units that make it a period of time ("the past three years", "the first nine months"). */
const PERIOD_WORDS = alt('periodWords');
/** Words before "a year" / "three weeks" that make it a span ("within a year", "for a week", "more than a decade"). */
const SPAN_BEFORE = new Set(DURATION_WORDS('spanBefore'));
/** A figure or frequency just before "a year" makes it a rate, a TIMEX3 SET ("$33 million a year", "twice a week", "four flights a week"). */
const RATE_BEFORE = new RegExp(`(?:\\d|%|\\b(?:${alt('rateBefore')}|[a-z]{3,}[^s'’\\s]s))\\s*$`, 'i');

/** Words after a written count that leave it a count of something else ("two of them"). */
const COUNT_NOT_LINKING = new RegExp(`^\\s+(?:${alt('countNotLinking')})\\b`);

/** Words after a counted unit that make it a shift ("three years ago"), the CountedShiftParser's. */
const SHIFT_FOLLOWER = new RegExp(`^\\s+(?:${alt('shiftFollowers')})\\b`, 'i');

/** Modifiers that belong to a duration's extent (TimeML mod). */
const DURATION_MODS: Array<[RegExp, TimexMod]> = [
  [new RegExp(`(?:^|[^\\p{L}])(?:${alt('approximately')})\\s+$`, 'iu'), 'APPROX'],
  [new RegExp(`(?:^|[^\\p{L}])(?:${alt('nearly')})\\s+$`, 'iu'), 'APPROX'],
  [/(?:^|[^\p{L}])more\s+than\s+$/iu, 'MORE_THAN'],
  [/(?:^|[^\p{L}])(?:less|fewer)\s+than\s+$/iu, 'LESS_THAN'],
  [/(?:^|[^\p{L}])at\s+least\s+$/iu, 'EQUAL_OR_MORE'],
];

function withMod(text: string, found: Found): Found {
  const before = text.slice(Math.max(0, found.index - 20), found.index);
  for (const [re, mod] of DURATION_MODS) {
    const m = re.exec(before);
    if (!m) continue;
    const lead = m[0].replace(/^[^\p{L}]+/u, '');
    return { ...found, index: found.index - lead.length, text: text.slice(found.index - lead.length, found.index + found.text.length), mod };
  }
  return found;
}

const isWrittenOne = (w: string): boolean => /^(?:a|an|one)$/i.test(w);

/**
 * Periods of counted units the quantity extractor leaves to dates ("the past three years", "the next 14 months",
 * "the first nine months", "the last twenty four hours", "the next couple of years or so") and wordless-count
 * spans ("within a year", "a couple of weeks", "more than a decade"). "$33 million a year" is a SET (P1Y).
 */
export class PeriodDurationParser extends WordParser {
  constructor() {
    super(`(?:(the)\\s+)?(?:(${PERIOD_WORDS})\\s+)?(${DURATION_COUNT_SOURCE})[\\s-]+(${DURATION_UNIT_SOURCE})(\\s+or\\s+so)?`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, the, period, countWords, unitWord] = match;
    const end = index + whole.length;
    const rest = text.slice(end, end + 12);
    const designator = TIME_UNIT_DESIGNATORS.get(unitWord.toLowerCase());
    const amount = countValue(countWords);
    if (!designator || amount === undefined) return null;
    if (/^(?:[-–]old|\s+old\b|['’]s?\s)/i.test(rest) || /^[-–]\p{L}/u.test(rest)) return null; // ages, "a year-earlier", "three-year-old"
    if (SHIFT_FOLLOWER.test(rest)) return null; // shifts are the CountedShiftParser's
    const plural = /s$/i.test(unitWord);
    const value = durationValue(amount, designator);
    const span = { index, text: whole };
    if (period) {
      // "the last three years" is a span; "the last week" (no count) is the RelativeUnitParser's.
      if (period.toLowerCase() === 'recent' && the) return null;
      return withMod(text, { ...span, mention: { kind: 'duration', value } });
    }
    const one = isWrittenOne(countWords);
    if (the) {
      // "the nine months", "the four days": a stated period; "the one day" is rare and "the first" needs its word.
      if (one || typeof amount !== 'number' || !plural) return null;
      return { ...span, mention: { kind: 'duration', value } };
    }
    // "a five year low", "a two day rally": a written count and a singular unit before a noun (TimeML marks the count
    // and unit); the hyphenated "two-day visit" is the quantity extractor's.
    if (!one && !plural && typeof amount === 'number' && !/^\d/.test(countWords) && !/[-–]/.test(whole) && /^\s+[a-z]/.test(rest) && !COUNT_NOT_LINKING.test(rest)) {
      return { ...span, mention: { kind: 'duration', value } };
    }
    if (/^\d/.test(countWords) || (!one && typeof amount === 'number' && !/^(?:a\s+)?couple/i.test(countWords))) return null; // the quantity extractor's
    if (one && plural) return null;
    if (/^(?:some|many)$/i.test(countWords)) return null; // "some days", "many years" are the VagueDurationParser's
    const prev = wordBefore(text, index).replace(/[,;:]+$/, '');
    if (one && !/^one$/i.test(countWords) && RATE_BEFORE.test(text.slice(Math.max(0, index - 24), index)) && !SPAN_BEFORE.has(prev)) {
      return { ...span, mention: { kind: 'set', value: durationValue(1, designator) } };
    }
    if (/^one$/i.test(countWords)) return null; // "one day" is as often "some day" or a count
    if (!SPAN_BEFORE.has(prev) && !/^(?:a\s+)?couple/i.test(countWords) && !/^\s*(?:of|in|to|and|or|[,.;:!?)])/.test(rest)) return null;
    return withMod(text, { ...span, mention: { kind: 'duration', value } });
  }
}

const MONTHS_ALT = alternation(FULL_MONTH_NAMES);
const WEEKDAYS_ALT = alternation(FULL_WEEKDAY_NAMES);
const POD_ALT = alternation([...PARTS_OF_DAY.keys()]);
const SEASON_ALT = alternation([...SEASONS.keys()]);
const FREQ_ALT = alternation(TIME_FREQUENCIES.keys());

/** The TIMEX3 SET value of "every <unit word>": a unit (P1W), a weekday (XXXX-WXX-4), a month (XXXX-07), a part of day (TMO), a season. */
function everyValue(word: string, count: number): string | null {
  const w = word.toLowerCase();
  const weekday = FULL_WEEKDAY_NAMES.indexOf(w);
  if (weekday >= 0) return `XXXX-WXX-${weekdayIso(w)}`;
  const month = monthNumber(w);
  if (month !== undefined) return `XXXX-${String(month).padStart(2, '0')}`;
  const pod = PARTS_OF_DAY.get(w);
  if (pod) return `XXXX-XX-XXT${pod}`;
  const season = SEASONS.get(w);
  if (season) return `XXXX-${season}`;
  const d = TIME_UNIT_DESIGNATORS.get(w);
  return d ? durationValue(count, d) : null;
}

/** ISO 8601 weekday number of a full weekday name (Monday 1 … Sunday 7), 0 for another word. */
const weekdayIso = (w: string): number => {
  const n = WEEKDAYS.get(w.toLowerCase());
  return n === undefined ? 0 : n || 7; // the lexicon counts from Sunday = 0
};

/**
 * TIMEX3 SETs: frequency adverbs ("daily", "annually"), "every/each" + a unit, weekday, month, part of day or
 * season ("every week", "each Thursday", "every other year", "every two years"), plural weekdays ("on Mondays",
 * "Tuesday nights").
 */
/** A frequency word right before a name is a newspaper ("the party daily Granma", "the weekly Der Spiegel"), not a SET. */
function namesPublication(text: string, end: number): boolean {
  const next = /^ +(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(end, end + 30));
  return next !== null && !WEEKDAYS.has(next[1].toLowerCase()) && monthNumber(next[1]) === undefined;
}

export class SetParser extends WordParser {
  constructor() {
    super(
      `(?:(${FREQ_ALT})|(every|each)\\s+(?:(other)\\s+)?(?:(${DURATION_COUNT_SOURCE})\\s+)?(${DURATION_UNIT_SOURCE}|${WEEKDAYS_ALT}|${MONTHS_ALT}|${POD_ALT}|${SEASON_ALT})|(${WEEKDAYS_ALT})s(?:\\s+(${POD_ALT})s)?|(${WEEKDAYS_ALT})\\s+(${POD_ALT})s)`,
    );
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, freq, every, other, countWords, unitWord, pluralDay, pluralPod, day, podPlural] = match;
    const span = { index, text: whole };
    if (freq) {
      const prev = wordBefore(text, index);
      if (/^\p{Lu}/u.test(freq) && !/(?:^|[.!?]["”’]?\s+|\n\s*)["“‘(]*$/.test(text.slice(Math.max(0, index - 6), index))) return null; // "the Daily Telegraph"
      if (prev === 'average' || prev === 'per') return null; // "average daily volume" is a measure's name
      if (namesPublication(text, index + freq.length)) return null; // "the Communist Party daily Granma"
      const value = TIME_FREQUENCIES.get(freq.toLowerCase());
      return value ? { ...span, mention: { kind: 'set', value } } : null;
    }
    if (every) {
      const count = countWords ? countValue(countWords) : other ? 2 : 1;
      if (typeof count !== 'number') return null;
      const isUnit = TIME_UNIT_DESIGNATORS.has(unitWord.toLowerCase());
      if (!isUnit && !/^\p{Lu}/u.test(unitWord) && (FULL_WEEKDAY_NAMES.includes(unitWord.toLowerCase()) || monthNumber(unitWord) !== undefined)) return null;
      if (countWords && !isUnit) return null;
      const value = everyValue(unitWord, other && !countWords ? 2 : count);
      return value ? { ...span, mention: { kind: 'set', value } } : null;
    }
    const dayWord = pluralDay ?? day;
    if (!/^\p{Lu}/u.test(dayWord)) return null;
    const pod = pluralPod ?? podPlural;
    const value = `XXXX-WXX-${weekdayIso(dayWord)}${pod ? `T${PARTS_OF_DAY.get(pod.toLowerCase()) ?? ''}` : ''}`;
    return { ...span, mention: { kind: 'set', value } };
  }
}

const SAME = alt('sameWords');
const SAME_LEAD = new RegExp(`^the\\s+(?:(?:${SAME})\\s+)?`, 'i');

/**
 * Business news' comparison periods: "year-earlier" ("year-earlier profit"), "the year-ago quarter", "the
 * comparable year-earlier period": the period the article is about, a year before.
 */
export class YearAgoParser extends WordParser {
  constructor() {
    super(
      `(?:(the)\\s+(?:(?:${SAME})\\s+)?)?(?:year[-–](?:${alt('yearAgoWords')})|a[-–]year[-–](?:${alt('aYearAgoWords')}))(?:\\s+((?:(?:${alt('yearAgoOrdinals')})\\s+)?(?:${alt('yearAgoParts')})))?`,
    );
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, the, noun] = match;
    const text = the && !noun ? whole.replace(SAME_LEAD, '') : whole;
    const start = index + whole.length - text.length;
    const mention: Mention = { kind: 'relative', unit: 'year', offset: -1, keepQuarter: true };
    return { index: start, text, mention };
  }
}

/**
 * Hyphenated durations without a figure, as modifiers: "a day-long meeting" (P1D), "a decades-long battle" (PXDE),
 * "a several-year tenure" (PXY). With a figure ("a three-day trip") they are the quantity extractor's.
 */
export class HyphenDurationParser extends WordParser {
  constructor() {
    super(`(?:(${alt('hyphenVagueCounts')})-)?(${DURATION_UNIT_SOURCE})(?:-(${alt('hyphenSuffixes')}))?`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, vague, unitWord, suffix] = match;
    if (!vague && !suffix) return null;
    if (/[-–]$/.test(text.slice(Math.max(0, index - 1), index))) return null; // "three-day-long" is counted
    const prev = wordBefore(text, index);
    if (/\d/.test(prev) || (countValue(prev) !== undefined && !/^an?$/.test(prev))) return null; // "a 20 year-old", "two hour-long sets": counted too
    if (/^[-–]\p{L}/u.test(text.slice(index + whole.length, index + whole.length + 2))) return null;
    const designator = TIME_UNIT_DESIGNATORS.get(unitWord.toLowerCase());
    if (!designator) return null;
    const plural = /s$/i.test(unitWord);
    return { index, text: whole, mention: { kind: 'duration', value: durationValue(vague || plural ? 'X' : 1, designator) } };
  }
}

const LAST_YEAR = alt('lastYearWords');
const PARTS = alt('yearAgoParts');

/**
 * The period the article is about, a year back, named with a separate "last year" or "a year ago": "the
 * corresponding period last year", "the quarter a year ago", "last year's quarter" (TimeML gives the period:
 * 1988-Q3 in a story on the third quarter of 1989).
 */
export class LastYearPeriodParser extends WordParser {
  constructor() {
    super(`(?:the\\s+(?:(?:${SAME})\\s+)?(?:${PARTS})\\s+(?:(?:of|in)\\s+)?(?:${LAST_YEAR})|(?:${LAST_YEAR})['’]s\\s+(?:${PARTS}))`);
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    return { index, text: match[0], mention: { kind: 'relative', unit: 'year', offset: -1, keepQuarter: true } };
  }
}

/** "the year before", "the quarter-end", "the year 2000": the unit is tied to what follows. */
const THE_UNIT_TIED = new RegExp(`^(?:\\s*[-–]\\s*\\d|\\s+(?:\\d|${alt('theUnitFollowers')}|-)|[-–])`, 'i');
/** "that day of the vote", "that year when", "that Tuesday": not an anaphoric time. */
const THAT_UNIT_TIED = new RegExp(`^\\s+(?:${alt('thatUnitFollowers')}|\\p{Lu})`, 'u');
const NOT_AFTER_WHOLE = new RegExp(`^(?:${alt('notAfterWholes')})$`);
const GOVERNING_EDGE = new RegExp(`(?:${alt('governingEdges')})\\s+of\\s+$`, 'i');

/**
 * A unit with "the" and nothing else, meaning the period the text is about: "the quarter" and "the latest
 * quarter" (the quarter named before, else the last one before publication), "the year" (the year named in the
 * sentence, else the publication's), "the weekend" (the nearest weekend in the direction of the sentence).
 */
export class DefiniteUnitParser extends WordParser {
  constructor() {
    super(`(the)\\s+(?:(${alt('theUnitModifiers')}|1\\d{3}|20\\d{2})\\s+)?(?:fiscal\\s+)?(${alt('theUnits')})`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, , which, unit] = match;
    if (/fiscal\s+fiscal/i.test(whole)) return null;
    const end = index + whole.length;
    const rest = text.slice(end, end + 16);
    // "a high for the year of $42.875": the year's figure follows, not a tie to something else
    if (THE_UNIT_TIED.test(rest) && !(/^year$/i.test(unit) && /^\s+of\s+(?:[$€£¥]|\d)/.test(rest))) return null;
    const w = which?.toLowerCase();
    const u = unit.toLowerCase();
    if (w && /^\d{4}$/.test(w)) {
      return u === 'quarter' || u === 'period' ? { index, text: whole, mention: { kind: 'relative', unit: 'quarter', offset: 0, statedYear: Number(w) } } : null;
    }
    // "the latest period", "the same period": the quarter the article is about, and only when it named one.
    if (u === 'period') return w && w !== 'full' ? { index, text: whole, mention: { kind: 'relative', unit: 'quarter', offset: 0, anchor: 'discourse', requireDiscourse: true } } : null;
    if (u === 'week' || u === 'month') return w ? null : { index, text: whole, mention: { kind: 'relative', unit: u, offset: 0 } };
    if (NOT_AFTER_WHOLE.test(wordBefore(text, index).replace(/^of$/, ''))) return null;
    const governedEdge = GOVERNING_EDGE.test(text.slice(Math.max(0, index - 16), index));
    // "the first nine months of the year" is a part of the year the text is about
    const unitsOf = /(\p{L}+)\s+of\s+$/u.exec(text.slice(Math.max(0, index - 20), index));
    const partOf = unitsOf !== null && TIME_UNIT_DESIGNATORS.has(unitsOf[1].toLowerCase());
    if (!governedEdge && !partOf && /\b(?:of|the)\s*$/i.test(text.slice(Math.max(0, index - 4), index)) && u === 'year') return null; // "person of the year"
    if (u === 'quarter') return { index, text: whole, mention: { kind: 'relative', unit: 'quarter', offset: 0, anchor: 'discourse', fallbackOffset: w === 'current' ? 0 : -1 } };
    if (u === 'weekend') return w ? null : { index, text: whole, mention: { kind: 'relative', unit: 'weekend', offset: 0, nearest: true } };
    if (w === 'latest') return null;
    // "the (fiscal) year ended Sept. 30": a twelve-month reporting period named by its end, which TimeBank marks as
    // a DURATION (P1Y); the quarter of the same phrase stays a date (the quarter is a calendar unit).
    if (/^\s+(?:ended|ending)\b/i.test(rest)) return { index, text: whole, mention: { kind: 'duration', value: 'P1Y' } };
    return { index, text: whole, mention: { kind: 'relative', unit: 'year', offset: 0, anchor: 'discourse' } };
  }
}

/**
 * Anaphoric times: "that day", "that same year", "later that year", "earlier that day", "that quarter": the time
 * the text gave just before (the day in the paragraph, the year in the sentence or the quarter of the article).
 */
export class AnaphoricParser extends WordParser {
  constructor() {
    super(`(?:(${alt('thatEdge')})\\s+)?that\\s+(?:same\\s+)?(${alt('thatUnits')})`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, , unit] = match;
    const end = index + whole.length;
    if (THAT_UNIT_TIED.test(text.slice(end, end + 12))) return null;
    const u = unit.toLowerCase() as 'day' | 'week' | 'month' | 'year' | 'quarter';
    return { index, text: whole, mention: { kind: 'relative', unit: u, offset: 0, anchor: 'discourse', requireDiscourse: true } };
  }
}

/** "year-end", "year end", "year's end": the end of the publication's year (TimeML keeps the year). */
export class YearEndParser extends WordParser {
  constructor() {
    super("year(?:[-–\\s]|['’]s\\s+)end");
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    if (/^\p{L}/u.test(text.slice(index + match[0].length))) return null;
    if (/\d\s*$/.test(text.slice(Math.max(0, index - 3), index))) return null; // "1989 year-end" is the YearParser's
    return { index, text: match[0], mention: { kind: 'relative', unit: 'year', offset: 0, nearest: true }, mod: 'END' };
  }
}

/** Holidays: "Thanksgiving Day", "last Christmas", "Election Day" (src/language/en/holidays.json). */
export class HolidayParser extends WordParser {
  constructor() {
    super(`(?:(${alt('holidayShift')})\\s+)?(${alternation(HOLIDAY_RULES.keys())})`, '');
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, which, name] = match;
    const rule = HOLIDAY_RULES.get(name);
    if (!rule) return null;
    const month = rule.startsWith('easter') ? 4 : Number(rule.slice(0, 2));
    const relation = which ? (which === 'last' ? 'last' : which === 'next' ? 'next' : 'this') : undefined;
    // "Easter week", "Thanksgiving week": the week of the holiday (TIMEX3 week value)
    const week = /^\s+week(?![\p{L}-])/iu.exec(text.slice(index + whole.length, index + whole.length + 8));
    const span = week ? whole + week[0] : whole;
    return { index, text: span, mention: { kind: 'holiday', rule, month, ...(relation ? { relation } : {}), ...(week ? { week: true } : {}) } };
  }
}


/**
 * "noon", "midday", "midnight", alone or with a weekday ("noon Thursday", "Friday at midnight"): a clock time
 * (chrono's casual time parser, which would resolve against the clock, is not used).
 */
export class NoonParser extends WordParser {
  constructor() {
    super(`(?:(${WEEKDAYS_ALT})\\s+(?:at\\s+)?(${alt('noonWords')})|(${alt('noonWords')})(?:\\s+(?:on\\s+)?(${WEEKDAYS_ALT}))?)`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, dayBefore, clockAfter, clock, dayAfter] = match;
    if (clock && (/^\p{Lu}/u.test(clock) || wordBefore(text, index) === 'high')) return null; // "High Noon", "high noon"
    const day = dayBefore ?? dayAfter;
    if (day && !/^\p{Lu}/u.test(day)) return null;
    const hour = (clockAfter ?? clock).toLowerCase() === 'midnight' ? 24 : 12;
    const weekday = day ? WEEKDAYS.get(day.toLowerCase()) : undefined;
    return { index, text: whole, mention: { kind: 'calendar', hour, minute: 0, ...(weekday !== undefined ? { weekday } : {}) } };
  }
}

/**
 * A day counted from the narrative's day: "the next morning", "the previous evening", and "the day after" / "the
 * day before" standing alone ("The day after, he resigned"); "the day after his death" names an event instead.
 */
export class NarrativeDayParser extends WordParser {
  constructor() {
    super(`the\\s+(?:(${alt('podShift')})\\s+(${POD_ALT})|day\\s+(${alt('dayAfterBefore')}))`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, which, pod, afterBefore] = match;
    const end = index + whole.length;
    if (afterBefore && !/^\s*(?:[,.;:!?)]|$)/.test(text.slice(end, end + 2))) return null;
    const offset = (which ?? afterBefore).toLowerCase() === 'previous' || afterBefore?.toLowerCase() === 'before' ? -1 : 1;
    const partOfDay = pod ? PARTS_OF_DAY.get(pod.toLowerCase()) : undefined;
    return { index, text: whole, mention: { kind: 'relative', unit: 'day', offset, anchor: 'discourse', ...(partOfDay ? { partOfDay } : {}) } };
  }
}
