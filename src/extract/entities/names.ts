import {
  ENTITY_HONORIFICS as HONORIFICS,
  ENTITY_PLURAL_HONORIFICS as PLURAL_HONORIFICS,
  ENTITY_ROLE_NOUNS as ROLE_NOUNS,
  ENTITY_TITLES,
  NAME_MODIFIERS,
  NAME_SUFFIXES,
  TITLE_FUNCTION_WORDS,
  TRANSLITERATION_ENDINGS,
} from '../../language';
import { alternation } from '../../language/lexicon';
import { isPlaceWord } from './governments';

/** Titles as word arrays, longest first, so "Secretary of State" wins over "Secretary". */
const TITLES: string[][] = ENTITY_TITLES
  .map((t) => t.split(/\s+/))
  .sort((a, b) => b.length - a.length);
/** Words that occur in titles, function words excluded ("of" in "Secretary of State" is no title by itself). */
const TITLE_WORDS = new Set(TITLES.flat().filter((w) => !TITLE_FUNCTION_WORDS.has(w)));
const TITLE_PHRASES = new Set(TITLES.map((t) => t.join(' ')));

/** "Jr.", "St.": a name's full stop, not the sentence's. */
const NAME_SUFFIX = new RegExp(String.raw`^${alternation(NAME_SUFFIXES)}\.$`);
const NAME_MODIFIER = new RegExp(`^${alternation(NAME_MODIFIERS)}$`, 'i');
const TRANSLITERATION_ENDING = new RegExp(`${alternation(TRANSLITERATION_ENDINGS)}$`);

/** Typographic apostrophes and no-break spaces made plain, so that names compare by their letters. */
export function normalizeSpacing(s: string): string {
  return s.replace(/[\u2019\u2018\u02bc]/g, "'").replace(/[\s\u00a0]+/g, ' ').trim();
}

/** "Xi's" → "Xi", "Jones'" → "Jones". */
export function stripPossessive(s: string): string {
  return s.replace(/['\u2019](?:s)?$/, '');
}

/** Quote marks and punctuation glued to a name by the tokenizer ("“Putin", "Putin,”", "Putin."). */
export function stripGlue(s: string): string {
  let t = s.replace(/^[\s"'“”‘’(\[]+/, '').replace(/[\s"“”‘’,;:!?)\]]+$/, '');
  const last = t.split(/\s+/).pop() ?? '';
  if (t.endsWith('.') && !isHonorific(last) && !isPluralHonorific(last) && !/^(?:\p{Lu}\.)+$/u.test(last) && !NAME_SUFFIX.test(last)) {
    t = t.slice(0, -1);
  }
  return t;
}

function bare(word: string): string {
  return word.replace(/\.$/, '').toLowerCase();
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(bare(word));
}

export function isPluralHonorific(word: string): boolean {
  return PLURAL_HONORIFICS.has(bare(word));
}

export function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word.toLowerCase());
}

/** A word that can be part of a title ("Secretary", "of", "State", "spokeswoman"). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** A whole title from the data file ("secretary of state", "spokeswoman"), case-insensitive. */
export function isTitle(phrase: string): boolean {
  return TITLE_PHRASES.has(phrase.toLowerCase().replace(/\.$/, ''));
}

/** Length (in words) of the title that starts at `words[i]`, or 0. */
export function titleLengthAt(words: readonly string[], i: number): number {
  for (const t of TITLES) {
    if (i + t.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < t.length && ok; k++) ok = words[i + k].toLowerCase().replace(/[.,]$/, '') === t[k];
    if (ok) return t.length;
  }
  return 0;
}

export interface StrippedName {
  /** The name without honorifics, titles, nationality or possessive ("Antony Blinken"). */
  name: string;
  /** What was stripped in front of it, lower-cased ("u.s.", "secretary of state"). */
  titles: string[];
  /** True after a plural honorific ("Messrs. Xi and Putin"). */
  plural: boolean;
}

/**
 * Strips leading honorifics, titles and country words from a name phrase:
 * "U.S. Secretary of State Antony Blinken" → "Antony Blinken"; "Mr. Xi’s" → "Xi"; "Messrs. Xi" → "Xi" (plural).
 */
export function stripTitles(surface: string): StrippedName {
  const words = normalizeSpacing(stripGlue(surface)).split(' ').filter(Boolean);
  const titles: string[] = [];
  let plural = false;
  let i = 0;
  while (i < words.length - 1) {
    const w = words[i];
    if (isPluralHonorific(w)) {
      plural = true;
      titles.push(w.toLowerCase());
      i++;
      continue;
    }
    if (isHonorific(w)) {
      titles.push(w.toLowerCase());
      i++;
      continue;
    }
    const n = titleLengthAt(words, i);
    if (n > 0 && i + n < words.length) {
      titles.push(words.slice(i, i + n).join(' ').toLowerCase());
      i += n;
      continue;
    }
    if (isPlaceWord(w.replace(/'s$/, '')) || NAME_MODIFIER.test(w) || /^[a-z]/.test(w)) {
      titles.push(w.toLowerCase());
      i++;
      continue;
    }
    break;
  }
  const name = stripPossessive(words.slice(i).join(' '));
  return { name, titles, plural };
}

/**
 * A spelling-insensitive key for comparing names within and across articles: lower case, accents dropped,
 * doubled letters collapsed ("Zelenskyy" ≡ "Zelensky"), and the common transliteration endings -iy/-yy/-ij/-ii/-i
 * of Slavic surnames folded to -y ("Zelenskiy" ≡ "Zelensky"). Only for words of five letters or more, so that
 * short names ("Li", "Ng") stay distinct.
 */
export function nameKey(name: string): string {
  return normalizeSpacing(stripPossessive(name))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/[^a-z0-9-]/g, ''))
    .filter(Boolean)
    .map((w) => {
      let k = w.replace(/(.)\1+/g, '$1');
      if (k.length >= 5) k = k.replace(TRANSLITERATION_ENDING, 'y');
      return k;
    })
    .join(' ');
}

/**
 * True when two names can denote the same person: same key, or one is a single word equal to the other's
 * first or last word ("Xi" ~ "Xi Jinping", "Ge" ~ "Anna Ge", "Zelensky" ~ "Volodymyr Zelenskyy").
 */
export function sameName(a: string, b: string): boolean {
  const ka = nameKey(stripTitles(a).name);
  const kb = nameKey(stripTitles(b).name);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const wa = ka.split(' ');
  const wb = kb.split(' ');
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 1) return long[0] === short[0] || long[long.length - 1] === short[0];
  // "Vladimir Vladimirovich Putin" ~ "Vladimir Putin": first and last words agree.
  return short[0] === long[0] && short[short.length - 1] === long[long.length - 1];
}
