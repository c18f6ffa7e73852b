import type { Flag } from '../types';
import type { ReviewDecision } from '../findings/types';

export { isDismissed, isOpen, type ReviewedFlag } from '../findings/steps';

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
