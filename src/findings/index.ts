import type { Flag, Severity } from '../types';
import { applyReviews, dedupeFlags, filterByReviewState, filterBySeverity, sortBySeverity, type ReviewedFlag, type ReviewState } from './steps';
import type { ReviewDecision, ReviewsFile } from './types';

export * from './steps';
export type { AppliedReview, ReviewDecision, ReviewDecisionKind, ReviewsFile } from './types';

export interface FindingsOptions {
  /** Decisions to apply (the reviews file). */
  reviews?: ReviewsFile | ReviewDecision[];
  /** Drop flags below this severity (display threshold). */
  minSeverity?: Severity;
  /** Keep only flags in these review states. */
  states?: readonly ReviewState[];
  /** Most severe first (default: keep the given order). */
  bySeverity?: boolean;
}

/** The one post-processing pipeline: dedupe → apply reviews → filter by severity → filter by state → sort. */
export function processFindings(flags: readonly Flag[], opts: FindingsOptions = {}): ReviewedFlag[] {
  let out: ReviewedFlag[] = applyReviews(dedupeFlags(flags), opts.reviews ?? []);
  if (opts.minSeverity) out = filterBySeverity(out, opts.minSeverity);
  if (opts.states) out = filterByReviewState(out, opts.states);
  return opts.bySeverity ? sortBySeverity(out) : out;
}
