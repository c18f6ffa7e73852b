import { isOpen } from '../../review/apply';
import { lineIndexes, locateFlag } from './locate';
import { isFailing } from './result';
import type { CheckResult } from './types';

/** JSON with object keys sorted at every level, so the bytes depend only on the data. */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
      }
      return v;
    },
    indent,
  );
}

/**
 * The result as JSON. Article texts are left out (they are the user's files); each flag gains `open`,
 * `failing` and `locations` (see Region: 1-based lines, UTF-16 columns, exclusive endColumn).
 */
export function formatJson(result: CheckResult): string {
  const indexes = lineIndexes(result.checked);
  const doc = {
    tool: { name: 'claimdiff', ...(result.tool ?? {}) },
    failOn: result.failOn,
    failed: result.failed,
    counts: result.counts,
    checked: result.checked.map((a) => ({ articleId: a.articleId, file: a.file })),
    flags: result.flags.map((f) => ({
      ...f,
      open: isOpen(f),
      failing: isFailing(f, result.failOn),
      locations: locateFlag(f, result.checked, indexes).map((l) => ({ articleId: l.articleId, file: l.file, region: l.region })),
    })),
  };
  return `${stableStringify(doc)}\n`;
}
