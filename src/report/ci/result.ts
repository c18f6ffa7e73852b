import { isOpen, type ReviewedFlag } from '../../findings';
import type { Report, Severity } from '../../types';
import { atOrAbove, concerns, lineIndexes, locateFlag, severityRank } from './locate';
import type { CheckCounts, CheckResult, CheckedArticle, CorpusArticleRef } from './types';

export interface CheckInput {
  checked: CheckedArticle[];
  /** All flags of the run, reviews already applied (applyReviews). */
  flags: ReviewedFlag[];
  failOn: Severity;
  corpus?: CorpusArticleRef[];
  tool?: CheckResult['tool'];
  report?: Report;
}

/** Open and at or above the threshold: a flag that makes `check` fail. */
export function isFailing(flag: ReviewedFlag, failOn: Severity): boolean {
  return isOpen(flag) && atOrAbove(flag.severity, failOn);
}

export function countFlags(flags: ReviewedFlag[], failOn: Severity): CheckCounts {
  const counts: CheckCounts = { total: flags.length, open: 0, dismissed: 0, stale: 0, failing: 0, bySeverity: { error: 0, warning: 0, info: 0 } };
  for (const f of flags) {
    if (f.review?.stale) counts.stale += 1;
    if (!isOpen(f)) {
      counts.dismissed += 1;
      continue;
    }
    counts.open += 1;
    counts.bySeverity[f.severity] = (counts.bySeverity[f.severity] ?? 0) + 1;
    if (atOrAbove(f.severity, failOn)) counts.failing += 1;
  }
  return counts;
}

/**
 * The result of a check (pure). Only flags that concern a checked article are kept: divergences among corpus
 * articles alone were there before the new articles and are not theirs to fix. Flags are sorted by severity
 * (errors first), then by their first location (checked-article order, then offset) and id, so output is stable.
 */
export function buildCheckResult(input: CheckInput): CheckResult {
  const ids = input.checked.map((a) => a.articleId);
  const indexes = lineIndexes(input.checked);
  const keyed = input.flags
    .filter((f) => ids.some((id) => concerns(f, id)))
    .map((flag) => {
      const loc = locateFlag(flag, input.checked, indexes)[0];
      return { flag, article: loc ? ids.indexOf(loc.articleId) : ids.length, offset: loc?.region?.charOffset ?? -1 };
    });
  // Errors first (what a reader must fix), then by place.
  keyed.sort(
    (a, b) =>
      severityRank(b.flag.severity) - severityRank(a.flag.severity) ||
      a.article - b.article ||
      a.offset - b.offset ||
      (a.flag.id < b.flag.id ? -1 : a.flag.id > b.flag.id ? 1 : 0),
  );
  const flags = keyed.map((k) => k.flag);
  const counts = countFlags(flags, input.failOn);
  const result: CheckResult = { checked: input.checked, flags, failOn: input.failOn, failed: counts.failing > 0, counts };
  if (input.corpus) result.corpus = input.corpus;
  if (input.tool) result.tool = input.tool;
  if (input.report) result.report = input.report;
  return result;
}
