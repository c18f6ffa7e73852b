import { createHash } from 'node:crypto';
import type { Flag, Report } from '../types';
import { agreementMatrix } from './charts/agreement-matrix';
import { framingGrid } from './charts/framing-grid';
import type { Chart } from './charts/svg';
import { timeline } from './charts/timeline';
import { escapeHtml as h, jsonForScript } from './escape';
import { splitEvidence } from '../model/evidence';
import { REPORT_JS } from './html-script';
import { REPORT_CSS } from './html-style';
import { countBy, describeArticle, flagsBySeverity, humanize, indexReport, type ReportIndex, SEVERITIES, sourceLabel } from '../model/report-lookup';
import { plural, summaryCounts } from './summary';

/**
 * report.html: one self-contained page (inline CSS, inline JS, inline SVG; no network). All user text goes
 * through escapeHtml (`h`); the one JSON island goes through jsonForScript. A Content-Security-Policy
 * allows no fetches and only the page's own script (by hash), as a second line of defence.
 *
 * Flags, groups and omissions carry their stable id as the element id, so links (#f-…) and the review
 * buttons (the empty .flag-actions placeholder in each flag) can find them.
 */

function contentSecurityPolicy(script: string): string {
  const hash = createHash('sha256').update(script).digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

function sourceLine(articleId: string, index: ReportIndex): string {
  const { outlet, published } = describeArticle(articleId, index);
  return [articleId, outlet, published].filter((x): x is string => !!x).map(h).join(' · ');
}

function evidenceItem(e: Flag['evidence'][number], index: ReportIndex): string {
  const claimText = e.claimId ? index.claims.get(e.claimId)?.text : undefined;
  const { before, match, after } = splitEvidence(e.sentence, e.span, claimText);
  const sentence = `${h(before)}${match ? `<mark>${h(match)}</mark>` : ''}${h(after)}`;
  const claimAttr = e.claimId ? ` data-claim-id="${h(e.claimId)}"` : '';
  return `<li${claimAttr}><span class="source">${sourceLine(e.articleId, index)}</span> <q class="sentence">${sentence}</q></li>`;
}

function flagElement(f: Flag, index: ReportIndex): string {
  const group = f.group ? index.groups.get(f.group) : undefined;
  const groupLink = f.group
    ? `<a class="group-link" href="#${h(f.group)}">group <code>${h(f.group)}</code>${group ? `: ${h(group.about)}` : ''}</a>`
    : '';
  const data = f.data && Object.keys(f.data).length
    ? `<details><summary>data</summary><pre>${h(JSON.stringify(f.data, null, 2))}</pre></details>`
    : '';
  return (
    `<article class="flag sev-${h(f.severity)}" id="${h(f.id)}" data-flag-id="${h(f.id)}" data-kind="${h(f.kind)}" data-severity="${h(f.severity)}">` +
    `<header><span class="badge sev-${h(f.severity)}">${h(f.severity)}</span> <span class="kind">${h(humanize(f.kind))}</span> <code>${h(f.id)}</code>${groupLink}</header>` +
    `<p class="reason">${h(f.reason)}</p>` +
    (f.evidence.length ? `<ul class="evidence">${f.evidence.map((e) => evidenceItem(e, index)).join('')}</ul>` : '') +
    data +
    `<div class="flag-actions" data-flag-id="${h(f.id)}"></div>` +
    `</article>`
  );
}

function checkbox(name: string, value: string, label: string, count: number): string {
  return `<label><input type="checkbox" name="${h(name)}" value="${h(value)}" checked> ${h(label)} (${count})</label>`;
}

function flagsSection(report: Report, index: ReportIndex): string {
  if (!report.flags.length) {
    return `<section id="section-flags"><h2>Flags</h2><p class="empty">No flags: the sources agree wherever they state the same fact.</p></section>`;
  }
  const bySeverity = countBy(report.flags, (f) => f.severity);
  const byKind = countBy(report.flags, (f) => f.kind);
  const filters =
    `<form class="filters" hidden>` +
    `<fieldset><legend>Severity</legend>${SEVERITIES.filter((s) => bySeverity.has(s)).map((s) => checkbox('severity', s, s, bySeverity.get(s)!)).join('')}</fieldset>` +
    `<fieldset><legend>Kind</legend>${[...byKind.keys()].sort().map((k) => checkbox('kind', k, humanize(k), byKind.get(k)!)).join('')}</fieldset>` +
    `<output></output></form>`;
  return (
    `<section id="section-flags"><h2>Flags</h2>` +
    `<p class="explain">Where the sources diverge, most severe first. Each flag gives its reason and the sentences it rests on, the claim highlighted.</p>` +
    filters +
    `<div class="flag-list">${flagsBySeverity(report.flags).map((f) => flagElement(f, index)).join('')}</div></section>`
  );
}

function chartSection(id: string, title: string, explain: string, chart: Chart | null, empty: string): string {
  const body = chart
    ? `<div class="chart-wrap">${chart.svg}</div>${chart.note ? `<p class="note">${h(chart.note)}</p>` : ''}`
    : `<p class="empty">${h(empty)}</p>`;
  return `<section id="${h(id)}"><h2>${h(title)}</h2><p class="explain">${h(explain)}</p>${body}</section>`;
}

function chartsSections(report: Report, index: ReportIndex): string {
  const sources = report.articles.map((a) => ({ id: a.id, label: sourceLabel(a.id, index), published: a.published }));
  const verdictOf = new Map(report.groups.flatMap((g) => g.claims.map((c) => [c, g.verdict] as const)));
  const articleOfClaim = new Map(report.claims.map((c) => [c.id, c.articleId]));
  return [
    chartSection('section-framing', 'Framing',
      'How each source names the same thing: a row per source, a column per concept, the labels it uses (hover for the words).',
      framingGrid(report.framing, { sources }), 'No concept is named differently by different sources.'),
    chartSection('section-timeline', 'Timeline of dated claims',
      'Every date the articles state, on one axis, one lane per source. Hover a mark for its sentence.',
      timeline(report.claims, { sources, verdictOf }), 'No claim with a resolved calendar date.'),
    chartSection('section-agreement', 'Agreement between sources',
      'For each pair of sources, the facts both state: how many agree (✓) and how many conflict (✗).',
      agreementMatrix(report.groups, articleOfClaim, { sources }), 'No fact is stated by two sources.'),
  ].join('');
}

function groupsSection(report: Report, index: ReportIndex): string {
  if (!report.groups.length) return `<section id="section-groups"><h2>Groups</h2><p class="empty">No fact is stated by two sources.</p></section>`;
  const rows = report.groups.map((g) => {
    const stated = g.claims.map((id) => {
      const c = index.claims.get(id);
      return c ? `<li data-claim-id="${h(id)}"><b>${h(c.articleId)}</b>: ${h(c.text)}</li>` : `<li>${h(id)}</li>`;
    });
    const keys = g.why.keys.length ? ` <span class="keys">(${g.why.keys.map(h).join(', ')})</span>` : '';
    return (
      `<tr id="${h(g.id)}" data-group-id="${h(g.id)}" data-verdict="${h(g.verdict)}">` +
      `<td><code>${h(g.id)}</code></td><td><span class="badge verdict verdict-${h(g.verdict)}">${h(humanize(g.verdict))}</span></td>` +
      `<td>${h(g.kind)}</td><td>${h(g.about)}</td><td><ul>${stated.join('')}</ul></td>` +
      `<td class="why">${h(g.why.summary)}${keys}</td></tr>`
    );
  });
  const verdicts = [...countBy(report.groups, (g) => g.verdict)].map(([v, n]) => `${n} ${humanize(v)}`).join(', ');
  return (
    `<section id="section-groups"><h2>Groups</h2><p class="explain">Facts stated by several articles: ${h(verdicts)}.</p>` +
    `<table><thead><tr><th>id</th><th>verdict</th><th>kind</th><th>about</th><th>as stated</th><th>why aligned</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function omissionsSection(report: Report, index: ReportIndex): string {
  if (!report.omissions.length) return '';
  const rows = report.omissions.map((o) =>
    `<tr id="${h(o.id)}" data-omission-id="${h(o.id)}"><td><code>${h(o.id)}</code></td>` +
    `<td>${h(index.storyLabels.get(o.story) ?? o.story)}</td><td>${h(o.about)}</td><td>${sourceLine(o.articleId, index)}</td>` +
    `<td>${o.missingFrom.map((id) => sourceLine(id, index)).join('<br>')}</td>` +
    `<td>${o.claims.map((id) => h(index.claims.get(id)?.text ?? id)).join('; ')}</td></tr>`);
  return (
    `<section id="section-omissions"><h2>Omissions</h2><p class="explain">Facts some articles of a story carry and others of the same story do not.</p>` +
    `<table><thead><tr><th>id</th><th>story</th><th>about</th><th>stated by</th><th>missing from</th><th>claims</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function articlesSection(report: Report, index: ReportIndex): string {
  const claimsPer = countBy(report.claims, (c) => c.articleId);
  const rows = report.articles.map((a) =>
    `<tr data-article-id="${h(a.id)}"><td><code>${h(a.id)}</code></td><td>${h(a.outlet ?? '')}</td><td>${h(a.published ?? '')}</td>` +
    `<td>${h(a.title ?? '')}</td><td>${h(a.story ? index.storyLabels.get(a.story) ?? a.story : '')}</td><td>${claimsPer.get(a.id) ?? 0}</td>` +
    `<td><code>${h(a.file)}</code></td></tr>`);
  return (
    `<section id="section-articles"><h2>Articles</h2>` +
    `<table><thead><tr><th>id</th><th>outlet</th><th>published</th><th>title</th><th>story</th><th>claims</th><th>file</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  );
}

function header(report: Report): string {
  const n = summaryCounts(report);
  const count = (value: number, words: string, cls = '') => `<li${cls ? ` class="${cls}"` : ''}><b>${value}</b> ${h(words)}</li>`;
  const counts = [
    count(n.articles, n.articles === 1 ? 'article' : 'articles'),
    count(n.stories, n.stories === 1 ? 'story' : 'stories'),
    count(n.claims, n.claims === 1 ? 'claim' : 'claims'),
    count(n.groups, n.groups === 1 ? 'group' : 'groups'),
    count(n.severity.error, n.severity.error === 1 ? 'error' : 'errors', 'sev-error'),
    count(n.severity.warning, n.severity.warning === 1 ? 'warning' : 'warnings', 'sev-warning'),
    count(n.severity.info, 'info', 'sev-info'),
    count(n.omissions, n.omissions === 1 ? 'omission' : 'omissions'),
  ];
  const nav = [
    ['section-flags', 'Flags'], ['section-framing', 'Framing'], ['section-timeline', 'Timeline'], ['section-agreement', 'Agreement'],
    ['section-groups', 'Groups'], ...(report.omissions.length ? [['section-omissions', 'Omissions']] : []), ['section-articles', 'Articles'],
  ].map(([id, words]) => `<a href="#${id}">${words}</a>`);
  return (
    `<header class="top"><h1>claimdiff report: ${h(report.corpus)}</h1>` +
    `<p class="meta">${h(plural(n.flags, 'flag'))} · claimdiff ${h(report.tool.version)} · extractor ${h(report.tool.extractorVersion)}</p>` +
    `<ul class="counts">${counts.join('')}</ul><nav class="sections">${nav.join('')}</nav></header>`
  );
}

function noticesSection(report: Report): string {
  if (!report.notices.length) return '';
  return `<section id="section-notices"><h2>Notices</h2><ul class="notices">${report.notices.map((n) => `<li>${h(n)}</li>`).join('')}</ul></section>`;
}

/** What scripts added later (the review buttons) need about each flag, without parsing the page. */
function dataIsland(report: Report): string {
  const data = {
    tool: report.tool,
    corpus: report.corpus,
    flags: report.flags.map((f) => ({ id: f.id, kind: f.kind, severity: f.severity, evidenceHash: f.evidenceHash })),
  };
  return `<script type="application/json" id="claimdiff-data">${jsonForScript(data)}</script>`;
}

export function renderHtml(report: Report): string {
  const index = indexReport(report);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(contentSecurityPolicy(REPORT_JS))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // an empty icon, so that the browser does not ask anything for /favicon.ico
    '<link rel="icon" href="data:,">',
    `<title>claimdiff report: ${h(report.corpus)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    header(report),
    '<main>',
    noticesSection(report),
    flagsSection(report, index),
    chartsSections(report, index),
    groupsSection(report, index),
    omissionsSection(report, index),
    articlesSection(report, index),
    '</main>',
    `<footer>Generated by claimdiff ${h(report.tool.version)}. This page is self-contained: it loads nothing from the network.</footer>`,
    dataIsland(report),
    `<script>${REPORT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
