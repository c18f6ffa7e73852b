import { wordMap, wordSet, type WordListFile } from '../lexicon';
import personNouns from './align-person-nouns.json';
import timeSides from './align-time-sides.json';

/** Nouns that count people (see align/score.ts: two such counts of one figure may be one fact). */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet(personNouns as WordListFile);

/** First words of a relative time that put it before or after the day it is counted from ("earlier this week"). */
export const TIME_SIDES: ReadonlyMap<string, 'before' | 'after'> = wordMap<'before' | 'after'>(timeSides as WordListFile);
