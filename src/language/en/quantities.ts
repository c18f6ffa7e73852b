/** Word lists of the quantity extractor (src/extract/quantities), one JSON file per topic beside this file. */
import { wordSet } from '../lexicon';
import changeWords from './quantity-change-words.json';
import oneIdiomNouns from './quantity-one-idiom-nouns.json';
import onePronounBefore from './quantity-one-pronoun-before.json';
import rateBlockers from './quantity-rate-blockers.json';

export const QUANTITY_CHANGE_WORDS = wordSet(changeWords);
export const ONE_PRONOUN_BEFORE = wordSet(onePronounBefore);
export const ONE_IDIOM_NOUNS = wordSet(oneIdiomNouns);
export const RATE_BLOCKERS = wordSet(rateBlockers);
