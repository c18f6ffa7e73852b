import { wordAlternation, wordMap, wordSet, type WordListFile } from '../lexicon';
import personNouns from './align-person-nouns.json';
import timeSides from './align-time-sides.json';
import stopwords from './align-stopwords.json';
import timeWords from './align-time-words.json';
import titles from './align-titles.json';
import speechVerbs from './align-speech-verbs.json';
import honorifics from './align-honorifics.json';
import nameSuffixes from './align-name-suffixes.json';
import orgWords from './align-org-words.json';
import periodParts from './align-period-parts.json';
import monthsDays from './align-months-days.json';
import pluralPronouns from './align-plural-pronouns.json';
import regions from './align-regions.json';
import synonyms from './align-synonyms.json';
import futureCues from './align-future-cues.json';
import speakerSkipWords from './align-speaker-skip-words.json';
import personPronouns from './align-person-pronouns.json';
import numberWords from './align-number-words.json';
import beneficiaryPrepositions from './align-beneficiary-prepositions.json';
import eventPhrases from './align-event-phrases.json';

/** Nouns that count people (see align/score.ts: two such counts of one figure may be one fact). */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet(personNouns as WordListFile);

/** First words of a relative time that put it before or after the day it is counted from ("earlier this week"). */
export const TIME_SIDES: ReadonlyMap<string, 'before' | 'after'> = wordMap<'before' | 'after'>(timeSides as WordListFile);

/** Function words: nothing a claim is about (see ../text.ts, content words). */
export const ALIGN_STOPWORDS: ReadonlySet<string> = wordSet(stopwords as WordListFile);
/** Words that name a period rather than an event ("year", "last", "monday"). */
export const ALIGN_TIME_WORDS: ReadonlySet<string> = wordSet(timeWords as WordListFile);
/** Office titles, one or more words ("president", "prime minister"). */
export const ALIGN_TITLES: ReadonlySet<string> = wordSet(titles as WordListFile);
/** Speech verbs that mark a sayer rather than a subject ("said", "warned"). */
export const ALIGN_SPEECH_VERBS: ReadonlySet<string> = wordSet(speechVerbs as WordListFile);
/** Honorifics before a name ("mr", "gen", "his excellency"). */
export const ALIGN_HONORIFICS: ReadonlySet<string> = wordSet(honorifics as WordListFile);
/** Generational suffixes of names ("jr", "iii"). */
export const ALIGN_NAME_SUFFIXES: ReadonlySet<string> = wordSet(nameSuffixes as WordListFile);
/** Words that make a capitalized name an organization, event or place ("ministry", "summit"). */
export const ALIGN_ORG_WORDS: ReadonlySet<string> = wordSet(orgWords as WordListFile);
/** Words that place a date inside its period ("the end of 2003"). */
export const ALIGN_PERIOD_PARTS: ReadonlySet<string> = wordSet(periodParts as WordListFile);
/** Month and weekday names. */
export const ALIGN_MONTHS_DAYS: ReadonlySet<string> = wordSet(monthsDays as WordListFile);
/** Phrases that refer back to the last two countries named, in the file's order ("the two countries"). */
export const ALIGN_PLURAL_PRONOUNS: ReadonlySet<string> = wordSet(pluralPronouns as WordListFile);
/** World regions as written ("Europe", "Middle East"; case-sensitive). */
export const ALIGN_REGIONS: ReadonlySet<string> = wordSet(regions as WordListFile);
/** Synonym classes: class name → its words, in the file's order (a word in two classes belongs to the first). */
export const ALIGN_SYNONYM_CLASSES: ReadonlyMap<string, readonly string[]> = wordMap<readonly string[]>(synonyms as WordListFile);
/** Words before a figure that make it a forecast ("will", "is expected to"), as one case-insensitive pattern of whole words. */
export const ALIGN_FUTURE_CUES: RegExp = new RegExp(String.raw`\b(?:${wordAlternation(wordSet(futureCues as WordListFile), ' ')})\b`, 'i');
/** Words left out when two speakers' names are compared ("mr", "the"). */
export const ALIGN_SPEAKER_SKIP_WORDS: ReadonlySet<string> = wordSet(speakerSkipWords as WordListFile);
/** Third-person singular pronouns that stand for a person ("he", "his"). */
export const ALIGN_PERSON_PRONOUNS: ReadonlySet<string> = wordSet(personPronouns as WordListFile);
/** A whole word that is a figure: digits, or a number word ("two", "million", "dozens"). */
export const ALIGN_NUMBER_WORD: RegExp = new RegExp(String.raw`^(?:\d[\d,.]*|${wordAlternation(wordSet(numberWords as WordListFile))})$`);

/** Prepositions through which a figure's own phrase names its beneficiary (see align/features.ts). */
export const BENEFICIARY_PREPOSITIONS: ReadonlySet<string> = wordSet(beneficiaryPrepositions as WordListFile);

/** Multi-word event phrases by event class (see align/events.ts). */
export const EVENT_PHRASES: ReadonlyMap<string, readonly string[]> = wordMap<readonly string[]>(eventPhrases as WordListFile);
