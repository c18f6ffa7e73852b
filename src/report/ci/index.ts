import { UsageError } from '../../cli/usage-error';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';
import type { CheckFormat, CheckFormatter } from './types';

export type { CheckFormat, CheckFormatter, CheckResult, CheckedArticle, CorpusArticleRef, CheckCounts, FlagLocation, Region } from './types';
export { buildCheckResult, countFlags, isFailing, type CheckInput } from './result';
export { lineCol, LineIndex, locateFlag, atOrAbove } from './locate';

/** The CI output formats of `claimdiff check`, by name (like ESLint's formatters). */
export const formatters: Record<CheckFormat, CheckFormatter> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  sarif: formatSarif,
};

export const CHECK_FORMATS = Object.keys(formatters) as CheckFormat[];

export function isCheckFormat(name: string): name is CheckFormat {
  return Object.prototype.hasOwnProperty.call(formatters, name);
}

/** Parses `--format text,sarif`: known names, duplicates dropped, order kept; a UsageError otherwise. */
export function parseCheckFormats(spec: string): CheckFormat[] {
  const names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError(`--format: give one or more of ${CHECK_FORMATS.join(', ')}`);
  for (const n of names) if (!isCheckFormat(n)) throw new UsageError(`--format: unknown format '${n}' (known: ${CHECK_FORMATS.join(', ')})`);
  return [...new Set(names)] as CheckFormat[];
}
