/** Loads the data files of this folder once and gives typed lookups over them. */
import { QUANTITY_CURRENCY_TABLE as currencyData, QUANTITY_PHRASE_TABLE as phraseData, QUANTITY_UNIT_TABLE as unitData } from '../../language';
import { QUANTITY_ES_PLURAL_ENDINGS, QUANTITY_NOT_COUNT_PLURAL_ENDINGS, QUANTITY_NOT_S_PLURAL_ENDINGS } from '../../language';
import { alternation } from '../../language/lexicon';
import type { Bound } from '../../types';

export interface BoundPhrase {
  words: string[];
  bound: Bound;
  approximate: boolean;
  estimate: boolean;
  /** Written after the number ("30 or more"). */
  after: boolean;
}

export interface CurrencyName {
  words: string[];
  code: string;
  afterScaleOnly: boolean;
}

const norm = (s: string): string => s.toLowerCase().replace(/’/g, "'");
const words = (s: string): string[] => norm(s).split(/\s+/);

const afterScaleOnly = new Set(currencyData.afterScaleOnly.map(norm));

/** Currency signs ("$", "€", "HK$") → ISO code. */
export const CURRENCY_SYMBOLS = new Map<string, string>();
/** Currency codes and abbreviations written before a number ("USD", "Rs") → ISO code (case-sensitive). */
export const CURRENCY_CODES = new Map<string, string>();
/** Currency names written after a number, longest first. */
export const CURRENCY_NAMES: CurrencyName[] = [];
for (const c of currencyData.currencies) {
  for (const s of c.symbols) CURRENCY_SYMBOLS.set(s, c.code);
  for (const s of c.codes) CURRENCY_CODES.set(s.replace(/\.$/, ''), c.code);
  for (const n of c.names) CURRENCY_NAMES.push({ words: words(n.replace(/\./g, ' .').replace(/ \./g, '.')), code: c.code, afterScaleOnly: afterScaleOnly.has(norm(n)) });
}
CURRENCY_NAMES.sort((a, b) => b.words.length - a.words.length);
/** Letters that qualify a "$" ("US$", "HK$"). */
export const DOLLAR_PREFIXES = new Set(currencyData.dollarSignPrefixes);

export const BOUND_PREFIXES: BoundPhrase[] = phraseData.boundPrefixes
  .map((b) => ({ words: words(b.words), bound: b.bound as Bound, approximate: !!b.approximate, estimate: !!b.estimate, after: !!b.after }))
  .sort((a, b) => b.words.length - a.words.length);

export const BOUND_VERBS = new Map<string, { bound: Bound; approximate: boolean }>();
for (const v of phraseData.boundVerbs) for (const w of v.words) BOUND_VERBS.set(w, { bound: v.bound as Bound, approximate: !!v.approximate });

const set = (xs: string[]): Set<string> => new Set(xs.map(norm));
export const LABEL_NOUNS = set(phraseData.labelNouns);
/** Units written before their number ("magnitude 6.8"). */
export const PREFIX_UNITS = set(phraseData.prefixUnits);
/** Verbs after which a bare number is a reported figure: with "to"/"at" ("has risen to 35"), or right after ("totalled 35"). */
export const VALUE_VERBS_WITH_PREPOSITION = set(phraseData.valueVerbs.withPreposition);
export const VALUE_VERBS_DIRECT = set(phraseData.valueVerbs.direct);
export const ORDINAL_SKIP_NOUNS = set(phraseData.ordinalSkipNouns);
export const COMPOUND_IDIOMS = set(phraseData.compoundIdioms);
export const DURATION_RELATIVE = set(phraseData.durationRelative);
export const PERIOD_DETERMINERS = set(phraseData.periodDeterminers);
export const DEFINITE_DETERMINERS = set(phraseData.definiteDeterminers);
export const FORECAST_CUES = phraseData.forecastCues.map(words);
export const ESTIMATE_CUES = phraseData.estimateCues.map(words);
export const MONTHS = set(phraseData.months);

const IRREGULAR = new Map(Object.entries(unitData.irregularPlurals as Record<string, string>));
const IRREGULAR_SINGULARS = new Set(IRREGULAR.values());
const PLURAL_ONLY = set(unitData.pluralOnly);
const INVARIANT = set(unitData.invariant);
export const UNIT_ABBREVIATIONS = new Map(Object.entries(unitData.abbreviations as Record<string, string>));
const SPELLINGS = new Map(Object.entries(unitData.spellings as Record<string, string>));

export interface TimeUnit {
  designator: string;
  time?: boolean;
  factor?: number;
}
export const TIME_UNITS = new Map<string, TimeUnit>(Object.entries(unitData.timeUnits as Record<string, TimeUnit>));

/** Noun endings (src/language/en/quantity-plural-suffixes.json) as end-anchored patterns. */
const endsWith = (endings: readonly string[]): RegExp => new RegExp(`(?:${alternation(endings)})$`);
const NOT_COUNT_PLURAL = endsWith(QUANTITY_NOT_COUNT_PLURAL_ENDINGS);
const ES_PLURAL = new RegExp(`(?:${alternation(QUANTITY_ES_PLURAL_ENDINGS)})es$`);
const NOT_S_PLURAL = endsWith(QUANTITY_NOT_S_PLURAL_ENDINGS);

/** Nouns that are plural in form or use: a number > 1 before them counts them. */
export function isPluralNoun(word: string): boolean {
  const w = norm(word);
  if (IRREGULAR.has(w) || PLURAL_ONLY.has(w) || INVARIANT.has(w)) return true;
  if (IRREGULAR_SINGULARS.has(w)) return false;
  // -ss (class), -us (bonus), -is (crisis), -ics (politics) are not count plurals.
  return /[^su'i]s$/.test(w) && !NOT_COUNT_PLURAL.test(w) && w.length > 2;
}

/** Lower-case singular of a noun ("troops" → "troop", "people" → "person", "crises" → "crisis"). */
export function singularize(word: string): string {
  let w = norm(word);
  if (IRREGULAR.has(w)) w = IRREGULAR.get(w)!;
  else if (INVARIANT.has(w) || PLURAL_ONLY.has(w) && !/s$/.test(w)) {
    /* unchanged */
  } else if (/[^aeiou]ies$/.test(w)) w = w.slice(0, -3) + 'y';
  else if (ES_PLURAL.test(w)) w = w.slice(0, -2);
  else if (/ves$/.test(w)) w = w.slice(0, -3) + 'f';
  else if (/[^s]s$/.test(w) && !NOT_S_PLURAL.test(w)) w = w.slice(0, -1);
  return SPELLINGS.get(w) ?? w;
}
