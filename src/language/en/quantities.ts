/** Word lists of the quantity extractor (src/extract/quantities), one JSON file per topic beside this file. */
import { wordMap, wordSet } from '../lexicon';
import ageAppositionBreaks from './quantity-age-apposition-breaks.json';
import auxiliaries from './quantity-auxiliaries.json';
import boundVerbNounDeterminers from './quantity-bound-verb-noun-determiners.json';
import changeWords from './quantity-change-words.json';
import clauseBreaks from './quantity-clause-breaks.json';
import connectors from './quantity-connectors.json';
import countModifiers from './quantity-count-modifiers.json';
import dateWords from './quantity-date-words.json';
import functionWords from './quantity-function-words.json';
import nameAbbreviations from './quantity-name-abbreviations.json';
import ofDefinites from './quantity-of-definites.json';
import oneIdiomNouns from './quantity-one-idiom-nouns.json';
import onePronounBefore from './quantity-one-pronoun-before.json';
import ordinalDeterminers from './quantity-ordinal-determiners.json';
import ordinalSuffixes from './quantity-ordinal-suffixes.json';
import ordinalWords from './quantity-ordinal-words.json';
import participleConnectors from './quantity-participle-connectors.json';
import pluralRankNouns from './quantity-plural-rank-nouns.json';
import pluralSuffixes from './quantity-plural-suffixes.json';
import ppHeads from './quantity-pp-heads.json';
import ppInner from './quantity-pp-inner.json';
import prefilterWords from './quantity-prefilter-words.json';
import pronounSubjects from './quantity-pronoun-subjects.json';
import rateBlockers from './quantity-rate-blockers.json';
import reportingVerbs from './quantity-reporting-verbs.json';
import sayerNonNames from './quantity-sayer-non-names.json';
import scaleAbbreviations from './quantity-scale-abbreviations.json';
import scaleWords from './quantity-scale-words.json';
import subUnits from './quantity-sub-units.json';
import temperatureUnits from './quantity-temperature-units.json';
import tensWords from './quantity-tens-words.json';
import timeSuffixes from './quantity-time-suffixes.json';
import topVerbBefore from './quantity-top-verb-before.json';
import unitWords from './quantity-unit-words.json';
import vagueWords from './quantity-vague-words.json';

export const QUANTITY_CHANGE_WORDS = wordSet(changeWords);
export const ONE_PRONOUN_BEFORE = wordSet(onePronounBefore);
export const ONE_IDIOM_NOUNS = wordSet(oneIdiomNouns);
export const RATE_BLOCKERS = wordSet(rateBlockers);

/** Closed-class words: never part of a counted noun. */
export const QUANTITY_FUNCTION_WORDS = wordSet(functionWords);
/** Words whose presence lets a sentence be scanned at all (with the -teen/-ieth endings in code). */
export const QUANTITY_PREFILTER_WORDS = wordSet(prefilterWords);

// Number words (src/extract/quantities/numbers.ts).
export const QUANTITY_UNIT_WORDS = wordMap<number>(unitWords);
export const QUANTITY_TENS_WORDS = wordMap<number>(tensWords);
export const QUANTITY_SCALE_WORDS = wordMap<number>(scaleWords);
export const QUANTITY_SCALE_ABBREVIATIONS = wordMap<{ value: number; ambiguous: boolean }>(scaleAbbreviations);
export const QUANTITY_ORDINAL_WORDS = wordMap<number>(ordinalWords);
export const QUANTITY_VAGUE_WORDS = wordMap<[number, number]>(vagueWords);
export const QUANTITY_ORDINAL_SUFFIXES = wordSet(ordinalSuffixes);

// Ranks (ordinals.ts).
export const QUANTITY_ORDINAL_DETERMINERS = wordSet(ordinalDeterminers);
export const QUANTITY_PLURAL_RANK_NOUNS = wordSet(pluralRankNouns);

// Plural rules (lexicon.ts): noun endings.
const suffixes = wordMap<string[]>(pluralSuffixes);
const suffixList = (key: string): readonly string[] => {
  const list = suffixes.get(key.toLowerCase());
  if (!list) throw new Error(`quantity-plural-suffixes.json has no "${key}"`);
  return list;
};
export const QUANTITY_NOT_COUNT_PLURAL_ENDINGS = suffixList('notCountPlural');
export const QUANTITY_ES_PLURAL_ENDINGS = suffixList('esAfter');
export const QUANTITY_NOT_S_PLURAL_ENDINGS = suffixList('notSPlural');

// Non-quantities (scan.ts).
export const QUANTITY_TEMPERATURE_UNITS = wordSet(temperatureUnits);
/** Clock-time words after a number → whether they mark a time also when spaced from it ("3 pm" but not "3 et"). */
export const QUANTITY_TIME_SUFFIXES = wordMap<boolean>(timeSuffixes);

// What a figure measures and who it is attributed to (describe.ts).
export const QUANTITY_PRONOUN_SUBJECTS = wordSet(pronounSubjects);
export const QUANTITY_AUXILIARIES = wordSet(auxiliaries);
export const QUANTITY_CLAUSE_BREAKS = wordSet(clauseBreaks);
export const QUANTITY_PP_INNER = wordSet(ppInner);
export const QUANTITY_PP_HEADS = wordSet(ppHeads);
export const QUANTITY_DATE_WORDS = wordSet(dateWords);
/** Case-sensitive: "Mr", "Gen", "Corp" before a full stop inside a name. */
export const QUANTITY_NAME_ABBREVIATIONS = wordSet(nameAbbreviations);
export const QUANTITY_PARTICIPLE_CONNECTORS = wordSet(participleConnectors);
export const QUANTITY_CONNECTORS = wordSet(connectors);
export const QUANTITY_REPORTING_VERBS = wordSet(reportingVerbs);
/** Case-sensitive: "It", "They" before a reporting verb are no sayer's name. */
export const QUANTITY_SAYER_NON_NAMES = wordSet(sayerNonNames);

// Small word classes of the scan rules (scan.ts, nouns.ts).
export const QUANTITY_COUNT_MODIFIERS = wordSet(countModifiers);
export const QUANTITY_SUB_UNITS = wordSet(subUnits);
export const QUANTITY_TOP_VERB_BEFORE = wordSet(topVerbBefore);
export const QUANTITY_OF_DEFINITES = wordSet(ofDefinites);
export const QUANTITY_AGE_APPOSITION_BREAKS = wordSet(ageAppositionBreaks);
export const QUANTITY_BOUND_VERB_NOUN_DETERMINERS = wordSet(boundVerbNounDeterminers);
