import type { Claim, DateClaim, Verdict } from '../../types';
import { VERDICT_COLOR } from './colors';
import { focusScale } from './time-scale';
import { type Chart, el, svgDoc, text, tooltip, truncate } from './svg';

/**
 * The dated claims on a time axis, one lane per source. A day is a dot; a week, month, quarter, year or
 * decade is a bar as long as the period, so that the precision a source gave is visible. Each lane also
 * shows the article's publication date as a dashed line. Only DATE values that resolved to a calendar
 * period are placed; unresolved ones (XXXX-SP, PRESENT_REF) have no place on an axis.
 */

export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade';

export interface Period {
  /** UTC milliseconds, start inclusive, end exclusive. */
  start: number;
  end: number;
  precision: Precision;
}

const DAY = 86_400_000;
/** Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not. */
const utc = (y: number, m = 0, d = 1) => new Date(0).setUTCFullYear(y, m, d);

/** A TIMEX3 DATE value as a calendar period, or null when it names no definite period. */
export function timexPeriod(value: string): Period | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
    const start = utc(y, mo, d);
    // reject 2023-02-31 and the like rather than letting Date roll it over
    if (new Date(start).getUTCMonth() !== mo || mo > 11) return null;
    return { start, end: start + DAY, precision: 'day' };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const [y, mo] = [Number(m[1]), Number(m[2]) - 1];
    if (mo < 0 || mo > 11) return null;
    return { start: utc(y, mo), end: utc(y, mo + 1), precision: 'month' };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    if (w < 1 || w > 53) return null;
    // ISO week 1 holds 4 January; weeks start on Monday
    const jan4 = utc(y, 0, 4);
    const week1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const start = week1 + (w - 1) * 7 * DAY;
    return { start, end: start + 7 * DAY, precision: 'week' };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    return { start: utc(y, (q - 1) * 3), end: utc(y, q * 3), precision: 'quarter' };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const [y, h] = [Number(m[1]), Number(m[2])];
    return { start: utc(y, (h - 1) * 6), end: utc(y, h * 6), precision: 'half' };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const y = Number(m[1]);
    return { start: utc(y), end: utc(y + 1), precision: 'year' };
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = Number(m[1]) * 10;
    return { start: utc(y), end: utc(y + 10), precision: 'decade' };
  }
  return null;
}

