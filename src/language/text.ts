import { ALIGN_SPEECH_VERBS, ALIGN_STOPWORDS, ALIGN_SYNONYM_CLASSES, ALIGN_TIME_WORDS, ALIGN_TITLES } from './index';
import { tokenize } from './tokens';

/**
 * The words of a text as alignment compares them: content words, crude stems with synonym classes, and the
 * overlap measures over bags of them. Read by align, compare and the analysis pass.
 */
export { tokenize, type Token } from './tokens';

export const STOPWORDS: ReadonlySet<string> = ALIGN_STOPWORDS;
export const TIME_WORDS: ReadonlySet<string> = ALIGN_TIME_WORDS;
/** Office titles ("president", "leader"): they describe a person, not what a claim is about. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...ALIGN_TITLES].flatMap((t) => t.split(' ')).filter((w) => !STOPWORDS.has(w)));
export const SPEECH_VERBS: ReadonlySet<string> = ALIGN_SPEECH_VERBS;

/**
 * A crude stem: the first five letters of the lower-cased word. Prefix truncation is a well-tried
 * stemmer for retrieval; it joins "negotiate"/"negotiations" and "Ukraine"/"Ukrainian" without a lexicon.
 */
function prefixStem(word: string): string {
  const w = word.toLowerCase().replace(/[’']/g, '');
  return w.length <= 5 ? w : w.slice(0, 5);
}

/**
 * Word → synonym class ("invasion", "hostilities", "war" → "@war"). Matched on the whole word (and its
 * form without a plural s), not on the 5-letter stem: "interests" must not become "interview".
 */
const SYNONYM: Map<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [name, words] of ALIGN_SYNONYM_CLASSES) {
    for (const w of words) if (!w.includes(' ') && !m.has(w)) m.set(w, `@${name}`);
  }
  return m;
})();

export function stem(word: string): string {
  const w = word.toLowerCase().replace(/[’']/g, '');
  return SYNONYM.get(w) ?? SYNONYM.get(w.replace(/s$/, '')) ?? prefixStem(w);
}

export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !STOPWORDS.has(norm) && !/^\p{N}/u.test(norm);
}

/** Stems of the content words of `text` (time words dropped when `dropTime`). */
export function contentStems(text: string, dropTime = false): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    for (const part of t.norm.split('-')) {
      if (!isContentWord(part)) continue;
      if (dropTime && TIME_WORDS.has(part)) continue;
      out.push(stem(part));
    }
  }
  return out;
}

/** |A∩B| / min(|A|,|B|): how much of the smaller bag the larger one covers. 0 when either is empty. */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * Weighted overlap coefficient: shared weight over the lighter bag's weight. With idf weights, a word that
 * appears around every figure of the corpus ("visit" in a corpus about a visit) counts for little.
 */
export function weightedOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (w: string) => number): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const x of a) {
    const w = weight(x);
    wa += w;
    if (b.has(x)) shared += w;
  }
  for (const x of b) wb += weight(x);
  const denom = Math.min(wa, wb);
  return denom > 0 ? shared / denom : 0;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}

export function intersect<T>(a: Iterable<T>, b: ReadonlySet<T>): T[] {
  const out: T[] = [];
  for (const x of a) if (b.has(x)) out.push(x);
  return out;
}

/** Quote wording for comparison: lower case, typographic quotes and dashes folded, punctuation dropped. */
export function normalizeWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}
