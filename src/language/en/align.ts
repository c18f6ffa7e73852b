import { wordSet, type WordListFile } from '../lexicon';
import personNouns from './align-person-nouns.json';

/** Nouns that count people (see align/score.ts: two such counts of one figure may be one fact). */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet(personNouns as WordListFile);
