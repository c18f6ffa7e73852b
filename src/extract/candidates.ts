import { mayHoldQuantity } from './quantities';
import { IRREGULAR_FORMS, LABEL_FORMS, POST_ONLY_FORMS, REPORTING_FORMS, SPEECH_FORMS } from './quotes/verbs';

/**
 * The cheap scan that picks the sentences compromise tags in full (see parse.ts): those an extractor reads the
 * parse of. Quantities read part-of-speech tags near a figure (a digit or a number word: the quantity
 * extractor's own test); quotes read compromise's people for speakers (a sentence with a quotation mark or
 * a verb of saying). Dates read no parse. Any other sentence keeps the pre-tagger's tags.
 */

/** Double quotation marks, and a single one opening a word ('to raise fines'; not an apostrophe: it's). */
const QUOTE_MARK = /["“”„«»‘]|(?:^|[\s([{])['’]/u;
const WORD = /\p{L}+(?:[’']\p{L}+)?/gu;
/** Every form, a phrasal one ("went on") by its verb. */
const CUE_FORMS: ReadonlySet<string> = new Set([...SPEECH_FORMS, ...REPORTING_FORMS, ...POST_ONLY_FORMS, ...LABEL_FORMS, ...IRREGULAR_FORMS].map((f) => f.split(' ')[0]));

/** A sentence that may hold a quote or its attribution: a quotation mark or a verb of saying. */
export function mayHoldQuote(sentence: string): boolean {
  if (QUOTE_MARK.test(sentence)) return true;
  for (const m of sentence.matchAll(WORD)) if (CUE_FORMS.has(m[0].toLowerCase())) return true;
  return false;
}

/** True when some extractor reads the full parse of this sentence. */
export function needsFullParse(sentence: string): boolean {
  return mayHoldQuantity(sentence) || mayHoldQuote(sentence);
}
