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
