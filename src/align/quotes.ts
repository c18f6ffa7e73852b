import { diffArrays } from 'diff';
import { QUOTE_VARIANT_WORDS } from '../language';

/**
 * Word alignment of two quotes: where one is an excerpt of the other, or the two overlap (one begins where
 * the other is cut), the words they share form a CORE; the edits inside that core are what differs within
 * the quoted words. Words outside the core are where the excerpts were cut, not changes.
 */
export interface QuoteAlignment {
  /** Words matched inside the core. */
  matched: number;
  /** Words changed inside the core (both sides' words of every inner edit). */
  edits: Array<{ a: string[]; b: string[] }>;
  /** Every edit only adds or drops a transcription variant word ("I think the President" / "I think President"). */
  functionOnly: boolean;
}

export function alignQuotes(a: string[], b: string[]): QuoteAlignment | null {
  if (!a.length || !b.length) return null;
  const parts = diffArrays(a, b);
  // Trim one-sided chunks at both ends: where the excerpts begin and end.
  let lo = 0;
  let hi = parts.length - 1;
  while (lo <= hi && (parts[lo].added || parts[lo].removed)) lo++;
  while (hi >= lo && (parts[hi].added || parts[hi].removed)) hi--;
  if (lo > hi) return null;
  let matched = 0;
  const edits: QuoteAlignment['edits'] = [];
  let pending: { a: string[]; b: string[] } | null = null;
  for (let k = lo; k <= hi; k++) {
    const p = parts[k];
    if (!p.added && !p.removed) {
      matched += p.value.length;
      if (pending) edits.push(pending);
      pending = null;
      continue;
    }
    pending ??= { a: [], b: [] };
    if (p.removed) pending.a.push(...p.value);
    else pending.b.push(...p.value);
  }
  if (pending) edits.push(pending);
  const functionOnly = edits.every((e) => (e.a.length === 0 || e.b.length === 0) && [...e.a, ...e.b].every((w) => QUOTE_VARIANT_WORDS.has(w)));
  return { matched, edits, functionOnly };
}

/** How many words the two lists share, counted with repeats (a multiset intersection), stopping at `enough`. */
export function sharedWordCount(a: string[], b: string[], enough = Infinity): number {
  const left = new Map<string, number>();
  for (const w of a) left.set(w, (left.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) {
    const k = left.get(w);
    if (!k) continue;
    left.set(w, k - 1);
    if (++n >= enough) break;
  }
  return n;
}

/** A core shorter than this says little: two quotes may share a phrase by chance. */
export const MIN_CORE_WORDS = 6;
/** At most this share of the core's words may be edits for the two to be one quote altered. */
const MAX_EDIT_SHARE = 0.25;

export type QuoteMatch = 'excerpt' | 'altered' | null;

/**
 * `excerpt`: one quote is (or overlaps) a cut of the other, differing at most in function words; `altered`:
 * the same quoted passage with a few content words changed; null: no such alignment.
 */
export function quoteMatch(a: string[], b: string[]): QuoteMatch {
  // The core's matched words are common to both: fewer shared words than a core needs, and no alignment can
  // pass (this check is linear; the word diff is quadratic on quotes that share little).
  if (sharedWordCount(a, b, MIN_CORE_WORDS) < MIN_CORE_WORDS) return null;
  const al = alignQuotes(a, b);
  if (!al || al.matched < MIN_CORE_WORDS) return null;
  const edited = al.edits.reduce((n, e) => n + Math.max(e.a.length, e.b.length), 0);
  if (al.functionOnly && edited <= Math.max(1, Math.floor(al.matched * MAX_EDIT_SHARE))) return 'excerpt';
  // Many small matching islands are not one passage: the core must be mostly matched words.
  if (edited <= Math.max(1, al.matched * MAX_EDIT_SHARE) && al.edits.length <= 3) return 'altered';
  return null;
}
