/** Review decisions (claimdiff review, and check's reading of them). */
export { applyReviews, decisionFor, isDismissed, isOpen, type ReviewedFlag } from './apply';
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
