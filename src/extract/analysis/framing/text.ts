import { type DeterminerKind, determinerKind, determinerPattern, isAbbreviatedTitle, isFunctionWord, pointNumberPattern } from '../../../language';
import { escapeRegExp } from '../../../language/lexicon';
import type { Article, Span } from '../../../types';

/** Text helpers shared by the label finders: phrase regexes, neighbouring words, span expansion. */

/** Letters or digits: what a whole-word match must not touch on either side. */
const WORD_CHAR = '[\\p{L}\\p{N}]';
/** Between the words of a phrase: spaces (incl. no-break), hyphens, dashes. */
export const JOINER = '[\\s\\u00a0\\-‐–]+';
const SPACE = '[\\s\\u00a0]+';

export { escapeRegExp };

/** A phrase as a pattern: its words joined by any spacing or hyphen ("full-scale" matches "full scale"). */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/[\s\u00a0\-‐–]+/)
    .map(escapeRegExp)
    .join(JOINER);
}

/** Alternation of phrases, longest first so that "military offensive" wins over "offensive". */
export function alternation(phrases: string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(phrasePattern).join('|');
}

/** Whole-word regex over phrases (global, Unicode). */
export function wordRegex(phrases: string[], caseInsensitive: boolean): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternation(phrases)})(?!${WORD_CHAR})`, caseInsensitive ? 'giu' : 'gu');
}

/** Lower case, spacing and hyphens collapsed, quotation marks dropped: the key under which phrases compare. */
export function normalizePhrase(s: string): string {
  return s
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/[\s\u00a0\-‐–]+/g, ' ')
    .trim();
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface Word extends Span {
  text: string;
}

/** The word just before `pos` (skipping spaces, quotes and hyphens), or null at a sentence/clause boundary. */
export function wordBefore(text: string, pos: number, floor = 0): Word | null {
  const slice = text.slice(Math.max(floor, pos - 60), pos);
  const m = /([\p{L}\p{N}][\p{L}\p{N}’'.]*)[\s\u00a0“”"‘’\-‐–]*$/u.exec(slice);
  if (!m) return null;
  const start = pos - slice.length + m.index;
  let word = m[1];
  if (word.endsWith('.') && !isAbbreviatedTitle(word.slice(0, -1))) word = word.replace(/\.+$/, '');
  return { text: word, start, end: start + word.length };
}

/** The word just after `pos` (skipping spaces, quotes and hyphens). */
export function wordAfter(text: string, pos: number, ceil = text.length): Word | null {
  const slice = text.slice(pos, Math.min(ceil, pos + 60));
  const m = /^[\s\u00a0“”"‘’\-‐–]*([\p{L}\p{N}][\p{L}\p{N}’']*)/u.exec(slice);
  if (!m) return null;
  const start = pos + m[0].length - m[1].length;
  return { text: m[1], start, end: start + m[1].length };
}

/** The next `n` words after `pos`, lower-cased and space-joined ("of words"). */
export function wordsAfter(text: string, pos: number, n: number, ceil = text.length): string {
  const out: string[] = [];
  let at = pos;
  for (let i = 0; i < n; i++) {
    const w = wordAfter(text, at, ceil);
    if (!w) break;
    out.push(w.text.toLowerCase());
    at = w.end;
  }
  return out.join(' ');
}

/** A capitalised word or name sequence ("Russia", "South Sudan", "Russia-China", "Gaza Strip"), 1–3 words. */
const CAP_WORD = '[\\p{Lu}][\\p{L}\\p{N}’\'.]*(?:[-‐–][\\p{Lu}][\\p{L}\\p{N}’\'.]*)*';
const CAP_SEQ = `${CAP_WORD}(?:${SPACE}${CAP_WORD}){0,2}`;

/** "12-point", "twelve-point" right before a position: a plan's count of points, read as a modifier. */
const POINT_COUNT = new RegExp(`(?<![\\p{L}\\p{N}])((?:\\d+|${pointNumberPattern()})-point)${SPACE}$`, 'iu');
const DETERMINER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${determinerPattern(['article', 'collective-possessive', 'possessive', 'demonstrative'])})${SPACE}$`, 'iu');
const ARTICLE_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${determinerPattern(['article'])})${SPACE}$`, 'iu');
const POSSESSIVE_KINDS: ReadonlySet<DeterminerKind> = new Set(['possessive', 'collective-possessive']);

export interface Expansion extends Span {
  /** Modifiers found before the head, in text order, normalised. */
  modifiers: string[];
  /** Capitalised words attached before the head ("the Ukraine war", "Russia's war", "Soviet-Afghan war"). */
  premod: Span | null;
  /** The possessive pronoun or noun before the head, if any ("its", "their", "Russia's"). */
  possessive: Word | null;
}

/**
 * Walks left from a head word over evaluative modifiers and attached capitalised words, then one determiner or
 * possessive, so that the span reads "the friendly “no limits” relationship" or "Russia's full-scale invasion".
 */
export function expandLeft(text: string, head: Span, modifiers: ModifierMatcher | null, floor: number, titleCase = false): Expansion {
  let start = head.start;
  const mods: string[] = [];
  let premod: Span | null = null;
  let possessive: Word | null = null;
  for (let step = 0; step < 5; step++) {
    const before = text.slice(Math.max(floor, start - 80), start);
    const base = start - before.length;
    const mod = modifiers?.regex.exec(before);
    if (mod && modifiers) {
      mods.unshift(modifiers.canonical.get(normalizePhrase(mod[1])) ?? normalizePhrase(mod[1]));
      start = base + mod.index;
      continue;
    }
    const num = POINT_COUNT.exec(before);
    if (num) {
      mods.unshift(num[1].toLowerCase());
      start = base + num.index;
      continue;
    }
    const cap = new RegExp(`(?<![\\p{L}\\p{N}’'])(${CAP_SEQ})${SPACE}$`, 'u').exec(before);
    // In a title-case headline every word is capitalised: no word is a name by its case.
    if (cap && !titleCase && !/[’']s$/.test(cap[1]) && !premod) {
      // Sentence-initial function words are capitalised too ("The war", "Since Russia ..."): not names.
      let capStart = base + cap.index;
      let words = cap[1];
      for (let lead = /^(\S+)[\s\u00a0]+/u.exec(words); lead && isFunctionWord(lead[1]); lead = /^(\S+)[\s\u00a0]+/u.exec(words)) {
        capStart += lead[0].length;
        words = words.slice(lead[0].length);
      }
      if (!isFunctionWord(words)) {
        premod = { start: capStart, end: capStart + words.length };
        start = premod.start;
        continue;
      }
    }
    break;
  }
  const before = text.slice(Math.max(floor, start - 80), start);
  const base = start - before.length;
  const det = DETERMINER_BEFORE.exec(before);
  const poss = titleCase ? null : new RegExp(`(?<![\\p{L}\\p{N}])(${CAP_WORD}[’']s)${SPACE}$`, 'u').exec(before);
  if (poss) {
    possessive = { text: poss[1], start: base + poss.index, end: base + poss.index + poss[1].length };
    start = possessive.start;
    const det2 = ARTICLE_BEFORE.exec(text.slice(Math.max(floor, start - 10), start));
    if (det2) start -= det2[0].length;
  } else if (det) {
    if (POSSESSIVE_KINDS.has(determinerKind(det[1]) ?? 'article')) possessive = { text: det[1], start: base + det.index, end: base + det.index + det[1].length };
    start = base + det.index;
  }
  return { start, end: head.end, modifiers: mods, premod, possessive };
}

/** Finds one of `modifiers` right before a position; `canonical` maps a match back to its form in the data. */
export interface ModifierMatcher {
  regex: RegExp;
  canonical: Map<string, string>;
}

export function modifierRegex(modifiers: string[]): ModifierMatcher | null {
  if (modifiers.length === 0) return null;
  const canonical = new Map<string, string>();
  for (const m of modifiers) if (!canonical.has(normalizePhrase(m))) canonical.set(normalizePhrase(m), m.toLowerCase());
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}])[“"‘']?(${alternation(modifiers)})[”"’']?,?[\\s\\u00a0]+[“"‘']?$`, 'iu'), canonical };
}

export interface Complement extends Span {
  preposition: string | null;
  /** The capitalised words after the preposition. */
  object: Span;
}

/** "in Ukraine", "between Russia and Ukraine", "against the Donbass", or (verbs) a bare object: "invaded Ukraine". */
export function complementAfter(text: string, pos: number, ceil: number, prepositions: string[] | null): Complement | null {
  const slice = text.slice(pos, Math.min(ceil, pos + 120));
  const prep = prepositions && prepositions.length > 0 ? `(${prepositions.map(escapeRegExp).join('|')})${SPACE}` : '()';
  const re = new RegExp(`^${SPACE}${prep}(?:the${SPACE})?(${CAP_SEQ}(?:${SPACE}(?:and|&)${SPACE}(?:the${SPACE})?${CAP_SEQ})?)`, 'u');
  const m = re.exec(slice);
  if (!m) return null;
  // A full stop ending the sentence is not part of the name ("in Ukraine."), the one of "U.S." is.
  const objText = m[2].replace(/[’']s$/, '').replace(/(?<!(?:^|[^\p{L}])\p{Lu})\.$/u, '');
  const objStart = pos + m[0].length - m[2].length;
  return { start: pos, end: objStart + objText.length, preposition: m[1] || null, object: { start: objStart, end: objStart + objText.length } };
}

/** Whole-word test for any of `words` inside `text` (case-insensitive). */
export function containsAny(text: string, words: RegExp): boolean {
  words.lastIndex = 0;
  return words.test(text);
}

/** Any of the words, as whole words (no letter on either side). */
export function anyWordRegex(words: string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, flags);
}

/** True when any part of the span lies in the article's page chrome. */
export function inChrome(article: Pick<Article, 'chrome'>, span: Span): boolean {
  return article.chrome.some((c) => overlaps(c, span));
}
