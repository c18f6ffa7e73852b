/**
 * A small tokenizer with offsets, so quantity rules can look at neighbouring words without
 * re-parsing. Hyphens and currency signs are their own tokens; `joined` says whether a token
 * touches the one before it (no space), which is what separates "two-day" from "two - day".
 */
export type TokenType = 'num' | 'word' | 'sym' | 'punct';

export interface Token {
  text: string;
  /** Lower case, with typographic apostrophes made straight. */
  lower: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  type: TokenType;
  /** True when no whitespace separates this token from the previous one. */
  joined: boolean;
}

const TOKEN_RE = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[$€£¥₹₽₩₺₪₦₱฿₴₫৳₸₡₾₭₿%]|\S/gu;
const SYMBOLS = /^[$€£¥₹₽₩₺₪₦₱฿₴₫৳₸₡₾₭₿%]$/;

/** Tokens of `text` (a slice of the article starting at `offset`). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = offset + (m.index ?? 0);
    const type: TokenType = /^\d/.test(t) ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : SYMBOLS.test(t) ? 'sym' : 'punct';
    tokens.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start, end: start + t.length, type, joined: start === prevEnd });
    prevEnd = start + t.length;
  }
  return tokens;
}

export const isHyphen = (t: Token | undefined): boolean => !!t && t.type === 'punct' && /^[-‐‑–]$/.test(t.text);
export const isWord = (t: Token | undefined, ...words: string[]): boolean => !!t && t.type === 'word' && words.includes(t.lower);
/** A word token whose lower-case form is in a word list of src/language. */
export const isWordIn = (t: Token | undefined, words: ReadonlySet<string>): boolean => !!t && t.type === 'word' && words.has(t.lower);
export const isCapitalized = (t: Token | undefined): boolean => !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);
/** True for "Putin's", "countries'" (a possessive determiner made from a noun). */
export const isPossessive = (t: Token | undefined): boolean => !!t && t.type === 'word' && /(?:'s|s')$/.test(t.lower) && t.lower.length > 2;
