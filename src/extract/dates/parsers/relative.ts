import type { TimexMod } from '../../../types';
import { FULL_MONTH_NAMES, NUMBER_WORDS, PARTS_OF_DAY, SEASONS, alternation, monthNumber, numberWord } from '../lexicon';
import type { Mention, PartOfDay, Relation, Unit } from '../mention';
import { WordParser, wordBefore, type Found } from './base';
import { EDGE_MODS, PERIOD_ORDINALS, RELATIVE_WORDS, TENSE_ADJECTIVE_BEFORE, TIME_UNIT_DESIGNATORS } from '../../../language';

/** The alternation of one slot of time-relative.json. */
const alt = (slot: string): string => alternation(RELATIVE_WORDS(slot));
/** A whole-word test for one slot of time-relative.json. */
const isWord = (slot: string): RegExp => new RegExp(`^(?:${alt(slot)})$`);


/**
 * Calendar units shifted from an anchor: "this year", "last month", "next year's", "earlier this month",
 * "later this week", "the previous year", "the following day", "late last year", "the past year" (the year
 * before the reference, as TimeBank marks it). chrono resolves these to a full date at once; we keep the unit and the shift,
 * so that the value comes out at the expression's own granularity and only when the reference date allows it.
 */
export class RelativeUnitParser extends WordParser {
  constructor() {
    super(
      `(?:(${alt('unitEdge')})\\s+)?(?:(the)\\s+)?(${alt('unitShift')})\\s+(${alt('units')})`,
    );
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [, edge, the, which, unitWord] = match;
    const w = which.toLowerCase();
    const unit = unitWord.toLowerCase() as Unit;
    const mod: TimexMod | undefined = edge?.toLowerCase() === 'early' ? 'START' : edge?.toLowerCase() === 'late' ? 'END' : undefined;
    const extra = mod ? { mod } : {};
    const span = { index, text: match[0] };
    // "ABC's \"This Week\"": every word capitalised in mid-sentence is a title, not a time.
    if (/^\p{Lu}\S*\s+\p{Lu}/u.test(match[0]) && !/(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, index - 3), index))) return null;
    if (the) {
      // "the past year", "the last decade": TimeBank and AQUAINT mark the calendar unit before the reference
      // (DATE 1997, 198), not a length; a day or a weekend stays a length ("the past day", P1D).
      if ((w === 'past' || w === 'last') && (unit === 'day' || unit === 'weekend')) return { ...span, mention: { kind: 'duration', value: `P1${TIME_UNIT_DESIGNATORS.get(unit) ?? ''}` }, ...extra };
      if (w === 'past' || w === 'last') return { ...span, mention: { kind: 'relative', unit, offset: -1 }, ...extra };
      if (w === 'coming') return { ...span, mention: { kind: 'relative', unit, offset: 1 }, ...extra };
      if (w === 'current') return { ...span, mention: { kind: 'relative', unit, offset: 0 }, ...extra };
      const offset = w === 'previous' ? -1 : w === 'following' || w === 'next' ? 1 : w === 'same' ? 0 : NaN;
      if (Number.isNaN(offset)) return null;
      return { ...span, mention: { kind: 'relative', unit, offset, anchor: 'discourse' }, ...extra };
    }
    if (unit === 'day') return null; // "next day" without "the" is rare and "this day" is idiomatic
    if (w === 'following' || w === 'same') return null;
    if (w === 'past') return null; // "past year" without "the" ("past year's") is too often adjectival
    const offset = w === 'this' || w === 'current' ? 0 : w === 'next' || w === 'coming' ? 1 : -1;
    if (w === 'last' && /^\s+(?:of|two|three|few|several|\d)/.test(text.slice(index + match[0].length))) return null;
    return { ...span, mention: { kind: 'relative', unit, offset }, ...extra };
  }
}

const POD = alternation([...PARTS_OF_DAY.keys()]);

/**
 * Day-level deictic words: "today", "yesterday", "tomorrow", "tonight", "earlier today", "last night",
 * "this morning", "yesterday afternoon". "today" meaning "nowadays" ("the issues today", "the world of today")
 * is PRESENT_REF.
 */
