/**
 * Review decisions (claimdiff review): what a reviewer said about a flag, kept in `<corpus>/.claimdiff/reviews.json`
 * (schema schemas/reviews.schema.json).
 */

/**
 * - `confirmed`: the divergence is real; the flag stays open, so `check` keeps failing on it.
 * - `dismissed`: not a real divergence; `check` ignores the flag while its evidence is unchanged.
 * - `needs-work`: looked at but undecided (e.g. the article must be fixed or a source checked); stays open.
 */
export type ReviewDecisionKind = 'confirmed' | 'dismissed' | 'needs-work';

export interface ReviewDecision {
  flagId: string;
  /** null: a note saved before any decision; the flag stays open. */
  decision: ReviewDecisionKind | null;
  note?: string;
  who: string;
  /** ISO 8601 date-time given by the caller (the CLI reads the clock, never this module). */
  when: string;
  /** The flag's evidenceHash when the decision was made. */
  evidenceHash: string;
}

export interface ReviewsFile {
  version: 1;
  /** The current decision per flag, sorted by flagId. */
  decisions: ReviewDecision[];
  /** Superseded decisions, sorted by flagId then time. */
  history?: ReviewDecision[];
}

/** A decision as attached to a flag of the current run. */
export interface AppliedReview {
  decision: ReviewDecisionKind | null;
  note: string | null;
  who: string;
  when: string;
  /** True when the flag's evidence changed since the decision: the decision does not apply and the flag is open. */
  stale: boolean;
}
