import { VERDICT_NAMES, VERDICT_TABLE } from '../model/verdicts';

/** Each verdict's colour as a variable `--<css>` (the verdict table's order). */
const VERDICT_VARS = VERDICT_NAMES.map((v) => `--${VERDICT_TABLE[v].css}: ${VERDICT_TABLE[v].color};`).join(' ');

/** Each verdict's badge, two rules a line. */
const VERDICT_BADGES = VERDICT_NAMES.map((v) => `.badge.verdict-${VERDICT_TABLE[v].css} { background: var(--${VERDICT_TABLE[v].css}); }`)
  .map((rule, i) => (i === 0 ? '' : i % 2 ? ' ' : '\n') + rule)
  .join('');

/** The report page's stylesheet, inlined so that report.html needs no other file and no network. */
export const REPORT_CSS = `
:root {
  --ink: #1d232a; --muted: #5f6b76; --line: #d9dee3; --paper: #ffffff; --wash: #f5f7f9;
  --error: #c62828; --warning: #b26a00; --info: #1565c0; --mark: #fff2a8;
  ${VERDICT_VARS}
}
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--wash); }
body { margin: 0; line-height: 1.45; font-size: 15px; }
header.top { background: var(--paper); border-bottom: 1px solid var(--line); padding: 18px 28px 10px; }
header.top h1 { margin: 0 0 2px; font-size: 22px; font-weight: 650; }
header.top .meta { margin: 0 0 10px; color: var(--muted); font-size: 13px; }
ul.counts { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 10px; padding: 0; }
ul.counts li { background: var(--wash); border: 1px solid var(--line); border-radius: 6px; padding: 4px 10px; font-size: 13px; }
ul.counts li b { font-size: 17px; margin-right: 3px; }
ul.counts li.sev-error b { color: var(--error); } ul.counts li.sev-warning b { color: var(--warning); } ul.counts li.sev-info b { color: var(--info); }
nav.sections a { display: inline-block; white-space: nowrap; margin-right: 14px; font-size: 13px; color: var(--info); text-decoration: none; }
nav.sections a:hover { text-decoration: underline; }
main { padding: 8px 28px 40px; max-width: 1280px; }
section h3 { font-size: 15px; margin: 14px 0 6px; }
section.story > h2 { font-size: 19px; }
.facts-wrap { max-width: 100%; }
table.facts { table-layout: fixed; width: 100%; font-size: 13px; }
table.facts th, table.facts td { overflow-wrap: anywhere; }
table.facts thead th { font-size: 12.5px; }
table.facts tbody th { font-weight: 500; width: 34%; }
table.facts td.absent { color: var(--muted); text-align: center; }
table.facts td.disagree { background: #fdecea; color: #8e1b1b; font-weight: 600; }
table.facts td.differs { background: #e8f0fb; }
table.facts .cell-mark { font-weight: 700; }
details.notes, details.coverage { margin: 10px 0; border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; background: var(--wash); }
details.notes > summary, details.coverage > summary { cursor: pointer; font-weight: 600; font-size: 14px; }
.flag details.more-evidence > summary { cursor: pointer; }
section.singles ul { margin: 6px 0 0; padding-left: 18px; font-size: 13.5px; }
section.singles .source { color: var(--muted); font-size: 12.5px; }
section.singles summary { cursor: pointer; font-weight: 600; }
.review-note { font-size: 13px; color: var(--muted); margin: 6px 0 0; }
.flag.decided-dismissed p.reason { text-decoration: line-through; opacity: .7; }
.flag .source { overflow-wrap: anywhere; }
header.top h1 { overflow-wrap: anywhere; }
table { overflow-wrap: anywhere; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 16px 0; }
section h2 { margin: 0 0 8px; font-size: 18px; }
section > p.explain { margin: 0 0 10px; color: var(--muted); font-size: 13px; }
p.note, p.empty { color: var(--muted); font-size: 13px; font-style: italic; }
ul.notices { margin: 0; padding-left: 20px; }
form.filters { display: flex; flex-wrap: wrap; gap: 10px 22px; align-items: flex-start; margin: 0 0 12px; padding: 8px 10px; background: var(--wash); border-radius: 6px; }
form.filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: center; }
form.filters legend { float: left; font-weight: 600; font-size: 13px; margin-right: 8px; }
form.filters label { font-size: 13px; white-space: nowrap; cursor: pointer; }
form.filters output { margin-left: auto; font-size: 13px; color: var(--muted); align-self: center; }
.flag { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
.flag.sev-error { border-left-color: var(--error); } .flag.sev-warning { border-left-color: var(--warning); }
.flag:target, tr:target { outline: 3px solid #ffb300; }
.flag > header { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; }
.flag .kind { font-weight: 650; }
.flag code, td code { font-size: 12px; color: var(--muted); }
.flag .group-link { font-size: 13px; margin-left: auto; color: var(--info); }
.flag p.reason { margin: 6px 0 8px; font-size: 15.5px; }
.flag ul.evidence { margin: 0; padding: 0; list-style: none; }
.flag ul.evidence li { margin: 4px 0; padding: 4px 8px; background: var(--wash); border-radius: 4px; }
.flag .source { display: inline-block; min-width: 12em; font-size: 12.5px; color: var(--muted); font-weight: 600; margin-right: 6px; }
.flag details { font-size: 12.5px; margin-top: 6px; color: var(--muted); }
.flag details pre { white-space: pre-wrap; margin: 4px 0; }
.flag-actions:empty { display: none; }
.sentence { border-left: 3px solid var(--line); padding-left: 6px; display: inline; }
mark { background: var(--mark); padding: 0 2px; border-radius: 2px; color: inherit; font-weight: 600; }
.badge { display: inline-block; font-size: 11.5px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 1px 7px; border-radius: 10px; color: #fff; background: var(--info); }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); }
.badge.verdict { text-transform: none; letter-spacing: 0; }
${VERDICT_BADGES}
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: var(--wash); font-weight: 600; }
td ul { margin: 0; padding-left: 16px; }
td .why { color: var(--muted); font-size: 12.5px; }
.chart-wrap { max-width: 100%; }
/* Charts scale down to their box (they keep a viewBox), so none is wider than a phone's screen. */
svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
svg.chart text { font-size: 12px; fill: var(--ink); }
svg.chart text.sub, svg.chart text.tick { font-size: 11px; fill: var(--muted); }
svg.chart text.col-head { font-weight: 600; }
svg.chart text.cell-text { font-size: 11.5px; }
svg.chart .rule { stroke: var(--line); }
svg.chart .empty-cell { fill: none; stroke: var(--line); stroke-dasharray: 3 3; }
svg.chart .lane { fill: var(--wash); }
svg.chart .axis { stroke: var(--muted); }
svg.chart .compressed-band { fill: #cfd8dc; fill-opacity: .35; pointer-events: none; }
svg.chart .axis.compressed { stroke-dasharray: 2 2; }
svg.chart .grid { stroke: var(--line); stroke-dasharray: 2 4; }
svg.chart .published { stroke: #37474f; stroke-width: 1.5; stroke-dasharray: 4 3; }
svg.chart .diagonal { fill: #b0bec5; }
svg.chart text.conflict-mark { fill: var(--conflict); font-weight: 700; }
svg.chart .swatch { stroke: #bbb; }
svg.chart g.label:hover rect, svg.chart g.pair:hover rect, svg.chart g.mark:hover * { stroke: var(--ink); stroke-width: 2; }
footer { color: var(--muted); font-size: 12px; padding: 0 28px 24px; }
@media (max-width: 640px) {
  header.top { padding: 12px 14px 8px; }
  main { padding: 4px 8px 24px; }
  section { padding: 10px 10px; }
  .flag { padding: 8px 8px; }
  .flag .source { min-width: 0; display: block; }
  .flag .group-link { margin-left: 0; }
  /* The grid becomes one card per fact: each outlet's words under its name. */
  table.facts, table.facts tbody, table.facts tr, table.facts th, table.facts td { display: block; width: 100%; }
  table.facts thead { display: none; }
  table.facts tr { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; }
  table.facts tbody th { width: 100%; border-bottom: 1px solid var(--line); }
  table.facts td { border: 0; padding: 3px 8px; text-align: left; }
  table.facts td.absent { display: none; }
  table.facts td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
  section#section-articles table, section#section-articles tbody, section#section-articles tr, section#section-articles td { display: block; width: 100%; }
  section#section-articles thead { display: none; }
  section#section-articles tr { border-bottom: 1px solid var(--line); padding: 4px 0; }
  section#section-articles td { border: 0; padding: 1px 6px; }
}
@media print { form.filters { display: none; } .flag[hidden] { display: block; } }
`;
