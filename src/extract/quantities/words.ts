/**
 * Word classes the quantity rules need: closed-class (function) words, which are a fixed part of English
 * grammar, and a view of compromise's part-of-speech tags for open-class words.
 */
import type { Token } from './tokens';

/** Determiners, pronouns, prepositions, conjunctions, auxiliaries and common adverbs: never part of a counted noun. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those some any each every no both either neither all few many much more most less least ' +
    'other another such own same my your his her its our their whose which what who whom whoever it they them we us ' +
    'you he she i me him one ones itself themselves of in on at by for from to into onto with within without about ' +
    'over under above below across along among amid around behind beside besides between beyond during except ' +
    'inside outside near off out through throughout toward towards upon via per than versus vs since until till ' +
    'after before ago and or but nor so yet if when while because although though as unless whether then also ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might ' +
    'must not only just even still already again ever never always often very too quite rather almost nearly ' +
    'there here where how why each apiece respectively altogether overall including like worth against despite ' +
    'abroad ahead away back down up home together alone later earlier now today yesterday tomorrow'
  ).split(/\s+/),
);

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
