import type { Flag } from '../types';
import type { AppliedReview, ReviewDecision, ReviewsFile } from './types';

export type ReviewedFlag = Flag & { review?: AppliedReview };

/**
 * Attaches each flag's review decision (pure). A decision applies to the flag with the same id; when the
 * flag's evidenceHash differs from the one the reviewer saw, the decision is marked stale and does not
 * count: the evidence changed, so the flag is open again until someone reviews it anew.
 */
export function applyReviews(flags: Flag[], reviews: ReviewsFile | ReviewDecision[]): ReviewedFlag[] {
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

/** True when a current (non-stale) dismissal closes the flag. */
export function isDismissed(flag: ReviewedFlag): boolean {
  return !isOpen(flag);
}

/** The decision record for a flag as it is now (pure: the caller passes the time). */
export function decisionFor(
  flag: Pick<Flag, 'id' | 'evidenceHash'>,
  decision: ReviewDecision['decision'],
  by: { who: string; when: string; note?: string | null },
): ReviewDecision {
  const d: ReviewDecision = { flagId: flag.id, decision, who: by.who, when: by.when, evidenceHash: flag.evidenceHash };
  if (by.note) d.note = by.note;
  return d;
}
