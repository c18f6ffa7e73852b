/**
 * Word classes the quantity rules need: closed-class (function) words, which are a fixed part of English
 * grammar, and a view of compromise's part-of-speech tags for open-class words.
 */
import { QUANTITY_FUNCTION_WORDS } from '../../language';
import type { Token } from './tokens';

/** Determiners, pronouns, prepositions, conjunctions, auxiliaries and common adverbs: never part of a counted noun. */
export const FUNCTION_WORDS = QUANTITY_FUNCTION_WORDS;

/** Part-of-speech tags of the article's words, from the shared compromise parse, keyed by start offset. */
export type TagLookup = (t: Token) => ReadonlySet<string> | undefined;

export const noTags: TagLookup = () => undefined;

/** A verb by compromise's reading, and not also readable as a noun or adjective ("troops wounded"). */
export function isVerbLike(t: Token, tags: TagLookup): boolean {
  const tg = tags(t);
  if (tg) return tg.has('Verb') && !tg.has('Noun') && !tg.has('Adjective') && !tg.has('Value');
  return /(?:ed|ing)$/.test(t.lower) && t.lower.length > 5;
}

export function isNounTagged(t: Token, tags: TagLookup): boolean {
  const tg = tags(t);
  if (!tg) return !FUNCTION_WORDS.has(t.lower);
  return tg.has('Noun') && !tg.has('Pronoun');
}

export function isAdjectiveTagged(t: Token, tags: TagLookup): boolean {
  const tg = tags(t);
  return !!tg && (tg.has('Adjective') || tg.has('Demonym'));
}
