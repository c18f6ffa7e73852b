import { stripControls } from '../lib/terminal';
import type { Flag, FramingConcept, Report } from '../types';
import { escapeMarkdown as md, markdownCode as code } from './escape';
import { countBy, describeArticle, flagsBySeverity, indexReport, type ReportIndex, SEVERITIES } from '../model/report-lookup';
import { flagKindMeta } from '../model/flag-kinds';
import { readableTime } from '../lib/time';
import type { ReviewedFlag } from '../findings/steps';
import { plural, summaryCounts } from './summary';
import { articleNames, byStory, evidenceBySentence, markParts, withNames, type SentenceEvidence, type StoryView } from './view-model';

/**
 * report.md: for a terminal or a pull request, read top to bottom. A summary table (one row per story), then
 * per story each error, warning and note once, with its evidence; what some articles leave out is one short
 * list per story. Everything taken from articles goes through escapeMarkdown, so a `|` or a line break in a
 * quote cannot break a table and a `*` cannot start emphasis; terminal control characters are dropped.
 */

interface Page {
  index: ReportIndex;
  names: Map<string, string>;
}

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** "Northern Wire (2024-03-12)" with the article's fields escaped. */
function articleRef(id: string, page: Page): string {
  const { published } = describeArticle(id, page.index);
  return `**${md(page.names.get(id) ?? id)}**${published ? ` (${md(published)})` : ''}`;
}

/** The sentence with every marked span in bold (emphasis markers must touch non-space characters). */
function evidenceLine(e: SentenceEvidence, page: Page): string {
  const body = markParts(e.sentence, e.spans, e.claimTexts)
    .map((p) => {
      if (!p.marked || !p.text.trim()) return md(p.text);
      const lead = p.text.match(/^\s*/)![0];
      const trail = p.text.match(/\s*$/)![0];
      return `${md(lead)}**${md(p.text.trim())}**${md(trail)}`;
    })
    .join('');
  return `- ${articleRef(e.articleId, page)}: ${body}`;
}

function summarySection(report: Report, views: StoryView[], page: Page): string[] {
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
  if (report.notices.length) lines.push('', '**Notices**', '', ...report.notices.map((x) => `- ${md(x)}`));
  if (views.length) {
    const rows = views.map((v) => {
      const count = (pred: (f: Flag) => boolean) => String(v.flags.filter(pred).length);
      return [
        md(v.title),
        v.story.articles.map((id) => md(page.names.get(id) ?? id)).join(', '),
        count((f) => f.severity === 'error'),
        count((f) => f.severity === 'warning'),
        count((f) => f.severity === 'info' && f.kind !== 'omission'),
        count((f) => f.kind === 'omission'),
      ];
    });
    lines.push('', ...table(['story', 'outlets', 'errors', 'warnings', 'notes', 'not in every article'], rows));
  }
  return lines;
}

function reviewLine(f: ReviewedFlag): string[] {
  const r = f.review;
  if (!r) return [];
  const what = r.stale ? `earlier review (${r.decision ?? 'note'}) no longer applies: the evidence changed` : `${r.decision ?? 'note'} by ${md(r.who)}`;
  return ['', `*Review: ${what}, ${md(readableTime(r.when))}${r.note ? `: ${md(r.note)}` : ''}*`];
}

const PER_ARTICLE = 2;

/** One flag, once: its kind, reason (outlets by name) and the sentences it rests on. */
function flagBlock(f: Flag, page: Page): string[] {
  const lines = ['', `### ${f.severity} · ${md(flagKindMeta(f.kind).title)} ${code(f.id)}`, '', md(withNames(f.reason, page.names))];
  // At most two sentences per article (a framing flag can rest on dozens); the rest are counted.
  const sentences = evidenceBySentence(f, page.index.claims);
  const seen = new Map<string, number>();
  const shown = sentences.filter((e) => {
    const n = (seen.get(e.articleId) ?? 0) + 1;
    seen.set(e.articleId, n);
    return n <= PER_ARTICLE;
  });
  if (shown.length) lines.push('', ...shown.map((e) => evidenceLine(e, page)));
  if (shown.length < sentences.length) lines.push(`- (${plural(sentences.length - shown.length, 'more sentence')} in report.html)`);
  return [...lines, ...reviewLine(f as ReviewedFlag)];
}

function coverageLines(flags: Flag[], page: Page): string[] {
  if (!flags.length) return [];
  const items = flags.map((f) => {
    const missing = Array.isArray(f.data?.missingFrom) ? (f.data!.missingFrom as string[]) : [];
    const by = [...new Set(f.evidence.map((e) => e.articleId))];
    return `- ${md(withNames(f.reason, page.names))}${by.length && missing.length ? ` (stated by ${by.map((id) => md(page.names.get(id) ?? id)).join(', ')}; not by ${missing.map((id) => md(page.names.get(id) ?? id)).join(', ')})` : ''}`;
  });
  return ['', `**Not in every article** (${plural(flags.length, 'fact')})`, '', ...items];
}

function storySection(v: StoryView, page: Page): string[] {
  const flags = flagsBySeverity(v.flags);
  const lines = ['', `## ${md(v.title)}`, '', `${plural(v.story.articles.length, 'article')}: ${v.story.articles.map((id) => articleRef(id, page)).join(', ')}`];
  const shown = flags.filter((f) => f.kind !== 'omission');
  if (!shown.length) lines.push('', 'No divergence flagged in this story.');
  for (const f of shown) lines.push(...flagBlock(f, page));
  return [...lines, ...coverageLines(flags.filter((f) => f.kind === 'omission'), page)];
}

/** One table per concept: a row per source, a column per label, the number of uses in the cells. */
function framingTable(concept: FramingConcept, page: Page): string[] {
  const sources = Object.keys(concept.labels);
  const labels = [...new Set(sources.flatMap((id) => concept.labels[id]!.map((l) => l.label)))];
  const rows = sources.map((id) => {
    const uses = countBy(concept.labels[id]!, (l) => l.label);
    return [articleRef(id, page), ...labels.map((l) => String(uses.get(l) ?? ''))];
  });
  return ['', `### ${md(concept.about || concept.concept)} (divergence ${Number(concept.divergence.toFixed(2))})`, '', ...table(['source', ...labels.map(md)], rows)];
}

function framingSection(report: Report, page: Page): string[] {
  if (!report.framing.length) return [];
  return ['', '## Framing: how each outlet names things', ...report.framing.flatMap((c) => framingTable(c, page))];
}

export function renderMarkdown(report: Report): string {
  const page: Page = { index: indexReport(report), names: articleNames(report) };
  const { stories, restFlags } = byStory(report, page.index);
  const lines = [...summarySection(report, stories, page)];
  if (!report.flags.length) lines.push('', 'No flags: the sources agree wherever they state the same fact.');
  for (const v of stories) if (v.flags.length) lines.push(...storySection(v, page));
  if (restFlags.length) {
    lines.push('', '## Across stories');
    for (const f of flagsBySeverity(restFlags)) lines.push(...flagBlock(f, page));
  }
  lines.push(...framingSection(report, page));
  return stripControls(`${lines.join('\n')}\n`);
}
