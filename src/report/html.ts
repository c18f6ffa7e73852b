import { createHash } from 'node:crypto';
import type { Flag, Report } from '../types';
import { agreementMatrix } from './charts/agreement-matrix';
import { framingGrid } from './charts/framing-grid';
import type { Chart } from './charts/svg';
import { timeline } from './charts/timeline';
import { escapeHtml as h, jsonForScript } from './escape';
import { REPORT_JS } from './html-script';
import { REPORT_CSS } from './html-style';
import { countBy, describeArticle, flagsBySeverity, humanize, indexReport, type ReportIndex, SEVERITIES } from '../model/report-lookup';
import type { ReviewedFlag } from '../findings/steps';
import { readableTime } from '../lib/time';
import { flagKindMeta } from '../model/flag-kinds';
import { verdictMeta } from '../model/verdicts';
import { articleNames, byStory, evidenceBySentence, markParts, storyTitle, withNames, type SentenceEvidence, type StoryView } from './view-model';
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

/** Names of articles and the index, shared by every part of one page. */
interface Page {
  index: ReportIndex;
  names: Map<string, string>;
}

function sourceLine(articleId: string, page: Page): string {
  const { published } = describeArticle(articleId, page.index);
  return [page.names.get(articleId) ?? articleId, published].filter((x): x is string => !!x).map(h).join(' · ');
}

/** One sentence of evidence with every span the flag marks in it (a framing flag marks several labels). */
function evidenceItem(e: SentenceEvidence, page: Page): string {
  const parts = markParts(e.sentence, e.spans, e.claimTexts);
  const sentence = parts.map((p) => (p.marked ? `<mark>${h(p.text)}</mark>` : h(p.text))).join('');
  return `<li data-article-id="${h(e.articleId)}"><span class="source">${sourceLine(e.articleId, page)}</span> <span class="sentence">${sentence}</span></li>`;
}

/** The first sentences in view; a long list (a framing flag over many sentences) folds the rest. */
const SHOWN_SENTENCES = 4;

function evidenceList(sentences: SentenceEvidence[], page: Page): string {
  if (!sentences.length) return '';
  const shown = sentences.slice(0, SHOWN_SENTENCES).map((e) => evidenceItem(e, page)).join('');
  const more = sentences.slice(SHOWN_SENTENCES);
  const rest = more.length
    ? `<details class="more-evidence"><summary>${h(plural(more.length, 'more sentence'))}</summary><ul class="evidence">${more.map((e) => evidenceItem(e, page)).join('')}</ul></details>`
    : '';
  return `<ul class="evidence">${shown}</ul>${rest}`;
}

function reviewNote(f: ReviewedFlag): string {
  const r = f.review;
  if (!r) return '';
  const what = r.stale ? `Earlier review (${r.decision ?? 'note'}) no longer applies: the evidence changed` : `${r.decision ? humanize(r.decision) : 'Note'} by ${r.who}`;
  return `<p class="review-note">${h(what)}, ${h(readableTime(r.when))}${r.note ? `: ${h(r.note)}` : ''}</p>`;
}

function flagElement(f: ReviewedFlag, page: Page): string {
  const group = f.group ? page.index.groups.get(f.group) : undefined;
  const groupLink = f.group ? `<a class="group-link" href="#${h(f.group)}">fact: ${h(group ? withNames(group.about, page.names) : f.group)}</a>` : '';
  const sentences = evidenceBySentence(f, page.index.claims);
  const state = f.review && !f.review.stale && f.review.decision ? ` decided-${h(f.review.decision)}` : '';
  return (
    `<article class="flag sev-${h(f.severity)}${state}" id="${h(f.id)}" data-flag-id="${h(f.id)}" data-kind="${h(f.kind)}" data-severity="${h(f.severity)}">` +
    `<header><span class="badge sev-${h(f.severity)}">${h(f.severity)}</span> <span class="kind">${h(flagKindMeta(f.kind).title)}</span> <code>${h(f.id)}</code>${groupLink}</header>` +
    `<p class="reason">${h(withNames(f.reason, page.names))}</p>` +
    evidenceList(sentences, page) +
    reviewNote(f) +
    `<div class="flag-actions" data-flag-id="${h(f.id)}"></div>` +
    `</article>`
  );
}

function checkbox(name: string, value: string, label: string, count: number): string {
  return `<label><input type="checkbox" name="${h(name)}" value="${h(value)}" checked> ${h(label)} (${count})</label>`;
}

