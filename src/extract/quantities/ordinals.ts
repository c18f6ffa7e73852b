/** Ranks: an ordinal after a determiner or possessive with the noun it ranks ("his fifth term", "the 40th meeting"). */
import { QUANTITY_ORDINAL_DETERMINERS as ORDINAL_DETERMINERS, QUANTITY_PLURAL_RANK_NOUNS as PLURAL_RANK_NOUNS } from '../../language';
import type { Quantity } from '../../types';
import { MONTHS, ORDINAL_SKIP_NOUNS, isPluralNoun, singularize } from './lexicon';
import { countedNounAt } from './nouns';
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS, parseOrdinal } from './numbers';
import type { RawQuantity, ScanInput } from './scan';
import { isCapitalized, isHyphen, isPossessive, isWord } from './tokens';
import { FUNCTION_WORDS, isAdjectiveTagged, isNounTagged, isVerbLike } from './words';

const rank = (value: number, unit: string): Quantity => ({ value, unit, bound: '=', approximate: false, ordinal: true });

/** An ordinal that carries a fact ("40th meeting", "his fifth term", "the first of his new term"), or null. */
export function matchOrdinal(input: ScanInput, i: number, sentenceStart: number): RawQuantity | null {
  const { tokens, tags } = input;
  const o = parseOrdinal(tokens, i);
  if (!o) return null;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || !(ORDINAL_DETERMINERS.has(prev.lower) || isPossessive(prev))) return null;
  // "Second World War", "First Minister": a capitalised ordinal inside a name.
  if (t.type === 'word' && isCapitalized(t) && t.start > sentenceStart && isCapitalized(tokens[o.end])) return null;
  let j = o.end;
  if (isHyphen(tokens[j]) && tokens[j].joined) {
    if (isWord(tokens[j + 1], 'ever')) j += 2;
    else return null; // "second-largest"
  }
  const next = tokens[j];
  if (next && next.type === 'word' && MONTHS.has(next.lower)) return null;
  // "the first two games", "the first million customers": a count, not a rank
  if (next && (next.type === 'num' || UNIT_WORDS.has(next.lower) || TENS_WORDS.has(next.lower) || SCALE_WORDS.has(next.lower) || isWord(next, 'few', 'several', 'dozen'))) return null;
  if (isWord(next, 'of')) {
    // "the 16th of May": a date
    if (tokens[j + 1] && MONTHS.has(tokens[j + 1].lower)) return null;
    // "the first of three meetings": the counted plural after "of"; "the trip – the first of his new term": the noun in apposition.
    let end = j + 1;
    while (end < tokens.length && tokens[end].type !== 'punct' && end - j < 8 && !isVerbLike(tokens[end], tags)) end++;
    const plural = countedNounAt(input, j + 1, 2, false);
    let unit: string | null = null;
    if (plural && !isWord(tokens[j + 1], 'the')) unit = singularize(tokens[plural.head].lower);
    else if (isWord(prev, 'the') && tokens[i - 2]?.type === 'punct' && /^[-–—,:]$/.test(tokens[i - 2].text)) {
      const ap = tokens[i - 3];
      if (ap && ap.type === 'word' && isNounTagged(ap, tags) && !FUNCTION_WORDS.has(ap.lower)) unit = singularize(ap.lower);
    }
    if (!unit) return null;
    return { kind: 'ordinal', start: i, end, quantity: rank(o.value, unit) };
  }
  // The noun the rank applies to: "fifth presidential term", "first trip", "first European country"
  let head = -1;
  let k = j;
  for (let n = 0; n < 4 && k < tokens.length; n++) {
    const w = tokens[k];
    if (isHyphen(w) && w.joined && k > j) {
      k++;
      continue;
    }
    if (w.type !== 'word' || FUNCTION_WORDS.has(w.lower) || isPossessive(w)) break;
    if (isVerbLike(w, tags) && !isNounTagged(w, tags)) break;
    // A lower-case head does not run on into a name ("third husband Marc Anthony").
    if (head >= 0 && isCapitalized(w) && !isCapitalized(tokens[head])) break;
    if (isNounTagged(w, tags) && !(isAdjectiveTagged(w, tags) && tokens[k + 1]?.type === 'word' && !FUNCTION_WORDS.has(tokens[k + 1].lower))) head = k;
    else if (head >= 0) break;
    k++;
    if (head >= 0 && (tokens[k]?.type !== 'word' || FUNCTION_WORDS.has(tokens[k].lower) || !isNounTagged(tokens[k], tags) || isVerbLike(tokens[k], tags))) break;
  }
  if (head < 0) return null;
  const headWord = tokens[head].lower;
  if (ORDINAL_SKIP_NOUNS.has(headWord) || ORDINAL_SKIP_NOUNS.has(tokens[j].lower)) return null;
  // "the first reports", "third parties": a plural after an ordinal means "earliest" or is an idiom, not a rank.
  if (isPluralNoun(headWord) && !PLURAL_RANK_NOUNS.has(headWord)) return null;
  return { kind: 'ordinal', start: i, end: head + 1, noun: { start: j, end: head + 1 }, quantity: rank(o.value, singularize(headWord)) };
}
