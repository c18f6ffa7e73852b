import { CI_FORMATS, FORMATTERS, parseFormats } from '../formats';
import type { CheckFormat, CheckFormatter } from './types';

export type { CheckFormat, CheckFormatter, CheckResult, CheckedArticle, CorpusArticleRef, CheckCounts, FlagLocation, Region } from './types';
export { buildCheckResult, countFlags, isFailing, type CheckInput } from './result';
export { lineCol, LineIndex, locateFlag, atOrAbove } from './locate';
export { checkView } from './view';
export { formatGithubSummary } from './github';

/** The check formats by name: a view of the one registry (../formats.ts). */
export const formatters: Record<CheckFormat, CheckFormatter> = Object.fromEntries(CI_FORMATS.map((n) => [n, FORMATTERS[n].ofCheck])) as Record<CheckFormat, CheckFormatter>;

export const CHECK_FORMATS: CheckFormat[] = [...CI_FORMATS];

/** Parses `--format text,sarif` (see parseFormats). */
export function parseCheckFormats(spec: string): CheckFormat[] {
  return parseFormats(spec, CHECK_FORMATS) as CheckFormat[];
}
