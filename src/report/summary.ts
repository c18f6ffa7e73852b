import type { Report, Severity } from '../types';

/** The headline numbers of a report, shown at the top of report.md and report.html. */
export interface SummaryCounts {
  articles: number;
  stories: number;
  claims: number;
  groups: number;
  flags: number;
  omissions: number;
  severity: Record<Severity, number>;
}

export function summaryCounts(report: Report): SummaryCounts {
  const severity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.flags) severity[f.severity] = (severity[f.severity] ?? 0) + 1;
  return {
    articles: report.articles.length,
    stories: report.stories.length,
    claims: report.claims.length,
    groups: report.groups.length,
    flags: report.flags.length,
    omissions: report.omissions.length,
    severity,
  };
}

/** "1 flag", "3 flags", "2 stories". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
