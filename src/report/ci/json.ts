import { checkView } from './view';
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

/** The check view of the report as JSON (see checkView), keys sorted so the bytes depend only on the data. */
export function formatJson(result: CheckResult): string {
  return `${stableStringify(checkView(result))}\n`;
}
