import { stripControls } from '../lib/terminal';
import type { Flag, FramingConcept, Report } from '../types';
import { escapeMarkdown as md, markdownCode as code } from './escape';
import { splitEvidence } from '../model/evidence';
import { countBy, describeArticle, flagsBySeverity, humanize, indexReport, type ReportIndex, SEVERITIES } from '../model/report-lookup';
import { plural, summaryCounts } from './summary';

/**
 * report.md: for a terminal or a pull request. Everything taken from articles goes through escapeMarkdown,
 * so a `|` or a line break in a quote cannot break a table and a `*` cannot start emphasis.
 */

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** "a01 (Northern Wire, 2024-03-12)" with the article's fields escaped. */
function articleRef(id: string, index: ReportIndex): string {
  const { outlet, published } = describeArticle(id, index);
  const details = [outlet, published].filter((x): x is string => !!x).map(md);
  return `**${md(id)}**${details.length ? ` (${details.join(', ')})` : ''}`;
}

/** The sentence in typographic quotes with the claim's words in bold. */
function evidenceLine(e: Flag['evidence'][number], index: ReportIndex): string {
  const claimText = e.claimId ? index.claims.get(e.claimId)?.text : undefined;
  const { before, match, after } = splitEvidence(e.sentence, e.span, claimText);
  // Emphasis markers must touch non-space characters to render: keep surrounding spaces outside them.
  const lead = match.match(/^\s*/)![0];
  const trail = match.match(/\s*$/)![0];
  const core = match.trim();
  const body = core ? `${md(before + lead)}**${md(core)}**${md(trail + after)}` : md(before);
  return `- ${articleRef(e.articleId, index)}: “${body}”`;
}

function summarySection(report: Report): string[] {
  const n = summaryCounts(report);
  const bySeverity = SEVERITIES.map((s) => (s === 'info' ? `${n.severity[s]} info` : plural(n.severity[s], s))).join(', ');
  const lines = [
    `# claimdiff report: ${md(report.corpus)}`,
    '',
    `${plural(n.articles, 'article')} · ${plural(n.stories, 'story', 'stories')} · ${plural(n.claims, 'claim')} · ` +
      `${plural(n.groups, 'group')} · **${plural(n.flags, 'flag')}** (${bySeverity}) · ${plural(n.omissions, 'omission')}`,
    '',
    `claimdiff ${md(report.tool.version)}, extractor ${md(report.tool.extractorVersion)}`,
  ];
  if (report.notices.length) lines.push('', '**Notices**', '', ...report.notices.map((n) => `- ${md(n)}`));
  return lines;
}

function storiesSection(report: Report, index: ReportIndex): string[] {
  if (!report.stories.length) return [];
  return ['', '## Stories', '', ...report.stories.map((s) =>
    `- **${md(s.label)}** ${code(s.id)}: ${s.articles.map((id) => articleRef(id, index)).join(', ') || 'no articles'}`)];
}

function flagsSection(report: Report, index: ReportIndex): string[] {
  const lines = ['', '## Flags', ''];
  if (!report.flags.length) return [...lines, 'No flags: the sources agree wherever they state the same fact.'];
  const flags = flagsBySeverity(report.flags);
  lines.push(...table(['severity', 'id', 'kind', 'reason'], flags.map((f) => [f.severity, code(f.id), humanize(f.kind), md(f.reason)])));
  for (const f of flags) {
    lines.push('', `### ${f.severity}: ${humanize(f.kind)} ${code(f.id)}`, '', md(f.reason));
    if (f.group) lines.push('', `Group ${code(f.group)}: ${md(index.groups.get(f.group)?.about ?? '')}`);
    if (f.evidence.length) lines.push('', ...f.evidence.map((e) => evidenceLine(e, index)));
  }
  return lines;
}

function groupsSection(report: Report, index: ReportIndex): string[] {
  if (!report.groups.length) return [];
  const verdicts = [...countBy(report.groups, (g) => g.verdict)].map(([v, n]) => `${n} ${humanize(v)}`).join(', ');
  const rows = report.groups.map((g) => {
    const stated = g.claims.map((id) => {
      const c = index.claims.get(id);
      return c ? `${md(c.articleId)}: ${md(c.text)}` : md(id);
    });
    return [code(g.id), humanize(g.verdict), md(g.kind), md(g.about), stated.join('; ')];
  });
  return ['', '## Groups', '', `${report.groups.length} groups: ${verdicts}.`, '', ...table(['id', 'verdict', 'kind', 'about', 'as stated'], rows)];
}

/** One table per concept: a row per source, a column per label, the number of uses in the cells. */
function framingTable(concept: FramingConcept, index: ReportIndex): string[] {
  const sources = Object.keys(concept.labels);
  const labels = [...new Set(sources.flatMap((id) => concept.labels[id]!.map((l) => l.label)))];
  const rows = sources.map((id) => {
    const uses = countBy(concept.labels[id]!, (l) => l.label);
    return [articleRef(id, index), ...labels.map((l) => String(uses.get(l) ?? ''))];
  });
  return [
    '',
    `### ${md(concept.concept)}: ${md(concept.about)} (divergence ${Number(concept.divergence.toFixed(2))})`,
    '',
    ...table(['source', ...labels.map(md)], rows),
  ];
}

function framingSection(report: Report, index: ReportIndex): string[] {
  if (!report.framing.length) return [];
  return ['', '## Framing', '', ...report.framing.flatMap((c) => framingTable(c, index)).slice(1)];
}

function omissionsSection(report: Report, index: ReportIndex): string[] {
  if (!report.omissions.length) return [];
  const rows = report.omissions.map((o) => [
    code(o.id),
    md(index.storyLabels.get(o.story) ?? o.story),
    md(o.about),
    articleRef(o.articleId, index),
    o.missingFrom.map((id) => articleRef(id, index)).join(', '),
    o.claims.map((id) => md(index.claims.get(id)?.text ?? id)).join('; '),
  ]);
  return ['', '## Omissions', '', ...table(['id', 'story', 'about', 'stated by', 'missing from', 'claims'], rows)];
}

export function renderMarkdown(report: Report): string {
  const index = indexReport(report);
  const lines = [
    ...summarySection(report),
    ...storiesSection(report, index),
    ...flagsSection(report, index),
    ...groupsSection(report, index),
    ...framingSection(report, index),
    ...omissionsSection(report, index),
  ];
  return stripControls(`${lines.join('\n')}\n`);
}
