import type { ClaimFeatures } from './features';
import { forClaim, type PerKind } from './kinds';
import { sentenceWithout } from './score';
import { anchorEventKey, isConcreteTimex, timexYear } from './values';

/**
 * Candidate generation by BLOCKING: claims are put into buckets under cheap keys, and only claims that
 * share a bucket (and come from different articles) are ever scored. Keys, all prefixed by claim kind:
 *
 *   quantity  unit class × story            (figures of one event)
 *             story                         (the same count under two nouns: "42 members" / "42 Republicans")
 *             unit class × measure word     (the same series across stories: "trade" in USD)
 *             unit class × exact value      (the same figure across stories: "75 years", "12-point")
 *   date      year × event word             ("2022" × "invasion")
 *             story × adjacent event word   (the same event dated in two years within one story)
 *             anchor event × story          ("the eve of his visit" / "the day of the visit")
 *   quote     word trigram of the quote     (same or altered wording; whole text when under three words)
 *             speaker name × story          (paraphrases of one speaker in one event)
 *             speaker name × quote word     (paraphrases of one speaker across events)
 *
 * Each claim has a bounded number of keys, and buckets larger than `maxBucket` are dropped as too generic
 * to discriminate (a real match shares a more specific key too), so the number of pairs grows about
 * linearly with the corpus rather than with its square.
 */
export interface BlockingOptions {
  maxBucket: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { maxBucket: 60 };

/** Per claim kind, the keys its claims are bucketed under (see model/claim-kinds.ts), pushed onto `keys`. */
export const BLOCKING_KEYS: PerKind<[f: ClaimFeatures, keys: string[]], void> = {
  quantity(c, f, keys) {
    const u = f.unitClass ?? '-';
    if (f.story) keys.push(`q|${u}|s:${f.story}`);
    // Figures of one story whose units may be two names of one thing (see unitRelation in score.ts).
    if (f.story) keys.push(`q|*|s:${f.story}`);
    for (const w of f.measure) keys.push(`q|${u}|m:${w}`);
    keys.push(`q|${u}|v:${c.quantity.value}`);
  },
  date(c, f, keys) {
    const y = timexYear(c.time.value) ?? (/^\d{2,3}$/.test(c.time.value) ? c.time.value : null);
    if (y && !f.isPeriodOfQuantity) for (const w of f.measure) keys.push(`d|${y}|m:${w}`);
    // Within a story, by what the date dates, whatever its year: "founded in 1998" meets "founded in 1997".
    if (f.story && isConcreteTimex(c.time.value)) for (const [w, x] of f.near) if (x >= 1) keys.push(`d|s:${f.story}|m:${w}`);
    // Within a story, the same day however it is worded ("today" / "Tuesday").
    if (f.story && c.time.value.length >= 10 && isConcreteTimex(c.time.value) && !f.isPeriodOfQuantity) keys.push(`d|s:${f.story}|v:${c.time.value.slice(0, 10)}`);
    const event = anchorEventKey(c.time);
    if (event && f.story) keys.push(`d|event:${event}|s:${f.story}`);
  },
  quote(_c, f, keys) {
    const w = f.quoteWords;
    if (w.length < 3) keys.push(`t|x:${w.join(' ')}`);
    for (let i = 0; i + 3 <= w.length; i++) keys.push(`t|g:${w.slice(i, i + 3).join(' ')}`);
    if (f.story) for (const s of f.speakers.flat()) keys.push(`t|sp:${s}|s:${f.story}`);
    // Across stories, a speaker's paraphrase must share a content word of the quote itself.
    for (const s of f.speakers.flat()) for (const w of f.measure) keys.push(`t|sp:${s}|w:${w}`);
  },
};

export function blockingKeys(f: ClaimFeatures): string[] {
  const keys: string[] = [];
  forClaim(BLOCKING_KEYS, f.claim, 'blocking')(f.claim, f, keys);
  // Twin sentences (the same words apart from the claim) meet whatever their story or year (see score.ts).
  const twin = f.claim.kind === 'quote' ? null : sentenceWithout(f);
  if (twin) keys.push(`${f.claim.kind}|twin:${twin}`);
  return [...new Set(keys)];
}

/** Index pairs [i, j] (i < j) of claims from different articles that share a bucket. Sorted. */
export function candidatePairs(
  features: ClaimFeatures[],
  options: BlockingOptions = DEFAULT_BLOCKING,
  /** A scoped run's corpus-wide bucket sizes (see CorpusStats). */
  bucketSize?: (key: string) => number | undefined,
): Array<[number, number]> {
  const buckets = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const k of blockingKeys(f)) {
      if (!buckets.has(k)) buckets.set(k, []);
      buckets.get(k)!.push(i);
    }
  });
  const seen = new Set<number>();
  const n = features.length;
  const pairs: Array<[number, number]> = [];
  for (const [key, list] of buckets) {
    if (list.length < 2 || (bucketSize?.(key) ?? list.length) > options.maxBucket) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x];
        const j = list[y];
        if (features[i].articleId === features[j].articleId) continue;
        const code = i * n + j;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
