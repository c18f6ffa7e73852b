import { MONTHS, PARTS_OF_DAY, alternation, monthNumber } from '../lexicon';
import type { PartOfDay } from '../mention';
import { WordParser, type Found } from './base';
import { NATIVE_DATE_WORDS } from '../../../language';

const MONTH_ALT = alternation(MONTHS.keys());
/** "April 24 and" just before the second day number (the month may be abbreviated: "Nov. 3 and"). */
const DAY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+$`, 'iu');
/** What may follow the second day: punctuation, the end, a year, or a word that is not a counted noun. */
const DAY_AFTER = /^(?:\s*(?:[.;:!?)]|$)|,\s*(?:(1\d{3}|20\d{2})(?!\d))?|\s+(?!(?:%|percent|per\b))[\p{Ll}\p{Lu}])/u;

/**
 * The second day of "April 24 and 25", "Nov. 3 or 4": a date of its own in TimeML, in the month (and year) of
 * the first.
 */
export class ConjoinedDayParser extends WordParser {
  constructor() {
    super(`(?:${alternation(NATIVE_DATE_WORDS('dayConjunctions'))})\\s+(\\d{1,2})(?:st|nd|rd|th)?`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const lead = DAY_BEFORE.exec(text.slice(Math.max(0, index - 20), index));
    const month = lead ? monthNumber(lead[1]) : undefined;
    if (!lead || !month || !/^\p{Lu}/u.test(lead[1])) return null;
    const end = index + match[0].length;
    const after = DAY_AFTER.exec(text.slice(end, end + 12));
    if (!after) return null;
    const first = Number(lead[2]);
    const day = Number(match[1]);
    if (day <= first || day > 31) return null; // "April 24 and 3" is no date pair
    const digits = match[0].length - match[0].search(/\d/);
    const year = after[1] ? Number(after[1]) : undefined;
    return { index: end - digits, text: match[0].slice(-digits), mention: { kind: 'calendar', month, day, ...(year ? { year } : {}) } };
  }
}

/**
 * The first day of "22 and 23 June", "16 or 17 March" (day-month order): a date of its own in the month (and
 * year) that follow the second day.
 */
export class ConjoinedDayBeforeParser extends WordParser {
  constructor() {
    super(
      `(\\d{1,2})(?:st|nd|rd|th)?(?=\\s+(?:${alternation(NATIVE_DATE_WORDS('dayConjunctions'))})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_ALT})\\.?(?:,?\\s+(1\\d{3}|20\\d{2})(?!\\d))?(?![\\p{L}]))`,
    );
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, firstDigits, secondDigits, monthWord, yearDigits] = match;
    const month = monthNumber(monthWord);
    if (!month || !/^\p{Lu}/u.test(monthWord)) return null;
    if (/[\d.,:$€£%-]\s*$/.test(text.slice(Math.max(0, index - 2), index))) return null; // "1.22 and 23 June"
    const day = Number(firstDigits);
    if (day < 1 || day >= Number(secondDigits)) return null;
    return { index, text: whole, mention: { kind: 'calendar', month, day, ...(yearDigits ? { year: Number(yearDigits) } : {}) } };
  }
}

/** The 24-hour clock hour of "4 in the morning", "9 in the evening", "2 at night". */
function clockHour(hour: number, pod: PartOfDay): number | undefined {
  if (hour < 1 || hour > 12) return undefined;
  if (pod === 'MO') return hour === 12 ? 0 : hour;
  if (pod === 'NI') return hour === 12 ? 0 : hour < 6 ? hour : hour + 12;
  return hour === 12 ? 12 : hour + 12;
}

/** "4 in the morning", "10:30 at night": a clock time (TIMEX3 TIME with hours and minutes), not only a part of day. */
export class ClockPartOfDayParser extends WordParser {
  constructor() {
    super(`(\\d{1,2})(?:[:.](\\d{2}))?\\s+(?:o['’]clock\\s+)?(in\\s+the|at)\\s+(${alternation(PARTS_OF_DAY.keys())})`);
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, h, min, preposition, podWord] = match;
    if (/[\d.,:$€£%-]\s*$/.test(text.slice(Math.max(0, index - 2), index))) return null; // "1,500 at night", "$4 in the morning"
    const pod = PARTS_OF_DAY.get(podWord.toLowerCase());
    if (!pod || (/^at$/i.test(preposition) && pod !== 'NI')) return null; // only the night is "at night"
    const hour = clockHour(Number(h), pod);
    const minute = min ? Number(min) : 0;
    if (hour === undefined || minute > 59) return null;
    return { index, text: whole, mention: { kind: 'calendar', hour, minute } };
  }
}
