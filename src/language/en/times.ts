import { wordMap } from '../lexicon';
import counts from './time-counts.json';
import frequencies from './time-frequencies.json';
import holidays from './holidays.json';
import units from './time-units.json';

/** Time units → TIMEX3 designator ("years" → Y; clock units carry a T: "hours" → TH). */
export const TIME_UNIT_DESIGNATORS = wordMap<string>(units);
/** Count words without digits → TIMEX3 amount ("a couple of" → 2, "several" → X). */
export const TIME_COUNT_WORDS = wordMap<string>(counts);
/** Frequency words that are SETs by themselves ("daily" → P1D). */
export const TIME_FREQUENCIES = wordMap<string>(frequencies);
/** Holiday names (case as written) → the rule of their day ("Thanksgiving" → 11-4-4, the fourth Thursday of November). */
export const HOLIDAY_RULES = wordMap<string>(holidays);
