import { COUNT_BLOCKERS, FULL_MONTH_NAMES, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, UNIT_ABBREVIATIONS, alternation, monthNumber } from '../lexicon';
import type { TimexMod } from '../../../types';
import { WordParser, wordAfter, wordBefore, type Found } from './base';
import { EDGE_MODS, SPOKEN_NUMBER_WORDS, YEAR_WORDS } from '../../../language';

/** Words after which a four-digit number is read as a year even when a plural noun follows ("the 2022 elections"). */
const YEAR_CONTEXT = new Set([...YEAR_WORDS('yearContext'), ...FULL_MONTH_NAMES, ...[...SEASONS.keys()]]);

/** "mid-2022", "post-1959 politics", "pre-1990 levels": a prefix that makes the number a year before any noun. */
const YEAR_PREFIX = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(YEAR_WORDS('yearPrefixes'))})-$`, 'iu');

/** Plural count nouns without an -s ("2000 people"). */
const IRREGULAR_PLURALS = new Set(YEAR_WORDS('irregularPlurals'));
/** Words in -s after a number that are not plural nouns ("2022 was"). */
const NOT_PLURAL_NOUN = new RegExp(`^(?:${alternation(YEAR_WORDS('notPluralNouns'))})$`);

/** "early" / "mid" / "late" before a decade or century, and the TimeML mod each gives. */
const EDGE = alternation(EDGE_MODS.keys());
const edgeMod = (word: string | undefined): TimexMod | undefined => (word ? (EDGE_MODS.get(word.toLowerCase()) as TimexMod | undefined) : undefined);

/**
 * Bare years: "in 2022", "the 1949 revolution", "2022's". chrono does not find them. A four-digit number is NOT a
 * year when it is money or a measure ("$2022", "2000 km", "2022%"), a count ("killed 2000 people"), part of a longer
 * number or a phone number ("1,500", "555-2022", "020 7946 2022"), or a label ("page 2022", "flight 1999").
 */
export class YearParser extends WordParser {
  constructor() {
    super('(1\\d{3}|20\\d{2})');
  }

  protected accept(text: string, index: number, match: RegExpMatchArray): Found | null {
    const year = Number(match[1]);
    const end = index + match[0].length;
    const before = text.slice(Math.max(0, index - 12), index);
    const after = text.slice(end, end + 16);
    if (/[$€£¥₹₽#.,:/]$/.test(before) || /\d\s?$/.test(before)) return null;
    const range = /(\d{4})[-–]$/.exec(before);
    if (/[-–]$/.test(before) && !/[\p{L}]-$/u.test(before) && !(range && Number(range[1]) < year)) return null;
    if (/^(?:[.,:]\d|\s?(?:%|per\s?cent|percent)\b|\s\d)/i.test(after)) return null;
    // "2022-23" (a season) and "2019-2022" (a range) start with a year; "2022-1234" is a phone number.
    const follow = /^[-–/](\d+)/.exec(after);
    if (follow && !(follow[1].length === 2 || (follow[1].length === 4 && Number(follow[1]) > year))) return null;
    const prev = wordBefore(text, index).replace(/[,;:(“"‘']+$/, '').replace(/^[(“"‘']+/, '');
    if (COUNT_BLOCKERS.has(prev)) return null;
    // "at 1900", "at about 1530": a 24-hour clock time (British news style), not a year.
    if (/\bat\s+(?:about\s+|around\s+|approximately\s+)?$/i.test(text.slice(Math.max(0, index - 20), index))) return null;
    const next = wordAfter(text, end);
    if (UNIT_ABBREVIATIONS.has(next.toLowerCase().replace(/[.,;:]+$/, ''))) return null;
    const strong = YEAR_CONTEXT.has(prev) || /['’]s$/.test(prev) || YEAR_PREFIX.test(before);
    const countNoun = (/^[a-z]+s$/.test(next) && !NOT_PLURAL_NOUN.test(next)) || IRREGULAR_PLURALS.has(next);
    if (!strong && countNoun) return null;
    if (year < 1800 && !strong) return null;
    return { index, text: match[1], mention: { kind: 'calendar', year } };
  }
}

/** Decades: "the 1980s", "the early 2000s", "the '90s" (TIMEX3 value 198, 200, 199); "the 1800s" is a century. */
export class DecadeParser extends WordParser {
  constructor() {
    super(`(?:(the)\\s+)?(?:(${EDGE})[\\s-]+)?((?:1\\d|20)\\d0|['’]\\d0|\\d0)s`);
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    const [, the, modWord, digits] = match;
    const mod = edgeMod(modWord);
    let value: number;
    if (/^\d{4}$/.test(digits)) {
      value = Number(digits);
      if (value % 100 === 0 && value < 2000) {
        return { index, text: match[0], mention: { kind: 'century', century: value / 100 }, ...(mod ? { mod } : {}) };
      }
    } else {
      // Two-digit decades need "the" or an apostrophe ("in his 70s" is an age).
      if (!the && !/^['’]/.test(digits)) return null;
      const d = Number(digits.replace(/^['’]/, ''));
      value = d <= 20 ? 2000 + d : 1900 + d;
    }
    return { index, text: match[0], mention: { kind: 'decade', decade: Math.floor(value / 10) }, ...(mod ? { mod } : {}) };
  }
}

const TEENS = SPOKEN_NUMBER_WORDS('teens');
const TENS = SPOKEN_NUMBER_WORDS('tens');
const UNITS = SPOKEN_NUMBER_WORDS('units');
const CENTURY_TEENS = SPOKEN_NUMBER_WORDS('centuries');
const DECADE_WORDS = SPOKEN_NUMBER_WORDS('decades'); // twenties … nineties, in order

/** Decades in words: "the nineties" (199), "the early eighties" (198, START). "the" is required: "in their nineties" is an age. */
export class WordDecadeParser extends WordParser {
  constructor() {
    super(`the\\s+(?:(${EDGE})[\\s-]+)?(${DECADE_WORDS.join('|')})`);
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, modWord, word] = match;
    const tens = DECADE_WORDS.indexOf(word.toLowerCase()) + 2;
    const mod = edgeMod(modWord);
    return { index, text: whole, mention: { kind: 'decade', decade: 190 + tens }, ...(mod ? { mod } : {}) };
  }
}

const ORDINALS = alternation([...ORDINAL_WORDS.keys()].filter((w) => w !== 'final' && w !== 'last'));

/** Centuries: "the 20th century" (19), "the nineteenth century" (18), and "the last century" relative to the anchor. */
export class CenturyParser extends WordParser {
  constructor() {
    super(
      `(?:(the)\\s+)?(?:(${EDGE})[\\s-]+)?(?:(\\d{1,2})(?:${alternation(YEAR_WORDS('ordinalSuffixes'))})|(${ORDINALS})|(${alternation(YEAR_WORDS('centuryShift'))}))[\\s-]+century`,
    );
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    const [, , modWord, digits, ordinal, relative] = match;
    const mod = edgeMod(modWord);
    const extra = mod ? { mod } : {};
    if (relative) {
      const r = relative.toLowerCase();
      if (r === 'past') return { index, text: match[0], mention: { kind: 'duration', value: 'P1CE' } };
      const offset = r === 'next' ? 1 : r === 'this' || r === 'current' ? 0 : -1;
      return { index, text: match[0], mention: { kind: 'relative', unit: 'century', offset }, ...extra };
    }
    const n = digits ? Number(digits) : ORDINAL_WORDS.get(ordinal.toLowerCase().replace(/\s+/g, ' '));
    if (!n || n > 21) return null;
    return { index, text: match[0], mention: { kind: 'century', century: n - 1 }, ...extra };
  }
}

const spoken = (w: string): number => NUMBER_WORDS.get(w.toLowerCase()) ?? NaN;

/**
 * Years read out as words, the way broadcast transcripts write them: "nineteen ninety-six", "nineteen
 * seventy-nine", "the year two thousand", with a month or a season before them ("January nineteen ninety-seven",
 * "the winter of nineteen ninety-four"). A century word and a tens word cannot be a count, so no context is needed;
 * "two thousand" alone is a count unless "the year" names it.
 */
export class SpokenYearParser extends WordParser {
  constructor() {
    super(
      `(?:(${alternation(FULL_MONTH_NAMES)})\\s+|(?:the\\s+)?(${alternation([...SEASONS.keys()])})\\s+of\\s+)?(?:(the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${UNITS.join('|')}|ten|${TEENS.join('|')}))?|(${CENTURY_TEENS.join('|')})[\\s-]+(?:(${TEENS.join('|')})|(${TENS.join('|')})(?:[\\s-]+(${UNITS.join('|')}))?|hundred))`,
    );
  }

  protected accept(_text: string, index: number, match: RegExpMatchArray): Found | null {
    const [whole, monthWord, seasonWord, theYear, millenniumRest, century, teen, tens, unit] = match;
    let year: number;
    if (century) {
      year = spoken(century) * 100 + (teen ? spoken(teen) : tens ? spoken(tens) + (unit ? spoken(unit) : 0) : 0);
    } else {
      if (!theYear && !monthWord && !seasonWord) return null; // "two thousand people"
      year = 2000 + (millenniumRest ? spoken(millenniumRest) : 0);
    }
    if (!Number.isFinite(year)) return null;
    const month = monthWord ? monthNumber(monthWord) : undefined;
    const season = seasonWord ? SEASONS.get(seasonWord.toLowerCase()) : undefined;
    return { index, text: whole, mention: { kind: 'calendar', year, ...(month ? { month } : {}), ...(season ? { season } : {}) } };
  }
}
