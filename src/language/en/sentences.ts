/** Word lists of sentence segmentation (src/ingest/sentences.ts): abbreviations and what follows them. */
import { wordSet } from '../lexicon';
import beforeNumber from './sentence-before-number.json';
import calendar from './sentence-calendar-abbreviations.json';
import mid from './sentence-mid-abbreviations.json';
import openers from './sentence-openers.json';
import speechVerbs from './sentence-speech-verbs.json';
import titles from './sentence-titles.json';

export const ABBREVIATION_TITLES = wordSet(titles);
export const ABBREVIATIONS_BEFORE_NUMBER = wordSet(beforeNumber);
export const ABBREVIATIONS_MID_SENTENCE = wordSet(mid);
export const ABBREVIATIONS_CALENDAR = wordSet(calendar);
export const SENTENCE_OPENERS = wordSet(openers);
/** In the file's order (a regular expression's alternation is built from it). */
export const SPEECH_VERBS_AFTER_QUOTE: readonly string[] = [...wordSet(speechVerbs)];
