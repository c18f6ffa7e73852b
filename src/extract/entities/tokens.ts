import { ABBREVIATIONS_WITH_STOP } from '../../language';
import { alternation } from '../../language/lexicon';
import { tokenize as words } from '../../language/tokens';
import type { Span } from '../../types';

/** A word of the text with its offsets. Possessive "’s" stays on the word; a sentence-final full stop does not. */
export interface Token extends Span {
  text: string;
}

/** Abbreviations that keep their full stop: initials and dotted acronyms ("U.S.", "J."), "Mr.", "St.", "Jr.". */
const KEEP_DOT = new RegExp(String.raw`^(?:(?:\p{L}\.)+|${alternation(ABBREVIATIONS_WITH_STOP)}\.)$`, 'u');

/**
 * Words of text[start, end) with offsets into the whole text: the language layer's words (src/language/tokens.ts),
 * with the full stop of an abbreviation or initial kept on the word ("Mr.", "J."; "U.S." keeps it there already).
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  return words(text.slice(start, end), start).map((t) => {
    const stop = t.end < end && text[t.end] === '.' && KEEP_DOT.test(`${t.text}.`);
    return stop ? { text: `${t.text}.`, start: t.start, end: t.end + 1 } : { text: t.text, start: t.start, end: t.end };
  });
}

/** The gap between two tokens holds nothing but spaces (no punctuation, no line break). */
export function onlySpacesBetween(text: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]*$/.test(text.slice(a.end, b.start)) && b.start - a.end <= 3;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** "Xi’s" → true. */
export function isPossessive(word: string): boolean {
  return /['’]s$/.test(word) || /s['’]$/.test(word);
}
