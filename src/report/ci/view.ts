import type { Report } from '../../types';
import { isOpen } from '../../findings';
import { lineIndexes, locateFlag } from './locate';
import { isFailing } from './result';
import type { CheckResult } from './types';

/**
 * The check view of a report: the report cut down to what the check's flags rest on (their articles, claims,
 * groups, stories, framing concepts), with the check's own fields on top (`failOn`, `failed`, `counts`,
 * `checked`) and each flag carrying `open`, `failing`, `locations` and its `review`. It is a valid report, so
 * `claimdiff review check.json` walks it like any report.json; article texts are left out.
 */
export function checkView(result: CheckResult): Record<string, unknown> {
  const indexes = lineIndexes(result.checked);
  const flags = result.flags.map((f) => ({
    ...f,
    open: isOpen(f),
    failing: isFailing(f, result.failOn),
    locations: locateFlag(f, result.checked, indexes).map((l) => ({ articleId: l.articleId, file: l.file, region: l.region })),
  }));
  const head = {
    tool: { name: 'claimdiff', ...(result.tool ?? {}) },
    failOn: result.failOn,
    failed: result.failed,
    counts: result.counts,
    checked: result.checked.map((a) => ({ articleId: a.articleId, file: a.file })),
  };
  const report = result.report;
  if (!report) return { ...head, flags };
  return { ...trimReport(report, result), ...head, tool: report.tool, flags };
}

/** The parts of a report that the check's flags and checked articles reference (cross-references stay whole). */
function trimReport(report: Report, result: CheckResult): Omit<Report, 'flags' | 'tool'> {
  const checkedIds = new Set(result.checked.map((a) => a.articleId));
  const groupIds = new Set(result.flags.map((f) => f.group).filter((g): g is string => !!g));
  const groups = report.groups.filter((g) => groupIds.has(g.id));
  const claimIds = new Set([...result.flags.flatMap((f) => [...f.claims, ...f.evidence.map((e) => e.claimId).filter((c): c is string => !!c)]), ...groups.flatMap((g) => g.claims)]);
  const claims = report.claims.filter((c) => claimIds.has(c.id));
  const articleIds = new Set([...checkedIds, ...claims.map((c) => c.articleId), ...result.flags.flatMap((f) => f.evidence.map((e) => e.articleId))]);
  const articles = report.articles.filter((a) => articleIds.has(a.id));
  const storyIds = new Set(articles.map((a) => a.story).filter((s): s is string => !!s));
  const stories = report.stories.filter((s) => storyIds.has(s.id)).map((s) => ({ ...s, articles: s.articles.filter((id) => articleIds.has(id)) }));
  const concepts = new Set(result.flags.map((f) => f.data?.concept).filter((c): c is string => typeof c === 'string'));
  const framing = report.framing
    .filter((c) => concepts.has(c.concept))
    .map((c) => ({ ...c, labels: Object.fromEntries(Object.entries(c.labels).filter(([id]) => articleIds.has(id))) }));
  const omissions = report.omissions
    .filter((o) => articleIds.has(o.articleId) && storyIds.has(o.story) && o.claims.every((id) => claimIds.has(id)))
    .map((o) => ({ ...o, missingFrom: o.missingFrom.filter((id) => articleIds.has(id)) }))
    .filter((o) => o.missingFrom.length > 0);
  return { corpus: report.corpus, articles, stories, claims, groups, framing, omissions, notices: report.notices };
}
