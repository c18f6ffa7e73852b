import type { Flag, Severity } from '../types';
import type { AppliedReview, ReviewDecision, ReviewsFile } from './types';

/**
 * Findings post-processing, as small pure steps (textlint's filters are the model): dedupe, apply reviews,
 * filter by severity, sort. `processFindings` (./index.ts) runs them in order; nothing else applies reviews.
 */

export type ReviewedFlag = Flag & { review?: AppliedReview };

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function severityRank(s: Severity): number {
  return SEVERITY_RANK[s] ?? 0;
}

export function atOrAbove(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

/** One flag per id (the first wins): two paths to the same finding must not count twice. */
export function dedupeFlags<T extends Flag>(flags: readonly T[]): T[] {
  const seen = new Set<string>();
  return flags.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

/**
 * Attaches each flag's review decision. A decision applies to the flag with the same id; when the flag's
 * evidenceHash differs from the one the reviewer saw, the decision is marked stale and does not count: the
 * evidence changed, so the flag is open again until someone reviews it anew. A note without a decision is
 * carried as it is (decision null).
 */
export function applyReviews(flags: readonly Flag[], reviews: ReviewsFile | ReviewDecision[]): ReviewedFlag[] {
  const decisions = Array.isArray(reviews) ? reviews : reviews.decisions;
  const byId = new Map(decisions.map((d) => [d.flagId, d]));
  return flags.map((flag) => {
    const d = byId.get(flag.id);
    if (!d) return { ...flag };
    return {
      ...flag,
      review: { decision: d.decision, note: d.note ?? null, who: d.who, when: d.when, stale: d.evidenceHash !== flag.evidenceHash },
    };
  });
}

/**
 * Whether a flag still needs attention (and counts toward `check`'s exit status). Only a dismissal made on
 * the current evidence closes a flag: `confirmed` means the divergence is real, so the gate keeps failing;
 * `needs-work` means nobody has settled it yet, so it stays open too.
 */
export function isOpen(flag: ReviewedFlag): boolean {
  return !(flag.review && !flag.review.stale && flag.review.decision === 'dismissed');
}

export function isDismissed(flag: ReviewedFlag): boolean {
  return !isOpen(flag);
}

/** Flags at or above a severity (a display threshold like ESLint's --quiet). */
export function filterBySeverity<T extends Flag>(flags: readonly T[], min: Severity): T[] {
  return flags.filter((f) => atOrAbove(f.severity, min));
}

/** Review states a reader can filter by: no review yet, each decision, or a review the evidence outgrew. */
export type ReviewState = 'unreviewed' | 'confirmed' | 'dismissed' | 'needs-work' | 'noted' | 'stale';
export const REVIEW_STATES: readonly ReviewState[] = ['unreviewed', 'confirmed', 'dismissed', 'needs-work', 'noted', 'stale'];

export function reviewState(flag: ReviewedFlag): ReviewState {
  const r = flag.review;
  if (!r) return 'unreviewed';
  if (r.stale) return 'stale';
  return r.decision ?? 'noted';
}

export function filterByReviewState<T extends ReviewedFlag>(flags: readonly T[], states: readonly ReviewState[]): T[] {
  return flags.filter((f) => states.includes(reviewState(f)));
}

/** Most severe first; then the given order (stable), so each format's own position order survives within a severity. */
export function sortBySeverity<T extends Flag>(flags: readonly T[]): T[] {
  return [...flags].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}
