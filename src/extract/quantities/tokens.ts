/**
 * The quantity rules' tokens: the language layer's lexemes (src/language/tokens.ts), with offsets, so that
 * quantity rules can look at neighbouring words without re-parsing; `joined` says whether a token touches the
 * one before it (no space), which is what separates "two-day" from "two - day".
 */
import { lexemes, type Lexeme, type LexemeType } from '../../language/tokens';

export type TokenType = LexemeType;
export type Token = Lexeme;
export const tokenize = lexemes;

export const isHyphen = (t: Token | undefined): boolean => !!t && t.type === 'punct' && /^[-‐‑–]$/.test(t.text);
export const isWord = (t: Token | undefined, ...words: string[]): boolean => !!t && t.type === 'word' && words.includes(t.lower);
/** A word token whose lower-case form is in a word list of src/language. */
export const isWordIn = (t: Token | undefined, words: ReadonlySet<string>): boolean => !!t && t.type === 'word' && words.has(t.lower);
export const isCapitalized = (t: Token | undefined): boolean => !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);
/** True for "Putin's", "countries'" (a possessive determiner made from a noun). */
export const isPossessive = (t: Token | undefined): boolean => !!t && t.type === 'word' && /(?:'s|s')$/.test(t.lower) && t.lower.length > 2;
