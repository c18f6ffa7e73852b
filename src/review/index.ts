/** Review decisions (claimdiff review, and check's reading of them). */
export { decisionFor } from './apply';
export { isDismissed, isOpen, processFindings, type ReviewedFlag } from '../findings';
export {
  emptyReviews,
  loadReviews,
  mergeDecisions,
  parseReviews,
  recordDecision,
  recordDecisions,
  reviewsPathFor,
  serializeReviews,
  validateDecision,
  type RecordOptions,
} from './store';
export type { AppliedReview, ReviewDecision, ReviewDecisionKind, ReviewsFile } from './types';
