/**
 * The word tokenizer of the language layer: words with offsets (UTF-16 indices into the article text).
 * Extraction's analysis pass tokenizes each article once with it and stores the offsets
 * (ExtractedArticle.analysis.words, see encodeWords); later stages rebuild the words from them (decodeWords).
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased, possessive and edge punctuation removed. */
  norm: string;
  /** The word ended in a possessive ’s / 's (or a bare apostrophe after s). */
  possessive: boolean;
  capitalized: boolean;
}

// Letters and digits joined by inner apostrophes, hyphens and dots ("U.S.", "Putin’s", "no-limits", "10,000").
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[’'.\-,](?=[\p{L}\p{N}]))*/gu;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

/** Words with offsets. Commas only join digits ("10,000"); dots join initialisms ("U.S."). */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    // A comma between letters is punctuation, not part of a word: split there.
    const parts = m[0].split(/,(?=\p{L})|(?<=\p{L}),/u);
    let pos = m.index!;
    for (const part of parts) {
      if (part) out.push(makeToken(part, offset + pos));
      pos += part.length + 1;
    }
  }
  // "U.S." keeps its final dot when the next char is not a letter (the regex stops before it).
  for (const t of out) {
    if (INITIALISM.test(t.text) && text[t.end - offset] === '.') {
      t.text += '.';
      t.end += 1;
    }
  }
  return out;
}

/** The word at text[start, end) as `tokenize` made it (the word regex never ends a word in a dot: a final dot is an initialism's). */
export function tokenFromSlice(text: string, start: number, end: number): Token {
  const raw = text.slice(start, end);
  if (!raw.endsWith('.')) return makeToken(raw, start);
  const t = makeToken(raw.slice(0, -1), start);
  t.text += '.';
  t.end += 1;
  return t;
}

/**
 * The words as the analysis stores them: flat [gap, length, gap, length, …], each gap counted from the end of
 * the word before (small numbers keep the stored extraction small).
 */
export function encodeWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  let end = 0;
  for (const t of tokens) {
    out.push(t.start - end, t.end - t.start);
    end = t.end;
  }
  return out;
}

/** The words of `text` from their stored form (encodeWords). */
export function decodeWords(text: string, words: readonly number[]): Token[] {
  const out: Token[] = [];
  let end = 0;
  for (let k = 0; k + 1 < words.length; k += 2) {
    const start = end + words[k];
    end = start + words[k + 1];
    out.push(tokenFromSlice(text, start, end));
  }
  return out;
}

function makeToken(raw: string, start: number): Token {
  const possessive = /\p{L}[’']s$/u.test(raw) || /s[’']$/u.test(raw);
  const base = raw.replace(/[’']s$/u, '').replace(/[’']$/u, '');
  return {
    text: raw,
    start,
    end: start + raw.length,
    norm: base.toLowerCase(),
    possessive,
    capitalized: /^\p{Lu}/u.test(raw),
  };
}

/**
 * The quantity extractor's finer cut of the same text (src/extract/quantities/tokens.ts): every word, number,
 * currency sign and punctuation mark is a lexeme. Words split at hyphens and dots ("two-day" is three lexemes,
 * so that "two - day" can be told apart by `joined`); numbers keep their group commas and decimals ("1,200.5",
 * Indian "12,00,000"). It cannot be a view of `tokenize`, which joins "U.S." and "no-limits" into one word.
 */
export type LexemeType = 'num' | 'word' | 'sym' | 'punct';

export interface Lexeme {
  text: string;
  /** Lower case, with typographic apostrophes made straight. */
  lower: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  type: LexemeType;
  /** True when no whitespace separates this token from the previous one. */
  joined: boolean;
}

const TOKEN_RE = /\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[$€£¥₹₽₩₺₪₦₱฿₴₫৳₸₡₾₭₿%]|\S/gu;
const SYMBOLS = /^[$€£¥₹₽₩₺₪₦₱฿₴₫৳₸₡₾₭₿%]$/;

/** Lexemes of `text` (a slice of the article starting at `offset`). */
export function lexemes(text: string, offset = 0): Lexeme[] {
  const tokens: Lexeme[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = offset + (m.index ?? 0);
    const type: LexemeType = /^\d/.test(t) ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : SYMBOLS.test(t) ? 'sym' : 'punct';
    tokens.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start, end: start + t.length, type, joined: start === prevEnd });
    prevEnd = start + t.length;
  }
  return tokens;
}
