import { wordMap, wordSet, wordSlots } from '../lexicon';
import cues from './time-cues.json';
import durations from './time-durations.json';
import edgeMods from './time-edge-mods.json';
import native from './time-native.json';
import referencePeriod from './time-reference-period.json';
import relative from './time-relative.json';
import spokenNumbers from './time-spoken-numbers.json';
import tenseWords from './time-tense-words.json';
import vague from './time-vague.json';
import years from './time-years.json';
import counts from './time-counts.json';
import frequencies from './time-frequencies.json';
import holidays from './holidays.json';
import units from './time-units.json';
import tenseConditional from './time-tense-conditional.json';
import tenseModifiers from './time-tense-modifiers.json';
import tenseDeadline from './time-tense-deadline.json';
import tenseDeadlineVerbs from './time-tense-deadline-verbs.json';
import months from './time-months.json';
import weekdays from './time-weekdays.json';
import partsOfDay from './time-parts-of-day.json';
import seasons from './time-seasons.json';
import numberWords from './time-number-words.json';
import ordinalWords from './time-ordinal-words.json';
import periodOrdinals from './time-period-ordinals.json';
import refExpressions from './time-ref-expressions.json';
import eventNouns from './time-event-nouns.json';
import namedDays from './time-named-days.json';
import futureCues from './time-future-cues.json';
import pastVerbs from './time-past-verbs.json';
import countBlockers from './time-count-blockers.json';
import unitAbbreviations from './time-unit-abbreviations.json';

/** Time units → TIMEX3 designator ("years" → Y; clock units carry a T: "hours" → TH). */
export const TIME_UNIT_DESIGNATORS = wordMap<string>(units);
/** Count words without digits → TIMEX3 amount ("a couple of" → 2, "several" → X). */
export const TIME_COUNT_WORDS = wordMap<string>(counts);
/** Frequency words that are SETs by themselves ("daily" → P1D). */
export const TIME_FREQUENCIES = wordMap<string>(frequencies);
/** Holiday names (case as written) → the rule of their day ("Thanksgiving" → 11-4-4, the fourth Thursday of November). */
export const HOLIDAY_RULES = wordMap<string>(holidays);
/** Tense cues that depend on the next word ("plans" → 'future:to': future only in "plans to"; "ahead" → 'none:of'). */
export const TENSE_CONDITIONAL_CUES = wordMap<string>(tenseConditional);
/** Words after which an -ed word is an adjective ("a still unspecified date"), not a past-tense verb. */
export const TENSE_ADJECTIVE_BEFORE = wordSet(tenseModifiers);
/** Prepositions that make the bare weekday or month right after them a deadline to come ("until Tuesday", "by February"). */
export const TENSE_DEADLINE_BEFORE = wordSet(tenseDeadline);
/** Words that set or move a deadline: a past form before "until Tuesday" leaves the time ahead ("postponed until Tuesday"). */
export const TENSE_DEADLINE_VERBS = wordSet(tenseDeadlineVerbs);

/** Word lists of the date parsers and refiners, one reader per stage (slot name → its words; see each file's description). */
export const YEAR_WORDS = wordSlots(years);
export const SPOKEN_NUMBER_WORDS = wordSlots(spokenNumbers);
/** Words that put a time at its start, middle or end → TimeML mod ("the early 2000s" → START). */
export const EDGE_MODS = wordMap<string>(edgeMods);
export const RELATIVE_WORDS = wordSlots(relative);
export const DURATION_WORDS = wordSlots(durations);
export const VAGUE_WORDS = wordSlots(vague);
export const NATIVE_DATE_WORDS = wordSlots(native);
export const TENSE_WORDS = wordSlots(tenseWords);
export const TIME_CUE_WORDS = wordSlots(cues);
export const REFERENCE_PERIOD_WORDS = wordSlots(referencePeriod);

/** Month names and abbreviations → 1-12 ("sept" → 9). */
export const MONTH_NUMBERS = wordMap<number>(months);
/** Weekday names and abbreviations → 0 (Sunday) … 6. */
export const WEEKDAY_NUMBERS = wordMap<number>(weekdays);
/** Parts of the day → TIMEX3 code ("morning" → MO). */
export const PART_OF_DAY_CODES = wordMap<'MO' | 'AF' | 'EV' | 'NI'>(partsOfDay);
/** Seasons → TIMEX3 code ("fall" → FA). */
export const SEASON_CODES = wordMap<'SP' | 'SU' | 'FA' | 'WI'>(seasons);
/** Cardinal words of time counts ("three" → 3, "a" → 1). */
export const TIME_NUMBER_WORDS = wordMap<number>(numberWords);
/** Ordinal words ("twentieth" → 20). */
export const TIME_ORDINAL_WORDS = wordMap<number>(ordinalWords);
/** Ordinals of quarters and halves → the period's number, or 'last' (the fourth quarter, the second half). */
export const PERIOD_ORDINALS = wordMap<number | 'last'>(periodOrdinals);

/** A TIMEX3 underspecified reference and the words around it that it needs or must not have. */
export interface RefExpressionEntry {
  value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF';
  /** Counts only after this word ("in the past"); the word stays out of the extent. */
  after?: string;
  /** Regular expression for what must not follow ("shortly after" is not FUTURE_REF). */
  notBefore?: string;
}
/** Phrase → its underspecified reference ("recently" → PAST_REF). */
export const REF_EXPRESSION_TABLE = wordMap<RefExpressionEntry>(refExpressions);
/** Nouns of scheduled events ("the eve of the vote"). */
export const TIME_EVENT_NOUNS = wordSet(eventNouns);
/** Names containing a weekday that are not that weekday ("Good Friday", "Sunday Times"). */
export const TIME_NAMED_DAYS = wordSet(namedDays);
/** Words that mark future reference. */
export const TIME_FUTURE_CUES = wordSet(futureCues);
/** Irregular past forms and past markers. */
export const TIME_PAST_VERBS = wordSet(pastVerbs);
/** Words after which a four-digit number is a label ("flight 1995"). */
export const TIME_COUNT_BLOCKERS = wordSet(countBlockers);
/** Unit abbreviations after which a number is a measure ("2000 km"). */
export const YEAR_UNIT_ABBREVIATIONS = wordSet(unitAbbreviations);
