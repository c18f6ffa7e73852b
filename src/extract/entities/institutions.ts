import { governmentFor, lookupPlace } from './governments';
import { normalizeSpacing } from './names';
import { MINISTRY_HEADS, MINISTRY_PORTFOLIOS } from '../../language';
import { alternation } from '../../language/lexicon';

function titleCase(s: string): string {
  return s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()).replace(/\bOf\b/g, 'of').replace(/\bAnd\b/g, 'and');
}

/** Portfolio words as ministries are officially named ("foreign ministry" → "Ministry of Foreign Affairs"). */
function portfolioName(p: string): string {
  const k = p.toLowerCase().replace(/\s+/g, ' ');
  return MINISTRY_PORTFOLIOS.get(k) ?? titleCase(k);
}

const HEAD = alternation(MINISTRY_HEADS);
/** "Japan’s foreign ministry", "the Chinese Foreign Ministry", "Russia's defence ministry". */
const OWNER_FIRST = new RegExp(String.raw`^(?:the\s+)?([\p{L}. ]+?)(?:'s)?\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+${HEAD}$`, 'iu');
/** "the Ministry of Foreign Affairs of Japan", "Ministry of Defence". */
const MINISTRY_OF = /^(?:the\s+)?(?:(\p{L}[\p{L}. ]*?)(?:'s)?\s+)?ministry\s+of\s+(?:the\s+)?([\p{L} ]+?)(?:\s+of\s+(?:the\s+)?([\p{L}. ]+))?$/iu;

/**
 * Canonical name of a ministry: "Ministry of <Portfolio> of <Country>" ("Japan’s foreign ministry" →
 * "Ministry of Foreign Affairs of Japan"), or null when the phrase is not a ministry.
 */
export function canonicalMinistry(surface: string): string | null {
  const s = normalizeSpacing(surface);
  let m = MINISTRY_OF.exec(s);
  if (m) {
    const owner = m[3] ?? m[1];
    const place = owner ? lookupPlace(owner) : null;
    const base = `Ministry of ${portfolioName(m[2])}`;
    return place ? `${base} of ${place.country.name}` : owner ? `${base} of ${titleCase(owner)}` : base;
  }
  m = OWNER_FIRST.exec(s);
  if (m && /ministry$/i.test(s)) {
    const place = lookupPlace(m[1]);
    if (place) return `Ministry of ${portfolioName(m[2])} of ${place.country.name}`;
    const words = `${m[1]} ${m[2]}`;
    if (!/^[\p{L} ]+$/u.test(words)) return null;
    return `Ministry of ${portfolioName(words)}`;
  }
  return null;
}

/**
 * Canonical name of an institution used as a speaker: governments by country ("Beijing", "the Kremlin",
 * "China", "the Chinese government" → "Chinese government"), ministries as above, anything else as written
 * without a leading article ("the World Health Organization" → "World Health Organization").
 */
export function canonicalInstitution(surface: string): string {
  const s = normalizeSpacing(surface).replace(/['’]s$/, '');
  return governmentFor(s) ?? canonicalMinistry(s) ?? s.replace(/^the\s+/i, '');
}