/** Claims that can go on the axis: DATE claims whose value resolved to a period. */
export function placeableDates(claims: readonly Claim[]): Array<{ claim: DateClaim; period: Period }> {
  const out: Array<{ claim: DateClaim; period: Period }> = [];
  for (const c of claims) {
    if (c.kind !== 'date' || c.time.type !== 'DATE' || c.time.resolved === false) continue;
    const period = timexPeriod(c.time.value);
    if (period) out.push({ claim: c, period });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Axis ticks on calendar boundaries
// ---------------------------------------------------------------------------------------------

type TickUnit = 'day' | 'month' | 'year';
const TICK_STEPS: Array<[TickUnit, number]> = [
  ['day', 1], ['day', 2], ['day', 7], ['month', 1], ['month', 3], ['month', 6],
  ['year', 1], ['year', 2], ['year', 5], ['year', 10], ['year', 20], ['year', 50], ['year', 100], ['year', 200], ['year', 500],
];
const APPROX_MS: Record<TickUnit, number> = { day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Tick {
  at: number;
  label: string;
}

/** Calendar-aligned ticks for [from, to]: the finest step that gives at most `maxTicks` ticks. */
export function timeTicks(from: number, to: number, maxTicks = 8): Tick[] {
  const span = Math.max(to - from, DAY);
  const [unit, step] = TICK_STEPS.find(([u, s]) => span / (APPROX_MS[u] * s) <= maxTicks) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const d = new Date(from);
  let y = d.getUTCFullYear();
  let mo = d.getUTCMonth();
  let day = d.getUTCDate();
  // start at the step boundary at or before `from`
  if (unit === 'year') [y, mo, day] = [Math.floor(y / step) * step, 0, 1];
  else if (unit === 'month') [mo, day] = [Math.floor(mo / step) * step, 1];
  const ticks: Tick[] = [];
  for (let guard = 0; guard < 1000; guard++) {
    const at = utc(y, mo, day);
    if (at > to) break;
    if (at >= from) {
      const t = new Date(at);
      const label =
        unit === 'year' ? String(t.getUTCFullYear())
          : unit === 'month' ? `${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`
            : `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
      ticks.push({ at, label });
    }
    if (unit === 'year') y += step;
    else if (unit === 'month') mo += step;
    else day += step;
  }
  return ticks;
}

// ---------------------------------------------------------------------------------------------
// The chart
// ---------------------------------------------------------------------------------------------

export interface TimelineOptions {
  /** Lane order and lane titles: article ids, how to name them, and their publication date. */
  sources: Array<{ id: string; label: string; published: string | null }>;
  /** The verdict of the group a claim belongs to, to colour it; ungrouped claims are grey. */
  verdictOf?: Map<string, Verdict>;
  width?: number;
  maxLanes?: number;
}

const LEFT = 180;
const RIGHT = 24;
const ROW = 14;
const LANE_PAD = 8;
const AXIS = 34;
const MAX_SUBROWS = 8;
const UNGROUPED = '#546e7a';

interface Mark {
  claim: DateClaim;
  period: Period;
  x1: number;
  x2: number;
  row: number;
}

/** Greedy interval packing: each mark goes to the first sub-row where it does not overlap the last mark. */
function pack(marks: Mark[]): number {
  const rowEnds: number[] = [];
  for (const m of [...marks].sort((a, b) => a.x1 - b.x1 || a.x2 - b.x2)) {
    let row = rowEnds.findIndex((end) => end + 2 <= m.x1);
    if (row < 0) row = rowEnds.length < MAX_SUBROWS ? rowEnds.length : MAX_SUBROWS - 1;
    m.row = row;
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, m.x2);
  }
  return Math.max(1, rowEnds.length);
}

export function timeline(claims: readonly Claim[], opts: TimelineOptions): Chart | null {
  const width = opts.width ?? 900;
  const maxLanes = opts.maxLanes ?? 40;
  const placed = placeableDates(claims);
  if (!placed.length) return null;

  const bySource = new Map<string, typeof placed>();
  for (const p of placed) bySource.set(p.claim.articleId, [...(bySource.get(p.claim.articleId) ?? []), p]);
  const lanesAll = opts.sources.filter((s) => bySource.has(s.id));
  const lanes = lanesAll.slice(0, maxLanes);
  const shown = lanes.flatMap((s) => bySource.get(s.id)!);
  const published = new Map(lanes.map((s) => [s.id, s.published ? timexPeriod(s.published) : null]));

  const pubTimes = [...published.values()].flatMap((p) => (p ? [p.start] : []));
  const scale = focusScale(shown.flatMap((p) => [p.period.start, p.period.end]), pubTimes, LEFT, width - RIGHT);
  const x = scale.x;

  const parts: string[] = [];
  let y = 8;
  for (const lane of lanes) {
    const marks: Mark[] = bySource.get(lane.id)!.map(({ claim, period }) => {
      const x1 = x(period.start);
      const x2 = period.precision === 'day' ? x1 : Math.max(x(period.end), x1 + 6);
      return { claim, period, x1: period.precision === 'day' ? x1 - 5 : x1, x2: period.precision === 'day' ? x1 + 5 : x2, row: 0 };
    });
    const rows = pack(marks);
    const height = rows * ROW + LANE_PAD;
    parts.push(el('rect', { x: LEFT, y, width: width - LEFT - RIGHT, height, class: 'lane' }));
    parts.push(text(LEFT - 8, y + height / 2 + 4, truncate(lane.label, 26), { class: 'row-head', 'text-anchor': 'end' }, lane.label));
    const pub = published.get(lane.id);
    if (pub) {
      parts.push(el('line', { x1: x(pub.start), x2: x(pub.start), y1: y, y2: y + height, class: 'published' },
        tooltip(`${lane.label} published ${lane.published}`)));
    }
    for (const m of marks) {
      const cy = y + LANE_PAD / 2 + m.row * ROW + ROW / 2;
      const verdict = opts.verdictOf?.get(m.claim.id);
      const color = verdict ? VERDICT_COLOR[verdict] : UNGROUPED;
      const words = `${lane.label}: “${m.claim.text}” → ${m.claim.time.value}${verdict ? ` (group: ${verdict})` : ''}\n${m.claim.sentence.text}`;
      const shape = m.period.precision === 'day'
        ? el('circle', { cx: m.x1 + 5, cy, r: 4.5, fill: color })
        : el('rect', { x: m.x1, y: cy - 4, width: m.x2 - m.x1, height: 8, rx: 3, fill: color, 'fill-opacity': 0.55, stroke: color });
      // A date in conflict with another source's is marked in shape too, not only in colour.
      const flagged = verdict === 'conflict' ? text(Math.min(m.x2 + 12, width - RIGHT + 10), cy + 4, '✗', { class: 'conflict-mark' }) : '';
      parts.push(el('g', { class: `mark ${m.period.precision}${verdict === 'conflict' ? ' conflict' : ''}`, 'data-claim-id': m.claim.id }, tooltip(words) + shape + flagged));
    }
    y += height + 4;
  }

  const axisY = y + 2;
  for (const seg of scale.segments) {
    parts.push(el('line', { x1: seg.x0, x2: seg.x1, y1: axisY, y2: axisY, class: seg.focus ? 'axis' : 'axis compressed' }));
    // drawn over the lanes, translucent and deaf to the mouse, so the marks under it keep their tooltips
    if (!seg.focus) parts.push(el('rect', { x: seg.x0, y: 4, width: seg.x1 - seg.x0, height: axisY - 4, class: 'compressed-band' }));
    if (!seg.focus) {
      const years = [seg.from, seg.to].map((t) => new Date(t).getUTCFullYear());
      const label = years[0] === years[1] ? String(years[0]) : `${years[0]}–${years[1]}`;
      parts.push(text((seg.x0 + seg.x1) / 2, axisY + 18, label, { class: 'tick', 'text-anchor': 'middle' }));
      continue;
    }
    for (const t of timeTicks(seg.from, seg.to, Math.max(2, Math.floor((seg.x1 - seg.x0) / 90)))) {
      parts.push(el('line', { x1: x(t.at), x2: x(t.at), y1: 4, y2: axisY + 4, class: 'grid' }));
      parts.push(text(x(t.at), axisY + 18, t.label, { class: 'tick', 'text-anchor': 'middle' }));
    }
  }
  const legendY = axisY + AXIS;
  parts.push(
    el('circle', { cx: LEFT + 5, cy: legendY - 4, r: 4.5, fill: UNGROUPED }) + text(LEFT + 14, legendY, 'a day', { class: 'sub' }) +
    el('rect', { x: LEFT + 64, y: legendY - 8, width: 26, height: 8, rx: 3, fill: UNGROUPED, 'fill-opacity': 0.55, stroke: UNGROUPED }) +
    text(LEFT + 96, legendY, 'a longer period (week … decade)', { class: 'sub' }) +
    el('line', { x1: LEFT + 292, x2: LEFT + 292, y1: legendY - 11, y2: legendY + 2, class: 'published' }) +
    text(LEFT + 300, legendY, 'publication date', { class: 'sub' }) +
    text(LEFT + 410, legendY, 'colour: verdict of the claim’s group; grey: not in a group', { class: 'sub' }) +
    (scale.segments.length > 1 ? text(LEFT, legendY + 16, 'shaded edges: far dates, on a compressed scale', { class: 'sub' }) : ''),
  );

  const unplaced = claims.filter((c) => c.kind === 'date').length - placed.length;
  const notes: string[] = [];
  if (lanesAll.length > lanes.length) notes.push(`${lanesAll.length - lanes.length} more sources not shown`);
  if (unplaced > 0) notes.push(`${unplaced} date claim${unplaced === 1 ? '' : 's'} with no definite calendar period (unresolved, durations, sets) not placed`);
  const placedIds = new Set(placed.map((p) => p.claim.id));
  const offAxisConflicts = claims.filter((c) => c.kind === 'date' && !placedIds.has(c.id) && opts.verdictOf?.get(c.id) === 'conflict').length;
  if (offAxisConflicts > 0) notes.push(`${offAxisConflicts} of them in a date conflict (see the story's errors)`);
  return {
    svg: svgDoc(width, legendY + (scale.segments.length > 1 ? 24 : 8), 'chart timeline', `Dated claims on a time axis, one lane per source (${lanes.length})`, parts.join('')),
    ...(notes.length ? { note: `${notes.join('; ')}.` } : {}),
  };
}
