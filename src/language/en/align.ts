import { wordMap, wordSet, type WordListFile } from '../lexicon';
import personNouns from './align-person-nouns.json';
import timeSides from './align-time-sides.json';
import beneficiaryPrepositions from './align-beneficiary-prepositions.json';
import eventPhrases from './align-event-phrases.json';

/** Nouns that count people (see align/score.ts: two such counts of one figure may be one fact). */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet(personNouns as WordListFile);

/** First words of a relative time that put it before or after the day it is counted from ("earlier this week"). */
export const TIME_SIDES: ReadonlyMap<string, 'before' | 'after'> = wordMap<'before' | 'after'>(timeSides as WordListFile);

/** Prepositions through which a figure's own phrase names its beneficiary (see align/features.ts). */
export const BENEFICIARY_PREPOSITIONS: ReadonlySet<string> = wordSet(beneficiaryPrepositions as WordListFile);

/** Multi-word event phrases by event class (see align/events.ts). */
export const EVENT_PHRASES: ReadonlyMap<string, readonly string[]> = wordMap<readonly string[]>(eventPhrases as WordListFile);
