import type { Claim, Flag, Group, Report, ReportArticle, Severity, Verdict } from '../types';
import { VERDICTS_BY_PRIORITY } from './verdicts';

/** Id → object maps over a report, built once per render. */
export interface ReportIndex {
  articles: Map<string, ReportArticle>;
  claims: Map<string, Claim>;
  groups: Map<string, Group>;
  storyLabels: Map<string, string>;
}

export function indexReport(report: Report): ReportIndex {
  return {
    articles: new Map(report.articles.map((a) => [a.id, a])),
    claims: new Map(report.claims.map((c) => [c.id, c])),
    groups: new Map(report.groups.map((g) => [g.id, g])),
    storyLabels: new Map(report.stories.map((s) => [s.id, s.label])),
  };
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Most telling first (see model/verdicts.ts). */
export const VERDICTS: readonly Verdict[] = VERDICTS_BY_PRIORITY;

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** Flags most severe first; within a severity, the report's own order (stable sort). */
export function flagsBySeverity(flags: readonly Flag[]): Flag[] {
  return [...flags].sort((a, b) => (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3));
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** "value-conflict" → "value conflict": flag kinds and verdicts as words. */
export function humanize(kind: string): string {
  return kind.replace(/-/g, ' ');
}

/** How a reader knows an article: "002 (Daily Ledger, 2024-03-13)". */
export function describeArticle(id: string, index: ReportIndex): { id: string; outlet: string | null; published: string | null } {
  const a = index.articles.get(id);
  return { id, outlet: a?.outlet && a.outlet !== 'unknown' ? a.outlet : null, published: a?.published ?? null };
}