export class DeicticDayParser extends WordParser {
  constructor() {
    super(`(?:(${alt('nearEdge')})\\s+)?(?:(${alt('dayDeictic')})(?:\\s+(${POD}))?|(${alt('podShift')})\\s+(${POD}))`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [, edge, dayWord, dayPod, thisLast, pod] = match;
    const span = { index, text: match[0] };
    if (dayWord) {
      const d = dayWord.toLowerCase();
      // "told Today", "Are You Lonesome Tonight": capitalised mid-sentence, a title or programme name.
      if (!edge && /^\p{Lu}/u.test(dayWord) && !/(?:^|[.!?:]["”’']?\s+|\n\s*)["“‘('`]*$/.test(text.slice(Math.max(0, index - 6), index))) return null;
      if (d === 'today' && !edge && !dayPod && meansNowadays(text, index)) {
        return { ...span, mention: { kind: 'ref', value: 'PRESENT_REF' } };
      }
      // "the people of tomorrow", "the cars of tomorrow": the future at large (TimeML FUTURE_REF); "the events of
      // yesterday" is still the day before
      if (d === 'tomorrow' && !edge && !dayPod && wordBefore(text, index) === 'of' && !/^['’]s/.test(text.slice(index + d.length))) {
        return { ...span, mention: { kind: 'ref', value: 'FUTURE_REF' } };
      }
      const offset = d === 'yesterday' ? -1 : d === 'tomorrow' ? 1 : 0;
      const partOfDay: PartOfDay | undefined = d === 'tonight' ? 'NI' : dayPod ? PARTS_OF_DAY.get(dayPod.toLowerCase()) : undefined;
      return { ...span, mention: { kind: 'relative', unit: 'day', offset, ...(partOfDay ? { partOfDay } : {}) } };
    }
    const p = PARTS_OF_DAY.get(pod.toLowerCase());
    const offset = thisLast.toLowerCase() === 'last' ? (p === 'NI' ? -1 : NaN) : 0;
    if (Number.isNaN(offset)) return null; // "last morning" is not idiomatic
    return { ...span, mention: { kind: 'relative', unit: 'day', offset, partOfDay: p } };
  }
}

const NON_PLURAL_ENDING = new RegExp(`(?:${alt('nonPluralEndings')})$`);
const NOT_PLURAL_NOUN = isWord('notPluralNouns');
const ADJECTIVE = new RegExp(`^[a-z]{3,}(?:${alt('adjectiveEndings')})$`);

/** "today" after a plural noun or "of" ("issues today", "the world of today") is the present, not the date. */
function meansNowadays(text: string, index: number): boolean {
  if (/^['’]s/.test(text.slice(index + 5))) return false;
  const prev = wordBefore(text, index);
  if (prev === 'of') return true;
  if (!/^[a-z]{3,}s$/.test(prev) || NON_PLURAL_ENDING.test(prev) || NOT_PLURAL_NOUN.test(prev)) return false;
  // The word in -s must be a plural noun, not a verb after its subject ("whatever happens today", "noon comes
  // today"): a determiner or an adjective stands before it ("the urgent issues today", "these problems today").
  const prev2 = wordBefore(text, index - prev.length - 1);
  return TENSE_ADJECTIVE_BEFORE.has(prev2) || ADJECTIVE.test(prev2);
}

const COUNT = `${alternation([...NUMBER_WORDS.keys()])}|\\d{1,3}|${alt('vagueCounts')}`;

/**
 * Counted shifts: "two years ago", "10 years ago", "a decade ago", "three months earlier", "a year later".
 * "ago" counts from the publication date; "earlier"/"later" from another time in the text.
 * Vague counts ("a few years ago") are PAST_REF.
 */
export class CountedShiftParser extends WordParser {
  constructor() {
    super(`(${COUNT})[\\s-]+(${alt('agoUnits')})s?\\s+(${alt('agoWords')})`);
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    const [, countWord, unitWord, direction] = match;
    const span = { index, text: match[0] };
    const dir = direction.toLowerCase().replace(/\s+/g, ' ');
    const n = numberWord(countWord);
    if (n === undefined) {
      if (dir === 'ago' || dir === 'earlier' || dir === 'previously') return { ...span, mention: { kind: 'ref', value: 'PAST_REF' } };
      return null;
    }
    const unit = (unitWord.toLowerCase() === 'centurie' ? 'century' : unitWord.toLowerCase()) as Unit;
    const sign = dir === 'later' || dir === 'from now' ? 1 : -1;
    const anchor = dir === 'ago' || dir === 'from now' ? 'publication' : 'discourse';
    // "a decade ago" keeps the decade's granularity only when the unit is a decade; "10 years ago" is a year.
    return { ...span, mention: { kind: 'relative', unit, offset: sign * n, anchor, ...(unit === 'year' ? { keepQuarter: true } : {}) } };
  }
}

const MONTHS_ALT = alternation(FULL_MONTH_NAMES);

/** "last June", "next March", "this May", and "December last year": a month pointed at from the reference. */
export class RelativeMonthParser extends WordParser {
  constructor() {
    super(`(?:(${alt('monthShift')})\\s+(${MONTHS_ALT})|(${MONTHS_ALT})\\s+(${alt('monthYearShift')})\\s+year)`);
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    if (match[3]) {
      const month = monthNumber(match[3]);
      if (!month || !/^\p{Lu}/u.test(match[3])) return null;
      const r = match[4].toLowerCase();
      return { index, text: match[0], mention: { kind: 'calendar', month, yearShift: r === 'last' ? -1 : r === 'next' ? 1 : 0 } };
    }
    const month = monthNumber(match[2]);
    if (!month || match[2][0] !== match[2][0].toUpperCase()) return null;
    const r = match[1].toLowerCase();
    const relation: Relation = r === 'last' || r === 'past' ? 'last' : r === 'this' ? 'this' : 'next';
    return { index, text: match[0], mention: { kind: 'calendar', month, relation } };
  }
}

const SEASON_ALT = alternation([...SEASONS.keys()]);
/** Words that may follow a season used as a time ("in the summer, ...", "last winter when"), not as a modifier ("summer holidays"). */
const AFTER_SEASON = new RegExp(`^(?:|[,.;:!?)—–-].*|${alt('seasonFollowers')})$`, 'i');

const SEASON_GOVERNING = isWord('seasonGoverning');

/** Seasons: "summer 2020", "the summer of 2020", "last winter", "this spring", "in the autumn". */
export class SeasonParser extends WordParser {
  constructor() {
    super(`(?:(the)\\s+)?(?:(${alternation(EDGE_MODS.keys())})[\\s-]+)?(?:(${alt('seasonShift')})\\s+)?(${SEASON_ALT})(?:(?:\\s+of)?\\s+(1\\d{3}|20\\d{2})(?!\\d))?`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [, the, edge, which, seasonWord, yearDigits] = match;
    const season = SEASONS.get(seasonWord.toLowerCase());
    const end = index + match[0].length;
    const mod = edge ? (EDGE_MODS.get(edge.toLowerCase()) as TimexMod | undefined) : undefined;
    const extra = mod ? { mod } : {};
    if (yearDigits) return { index, text: match[0], mention: { kind: 'calendar', year: Number(yearDigits), season }, ...extra };
    const prev = wordBefore(text, index);
    const next = text.slice(end, end + 20).match(/^\s*([^\s]*)/)?.[1] ?? '';
    const nextWord = /^[,.;:!?)—–-]/.test(next) ? next : next.replace(/[,.;:!?)]+$/, '');
    if (!AFTER_SEASON.test(nextWord) && !/^[,.;:!?)—–-]/.test(nextWord)) return null;
    if (seasonWord.toLowerCase() === 'fall' && !which && !the) return null; // "prices fall"
    if (!which && !the && !SEASON_GOVERNING.test(prev)) return null;
    const r = which?.toLowerCase();
    const relation: Relation | undefined = r === 'last' || r === 'past' ? 'last' : r === 'next' || r === 'coming' ? 'next' : r === 'this' ? 'this' : undefined;
    const mention: Mention = { kind: 'calendar', season, ...(relation ? { relation } : {}) };
    return { index, text: match[0], mention, ...extra };
  }
}

const POD_FOLLOWER = new RegExp(`^\\s+(?:${alt('podFollowers')})\\b`);

/** "in the evening", "during the night": a part of the publication day (or of a day given just before). */
export class PartOfDayParser extends WordParser {
  constructor() {
    super(`(?:in|during)\\s+(the\\s+(${POD}))`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const end = index + match[0].length;
    if (POD_FOLLOWER.test(text.slice(end, end + 10))) return null; // "the morning of 3 May" is chrono's / event's
    const partOfDay = PARTS_OF_DAY.get(match[2].toLowerCase());
    return { index: end - match[1].length, text: match[1], mention: { kind: 'relative', unit: 'day', offset: 0, partOfDay, narrative: true } };
  }
}

/**
 * "mid-afternoon", "by mid morning", "at mid-afternoon yesterday": TIMEX3 part of day with mod MID, on the day the
 * text last gave (or yesterday / today when it follows).
 */
export class MidPartOfDayParser extends WordParser {
  constructor() {
    super(`mid[\\s-]?(${alt('midParts')})(?:\\s+(${alt('midDays')}))?`);
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, podWord, dayWord] = match;
    const partOfDay = PARTS_OF_DAY.get(podWord.toLowerCase());
    if (!partOfDay) return null;
    const offset = dayWord ? (dayWord.toLowerCase() === 'yesterday' ? -1 : 0) : 0;
    return { index, text: whole, mention: { kind: 'relative', unit: 'day', offset, partOfDay, ...(dayWord ? {} : { narrative: true }) }, mod: 'MID' };
  }
}

/** Quarters and halves: "the first quarter of 2023", "Q3 2022", "the second half of last year", "third-quarter profit", "the fiscal first quarter", "this year's third quarter", "the 1988 quarter". */
/**
 * An ordinal quarter with neither "the" nor a preposition right before it is still a company's reporting period
 * when a possessive or a determiner with an adjective introduces it ("its fourth quarter", "Sotheby's third
 * quarter", "the seasonally slow third quarter", "a flat second quarter") or when its end is stated ("fourth
 * quarter ended Sept. 30").
 */
const QUARTER_ENDED = new RegExp(`^\\s+(?:${alt('quarterEnded')})\\b`, 'i');
const QUARTER_POSSESSIVE = new RegExp(`(?:^|[^\\p{L}])(?:${alt('quarterPossessives')})\\s+$`, 'iu');
const QUARTER_DETERMINER = new RegExp(`(?:^|[^\\p{L}])(?:${alt('quarterDeterminers')})\\s+(?:[a-z]+ly\\s+)?[a-z]{3,}\\s+$`, 'u');
const QUARTER_NOT_LINKING = new RegExp(`\\b(?:${alt('quarterNotLinking')})\\s+$`, 'i');
const QUARTER_GOVERNING = isWord('quarterGoverning');
const QUARTER_FIGURE_OF = new RegExp(`^\\s+of\\s+(?:[$€£¥]|\\d|${alt('quarterFigureOf')})`, 'i');

function reportingQuarter(text: string, index: number, after: string): boolean {
  if (QUARTER_ENDED.test(after)) return true;
  const before = text.slice(Math.max(0, index - 40), index);
  if (QUARTER_POSSESSIVE.test(before) || /\p{L}['’]s\s+$/u.test(before)) return true;
  return QUARTER_DETERMINER.test(before) && !QUARTER_NOT_LINKING.test(before);
}

export class QuarterParser extends WordParser {
  constructor() {
    super(
      `(?:(the)\\s+)?(?:(?:(1\\d{3}|20\\d{2})|(${alt('quarterYearShift')})\\s+year['’]s)\\s+)?(?:(fiscal)[\\s-]+)?(?:(${alternation(PERIOD_ORDINALS.keys())})([\\s-]+)(?:fiscal[\\s-]+)?(${alt('quarterParts')})|(Q[1-4]|H[12]))(?:(?:\\s+of)?\\s+(?:(?:fiscal\\s+)?(1\\d{3}|20\\d{2})|(${alt('quarterOfShift')})\\s+year))?`,
    );
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, the, yearBefore, yearRelBefore, fiscal, ordinal, joiner, kind, code, yearAfter, yearRelAfter] = match;
    if (code && !/^[QH]/.test(code)) return null; // "q1" in lower case is not the usual spelling
    const isHalf = kind ? kind.toLowerCase() === 'half' : code.startsWith('H');
    const ordinalValue = code ? Number(code.slice(1)) : PERIOD_ORDINALS.get(ordinal.toLowerCase());
    const n = ordinalValue === 'last' ? (isHalf ? 2 : 4) : ordinalValue;
    const field = isHalf ? { half: n } : { quarter: n };
    const span = { index, text: whole };
    const yearDigits = yearAfter ?? yearBefore;
    const yearRel = yearRelAfter ?? yearRelBefore;
    if (yearDigits) return { ...span, mention: { kind: 'calendar', year: Number(yearDigits), ...field } };
    if (yearRel && !(yearRelAfter && yearRelAfter.toLowerCase() === 'the')) {
      const r = yearRel.toLowerCase();
      const yearShift = r === 'last' ? -1 : r === 'next' ? 1 : 0;
      return { ...span, mention: { kind: 'calendar', yearShift, ...field } };
    }
    if (yearRelAfter) return null; // "the third quarter the year before"
    // Without a year: "the third quarter", "third-quarter profit", "Q3" in the sense of a reporting period; halves
    // are too often a match's, and "first quarter of" belongs to something else ("the first quarter of the century").
    const after = text.slice(index + whole.length);
    if (/^\s+of\b/.test(after) && !QUARTER_FIGURE_OF.test(after)) return null; // "of $8.6 million" is the quarter's figure
    const adjective = joiner && joiner.includes('-');
    if (isHalf && !fiscal && !adjective) return null;
    if (ordinal && !the && !fiscal && !adjective && !QUARTER_GOVERNING.test(wordBefore(text, index)) && !reportingQuarter(text, index, after)) return null;
    const indefinite = !the && !adjective && /(?:^|[^\p{L}])an?\s+(?:\S+\s+){0,2}$/u.test(text.slice(Math.max(0, index - 30), index));
    return { ...span, mention: { kind: 'calendar', ...field, ...(indefinite ? { indefinite } : {}) } };
  }
}
