import type { Report } from '../types';

/**
 * report.json: keys in the order the report was built, 2-space indent, one trailing newline. JSON.stringify
 * is deterministic for a given object, so the same report gives byte-identical output on every run.
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
