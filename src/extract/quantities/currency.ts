/**
 * Currency written around a number: a sign or code before it ("$", "US$", "HK $", "Rs."), a name after it
 * ("dollars", "US dollars", "yuan"), a sign or ISO code after it ("5 €", "500 USD") and the finance notation "MUSD".
 */
import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './lexicon';
import type { Token } from './tokens';

/** The sentence's text and tokens (a ScanInput without the tags). */
interface TextTokens {
  text: string;
  tokens: Token[];
}

const lowerAt = (input: TextTokens, tok: Token): string => input.text.slice(tok.start, tok.start + 40).toLowerCase().replace(/’/g, "'");

/** "$", "US$", "HK$", "€", "USD", "Rs." before a number at token i. */
export function currencyPrefixAt(tokens: Token[], i: number): { code: string; end: number } | null {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!t) return null;
  if (t.type === 'sym' && t.text !== '%' && CURRENCY_SYMBOLS.has(t.text)) return { code: CURRENCY_SYMBOLS.get(t.text)!, end: i + 1 };
  // "US $150 million", "HK $10bn": a spaced country prefix of two letters or more (a spaced "A $5" is an article).
  if (t.type === 'word' && n && !n.joined && n.text === '$' && t.text.length >= 2 && DOLLAR_PREFIXES.has(t.text) && tokens[i + 2]?.type === 'num') {
    return { code: CURRENCY_SYMBOLS.get(t.text + '$') ?? 'USD', end: i + 2 };
  }
  if (t.type === 'word' && n && n.joined && n.type === 'sym') {
    // "US$", "HK$", "A$", "CN¥"
    const combined = t.text + n.text;
    if (CURRENCY_SYMBOLS.has(combined)) return { code: CURRENCY_SYMBOLS.get(combined)!, end: i + 2 };
    if (n.text === '$' && DOLLAR_PREFIXES.has(t.text)) return { code: CURRENCY_SYMBOLS.get(t.text + '$') ?? 'USD', end: i + 2 };
  }
  if (t.type === 'word' && CURRENCY_CODES.has(t.text)) {
    // "USD 5m", "Rs 20 crore", "Rs. 20"; require the number right after (a code is also a word).
    let j = i + 1;
    if (tokens[j]?.text === '.' && tokens[j].joined) j++;
    if (tokens[j]?.type === 'num') return { code: CURRENCY_CODES.get(t.text)!, end: j };
  }
  return null;
}

/** A currency name after a number ("dollars", "US dollars", "yuan"), possibly after "of" for vague amounts. */
export function currencyNameAt(input: TextTokens, i: number, scaled: boolean): { code: string; end: number } | null {
  const { tokens } = input;
  const t = tokens[i];
  if (!t || t.type !== 'word') return null;
  const at = lowerAt(input, t);
  for (const name of CURRENCY_NAMES) {
    const phrase = name.words.join(' ');
    if (!at.startsWith(phrase)) continue;
    const after = at.charAt(phrase.length);
    if (after && /[\p{L}\p{N}]/u.test(after)) continue;
    if (name.afterScaleOnly && !scaled) continue;
    const endOffset = t.start + phrase.length;
    let end = i;
    while (end < tokens.length && tokens[end].start < endOffset) end++;
    return { code: name.code, end };
  }
  return null;
}

/** A currency sign or ISO code after the number ("5 €", "5€", "500 USD", "115USD"); a sign that a number follows is the next amount's. */
export function currencySuffixAt(tokens: Token[], k: number): { code: string; end: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const next = tokens[k + 1];
  if (t.type === 'sym' && t.text !== '%' && CURRENCY_SYMBOLS.has(t.text) && !(next && next.type === 'num')) return { code: CURRENCY_SYMBOLS.get(t.text)!, end: k + 1 };
  if (t.type === 'word' && /^[A-Z]{3}$/.test(t.text) && CURRENCY_CODES.has(t.text)) return { code: CURRENCY_CODES.get(t.text)!, end: k + 1 };
  return null;
}

/** "MUSD", "MEUR": the finance notation of millions of a currency (ISO code after "M"), before or after the number. */
export function millionCodeAt(tokens: Token[], k: number): { code: string; end: number } | null {
  const t = tokens[k];
  if (!t || t.type !== 'word' || !/^M[A-Z]{3}$/.test(t.text) || !CURRENCY_CODES.has(t.text.slice(1))) return null;
  return { code: CURRENCY_CODES.get(t.text.slice(1))!, end: k + 1 };
}
