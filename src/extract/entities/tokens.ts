import { ABBREVIATIONS_WITH_STOP } from '../../language/en';
import { alternation } from '../../language/lexicon';
import type { Span } from '../../types';

/** A word of the text with its offsets. Possessive "’s" stays on the word; a sentence-final full stop does not. */
export interface Token extends Span {
  text: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]*/gu;
/** Abbreviations that keep their full stop: initials and dotted acronyms ("U.S.", "J."), "Mr.", "St.", "Jr.". */
const KEEP_DOT = new RegExp(String.raw`^(?:(?:\p{L}\.)+|${alternation(ABBREVIATIONS_WITH_STOP)})\.$`, 'u');

/** Words of text[start, end) with offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    let w = m[0];
    // Trailing hyphens, apostrophes and non-abbreviation full stops belong to the punctuation, not the word.
    while (/[-'’]$/.test(w) && w.length > 1) w = w.slice(0, -1);
    while (w.endsWith('.') && !KEEP_DOT.test(w)) w = w.slice(0, -1);
    if (!w) continue;
    out.push({ text: w, start: start + m.index, end: start + m.index + w.length });
  }
  return out;
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
