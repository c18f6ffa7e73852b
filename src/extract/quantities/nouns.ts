/** The counted noun after a number: "10,000 jobs", "40 in-person meetings", "30,000 Russian troops". */
import { QUANTITY_COUNT_MODIFIERS as COUNT_MODIFIERS } from '../../language';
import { MONTHS, UNIT_ABBREVIATIONS, isPluralNoun } from './lexicon';
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from './numbers';
import { isCapitalized, isHyphen, isPossessive, isWordIn, type Token } from './tokens';
import { FUNCTION_WORDS, isAdjectiveTagged, isNounTagged, isVerbLike, type TagLookup } from './words';

/** The sentence's tokens and their part-of-speech hints (a ScanInput without the text). */
interface NounInput {
  tokens: Token[];
  tags: TagLookup;
}

/** Content words after a number that end in the counted noun: "in-person meetings", "Russian troops", "people". */
export function countedNounAt(input: NounInput, i: number, value: number, singularOk: boolean): { start: number; end: number; head: number } | null {
  const { tokens, tags } = input;
  let j = i;
  let head = -1;
  for (let n = 0; n < 6 && j < tokens.length; n++) {
    const t = tokens[j];
    if (isHyphen(t) && t.joined && tokens[j + 1]?.joined && tokens[j + 1].type === 'word' && j > i) {
      j++;
      continue;
    }
    if (t.type !== 'word') break;
    const hyphenated = isHyphen(tokens[j + 1]) && tokens[j + 1].joined;
    // "30 other awards", "5 more years"
    if (j === i && isWordIn(t, COUNT_MODIFIERS) && tokens[j + 1]?.type === 'word') {
      j++;
      continue;
    }
    if (FUNCTION_WORDS.has(t.lower) && !isHyphen(tokens[j - 1]) && !hyphenated) break;
    if (MONTHS.has(t.lower) && isCapitalized(t)) break;
    if (UNIT_WORDS.has(t.lower) || TENS_WORDS.has(t.lower) || SCALE_WORDS.has(t.lower)) break;
    if (isVerbLike(t, tags) && !hyphenated && !isPluralNoun(t.lower)) break;
    if (isPossessive(t)) break;
    // "m212", "scp2": a word glued to digits is a code.
    if (tokens[j + 1]?.type === 'num' && tokens[j + 1].joined) break;
    if (!hyphenated && (isPluralNoun(t.lower) || (singularOk && isNounTagged(t, tags) && !isAdjectiveTagged(t, tags)) || UNIT_ABBREVIATIONS.has(t.lower) && n === 0)) {
      head = j;
      // "police officers": a plural noun run ends at its last noun; "peace plan", "state visit" after a compound.
      const more = (x: Token | undefined): boolean =>
        !!x && x.type === 'word' && !FUNCTION_WORDS.has(x.lower) && !isVerbLike(x, tags) && !isPossessive(x) && !(MONTHS.has(x.lower) && isCapitalized(x)) &&
        (isPluralNoun(x.lower) || (singularOk && !isPluralNoun(tokens[head].lower) && isNounTagged(x, tags) && !isAdjectiveTagged(x, tags) && (!isCapitalized(x) || isCapitalized(tokens[head]))));
      // An abbreviated unit ("1 m x 1 m") heads no compound.
      while (!UNIT_ABBREVIATIONS.has(tokens[head].lower) && more(tokens[head + 1]) && head - i < 5) head++;
      break;
    }
    if (value !== 1 && !hyphenated && !isHyphen(tokens[j - 1]) && !isAdjectiveTagged(t, tags) && !isNounTagged(t, tags)) break;
    j++;
  }
  if (head < 0) return null;
  return { start: i, end: head + 1, head };
}