/** The filter bar for every flag on the page (the script shows it). */
function flagsToolbar(report: Report): string {
  if (!report.flags.length) {
    return `<section id="section-flags"><h2>Flags</h2><p class="empty">No flags: the sources agree wherever they state the same fact.</p></section>`;
  }
  const bySeverity = countBy(report.flags, (f) => f.severity);
  const byKind = countBy(report.flags, (f) => f.kind);
  return (
    `<section id="section-flags" class="toolbar"><h2>Flags</h2>` +
    `<p class="explain">Per story: the facts each outlet gives (disagreements marked), then errors and warnings; notes and coverage are folded.</p>` +
    `<form class="filters" hidden>` +
    `<fieldset><legend>Severity</legend>${SEVERITIES.filter((s) => bySeverity.has(s)).map((s) => checkbox('severity', s, s, bySeverity.get(s)!)).join('')}</fieldset>` +
    `<fieldset><legend>Kind</legend>${[...byKind.keys()].sort().map((k) => checkbox('kind', k, humanize(k), byKind.get(k)!)).join('')}</fieldset>` +
    `<output></output></form></section>`
  );
}

function shorten(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A cell's value as compared: the claim words, case and spacing folded. */
const cellKey = (texts: string[]) => texts.map((t) => t.toLowerCase().replace(/\s+/g, ' ').trim()).sort().join(' / ');

/**
 * The facts × outlets grid of one story: a row per fact (group), a column per article, each cell the words
 * that article uses. In a group that does not agree, the cells that differ from the most common value are
 * marked (✗ for a conflict, ≠ for a different period or a forecast), so the divergence shows at a glance.
 */
function factsGrid(view: StoryView, page: Page): string {
  if (!view.groups.length) return `<p class="empty">No fact of this story is stated by two of its articles.</p>`;
  const cols = view.story.articles;
  const head = `<tr><th scope="col">fact</th>${cols.map((id) => `<th scope="col">${h(page.names.get(id) ?? id)}</th>`).join('')}</tr>`;
  const rows = view.groups.map((g) => {
    const per = new Map<string, string[]>();
    for (const cid of g.claims) {
      const c = page.index.claims.get(cid);
      if (c) per.set(c.articleId, [...(per.get(c.articleId) ?? []), c.text]);
    }
    const keys = cols.filter((id) => per.has(id)).map((id) => cellKey(per.get(id)!));
    // The value most articles give; with no value given twice, every cell of a divergent fact is marked.
    const top = [...countBy(keys, (k) => k)].sort((a, b) => b[1] - a[1])[0];
    const common = top && top[1] > 1 ? top[0] : undefined;
    const side = verdictMeta(g.verdict).side;
    const diverges = side !== 'agree';
    const mark = side === 'conflict' ? '✗' : '≠';
    const cells = cols.map((id) => {
      const texts = per.get(id);
      const label = h(page.names.get(id) ?? id);
      if (!texts) return `<td class="absent" data-label="${label}">—</td>`;
      const differs = diverges && cellKey(texts) !== common;
      const cls = differs ? (side === 'conflict' ? 'disagree' : 'differs') : 'states';
      return `<td class="${cls}" data-label="${label}">${differs ? `<span class="cell-mark" aria-label="${side === 'conflict' ? 'disagrees' : 'differs'}">${mark}</span> ` : ''}${texts.map((t) => h(shorten(t, 80))).join('<br>')}</td>`;
    });
    return (
      `<tr id="${h(g.id)}" data-group-id="${h(g.id)}" data-verdict="${h(g.verdict)}">` +
      `<th scope="row"><span class="badge verdict verdict-${h(verdictMeta(g.verdict).css)}">${h(verdictMeta(g.verdict).label)}</span> ${h(shorten(withNames(g.about, page.names), 110))}</th>${cells.join('')}</tr>`
    );
  });
  return `<div class="facts-wrap"><table class="facts"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function storySection(view: StoryView, page: Page, flagsOf: (f: Flag) => ReviewedFlag): string {
  const flags = flagsBySeverity(view.flags).map(flagsOf);
  const main = flags.filter((f) => f.severity !== 'info');
  const notes = flags.filter((f) => f.severity === 'info' && f.kind !== 'omission');
  const coverage = flags.filter((f) => f.severity === 'info' && f.kind === 'omission');
  const outlets = view.story.articles.map((id) => sourceLine(id, page)).join('; ');
  return (
    `<section class="story" id="story-${h(view.story.id)}" data-story-id="${h(view.story.id)}">` +
    `<h2>${h(view.title)}</h2><p class="explain">${plural(view.story.articles.length, 'article')}: ${outlets}</p>` +
    `<h3>Facts by outlet</h3>${factsGrid(view, page)}` +
    `<h3>Errors and warnings</h3>` +
    (main.length ? `<div class="flag-list">${main.map((f) => flagElement(f, page)).join('')}</div>` : `<p class="empty">None in this story.</p>`) +
    (notes.length ? `<details class="notes"><summary>${h(plural(notes.length, 'note'))} (information: different periods, forecasts, mild framing)</summary><div class="flag-list">${notes.map((f) => flagElement(f, page)).join('')}</div></details>` : '') +
    (coverage.length ? `<details class="coverage"><summary>Coverage: ${h(plural(coverage.length, 'fact'))} not in every article</summary><div class="flag-list">${coverage.map((f) => flagElement(f, page)).join('')}</div></details>` : '') +
    `</section>`
  );
}

function storiesSections(report: Report, page: Page): string {
  const { stories, restFlags } = byStory(report, page.index);
  const flagsOf = (f: Flag) => f as ReviewedFlag;
  const rest = restFlags.length
    ? `<section class="story" id="story-none"><h2>Across stories</h2><div class="flag-list">${flagsBySeverity(restFlags).map((f) => flagElement(f as ReviewedFlag, page)).join('')}</div></section>`
    : '';
  // A story of one article with nothing flagged has nothing to compare: one line each, in one list.
  const lone = (v: StoryView) => v.story.articles.length < 2 && v.flags.length === 0;
  const singles = stories.filter(lone);
  const singlesSection = singles.length
    ? `<section class="singles" id="stories-single"><details><summary>${h(plural(singles.length, 'story', 'stories'))} with one article: nothing to compare</summary><ul>${singles
        .map((v) => `<li id="story-${h(v.story.id)}">${h(v.title)} <span class="source">${v.story.articles.map((id) => sourceLine(id, page)).join('; ')}</span></li>`)
        .join('')}</ul></details></section>`
    : '';
  return stories.filter((v) => !lone(v)).map((v) => storySection(v, page, flagsOf)).join('') + rest + singlesSection;
}

function chartSection(id: string, title: string, explain: string, chart: Chart | null, empty: string): string {
  const body = chart
    ? `<div class="chart-wrap">${chart.svg}</div>${chart.note ? `<p class="note">${h(chart.note)}</p>` : ''}`
    : `<p class="empty">${h(empty)}</p>`;
  return `<section id="${h(id)}"><h2>${h(title)}</h2><p class="explain">${h(explain)}</p>${body}</section>`;
}

function chartsSections(report: Report, page: Page): string {
  const sources = report.articles.map((a) => ({ id: a.id, label: page.names.get(a.id) ?? a.id, published: a.published }));
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

function articlesSection(report: Report): string {
  const claimsPer = countBy(report.claims, (c) => c.articleId);
  const storyTitles = new Map(report.stories.map((st) => [st.id, storyTitle(st, report)]));
  const rows = report.articles.map((a) =>
    `<tr data-article-id="${h(a.id)}"><td><code>${h(a.id)}</code></td><td>${h(a.outlet ?? '')}</td><td>${h(a.published ?? '')}</td>` +
    `<td>${h(a.title ?? '')}</td><td>${h(a.story ? storyTitles.get(a.story) ?? a.story : '')}</td><td>${claimsPer.get(a.id) ?? 0}</td>` +
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
    ...(report.stories.length <= 6 ? report.stories.map((st, i) => [`story-${st.id}`, report.stories.length > 1 ? `Story ${i + 1}` : 'Story']) : [['section-flags', 'Stories']]),
    ['section-framing', 'Framing'], ['section-timeline', 'Timeline'], ['section-agreement', 'Agreement'], ['section-articles', 'Articles'],
  ].map(([id, words]) => `<a href="#${h(id)}">${h(words)}</a>`);
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
  const page: Page = { index: indexReport(report), names: articleNames(report) };
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
    flagsToolbar(report),
    storiesSections(report, page),
    chartsSections(report, page),
    articlesSection(report),
    '</main>',
    `<footer>Generated by claimdiff ${h(report.tool.version)}. This page is self-contained: it loads nothing from the network.</footer>`,
    dataIsland(report),
    `<script>${REPORT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
