import { TIME_SIDES } from '../language';
import type { QuantityClaim, Timex, TimexMod } from '../types';

/**
 * Numbers and periods as intervals, so that bounds, rounding and precision decide agreement:
 * "more than $13 billion" is (13e9, ∞) and agrees with "$13.2 billion"; "$189 billion" is 189e9 ± 0.5e9 and
 * "$190bn" 190e9 ± 5e9 (a trailing zero is read as rounding), so they agree; "2023-02" lies inside "2023".
 */

export type Interval = [number, number];

/** Half the step of the last stated digit, in the claim's scale ("$189 billion" → 0.5e9). 0 for words. */
export function roundingTolerance(claim: QuantityClaim): number {
  const q = claim.quantity;
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(claim.text);
  if (!m || q.ordinal) return 0;
  const stated = parseFloat(m[1].replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
  if (!stated || !isFinite(stated)) return 0;
  const scale = q.value / stated;
  let step = m[2] ? Math.pow(10, -m[2].length) : 1;
  if (!m[2]) {
    // Trailing zeros read as rounding, but at least two significant digits are taken as meant:
    // "190" is 190 ± 5, "200" is 200 ± 5, "30,000" is 30,000 ± 500.
    const digits = m[1].replace(/,/g, '');
    const zeros = /0+$/.exec(digits);
    if (zeros && zeros[0].length < digits.length) step = Math.pow(10, Math.max(0, Math.min(zeros[0].length, digits.length - 2)));
  }
  return (step * scale) / 2;
}

/** How far above a lower bound ("more than", "at least") the figure it states may lie, as a multiple. */
export const LOWER_BOUND_REACH = 2;

/** The values a quantity claim allows. */
export function quantityInterval(claim: QuantityClaim): Interval {
  const q = claim.quantity;
  const h = roundingTolerance(claim);
  if (q.low !== undefined && q.high !== undefined) return [q.low - h, q.high + h];
  const v = q.value;
  const loose = Math.max(h, Math.abs(v) * 0.1);
  switch (q.bound) {
    case '>':
    case '>=':
      // "more than 200": the bound is the figure itself, not a rounded one. A writer who knew the figure to be
      // many times the bound would not state the bound ("just over $200,000" is not "$5.4 million").
      return [v, v > 0 ? LOWER_BOUND_REACH * v : Infinity];
    case '<':
    case '<=':
      // "nearly 60%", "under 100": close below the figure, not anywhere below it.
      return [v - (q.approximate ? loose : Math.abs(v) * 0.5), v + h];
    case '~':
      return [v - loose, v + loose];
    default:
      return q.approximate ? [v - loose, v + loose] : [v - h, v + h];
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * Two figures' ranges share values. Ranges that only touch at an end are two different rounded figures
 * ("6.8" is 6.75–6.85 and "6.7" 6.65–6.75), unless one of them is an exact point on that end.
 */
function figuresOverlap(a: Interval, b: Interval): boolean {
  if (!overlaps(a, b)) return false;
  const near = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  const touching = near(a[0], b[1]) || near(b[0], a[1]);
  const hasWidth = (i: Interval) => !near(i[0], i[1]);
  return !touching || !hasWidth(a) || !hasWidth(b) || Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > 1e-9 * Math.max(1, Math.abs(a[1]));
}

function boundDirection(q: QuantityClaim['quantity']): '>' | '<' | null {
  if (q.low !== undefined && q.high !== undefined) return null;
  return q.bound === '>' || q.bound === '>=' ? '>' : q.bound === '<' || q.bound === '<=' ? '<' : null;
}

/** The stated figure with its rounding, bound or not. */
function pointOf(c: QuantityClaim): Interval {
  const h = roundingTolerance(c);
  return [c.quantity.value - h, c.quantity.value + h];
}

/**
 * Do two figures (same unit) agree once bounds and rounding are taken into account? Two bounds of the same
 * direction state their bound as the figure ("more than 80%" / "more than 60%", "up to $50,000" / "up to
 * $70,000"): they agree only when the bound figures do, after rounding.
 */
export function valuesCompatible(a: QuantityClaim, b: QuantityClaim): boolean {
  if (a.quantity.ordinal || b.quantity.ordinal) return a.quantity.value === b.quantity.value;
  const da = boundDirection(a.quantity);
  if (da && da === boundDirection(b.quantity)) return figuresOverlap(pointOf(a), pointOf(b));
  // "up to 1.6 million" / "as many as 1.5 million" state the top of an estimate as the figure: against a plain
  // figure they agree only when that figure is the bound, after rounding ("1.5 million" is not "up to 1.6 million").
  const plain = (y: QuantityClaim) => y.quantity.bound === '=' && !y.quantity.approximate && y.quantity.low === undefined;
  const upper = (x: QuantityClaim, y: QuantityClaim) => x.quantity.bound === '<=' && !x.quantity.approximate && x.quantity.low === undefined && plain(y);
  if (upper(a, b) || upper(b, a)) return figuresOverlap(pointOf(a), pointOf(b)) || truncates(a, b) || truncates(b, a);
  return figuresOverlap(quantityInterval(a), quantityInterval(b)) || truncates(a, b) || truncates(b, a);
}

/**
 * Two estimates ("some 45,000" / "about 47,000", "approximately 15 million" / "approximately 17 million")
 * whose stated figures differ after rounding: each outlet gives its estimate as a figure. Whether that is a
 * clash depends on the wording around them (see figuresAgree in score.ts); plain figures and bounds are
 * compared by valuesCompatible alone.
 */
export function estimatesDiffer(a: QuantityClaim, b: QuantityClaim): boolean {
  const estimate = (q: QuantityClaim['quantity']) => q.approximate && q.low === undefined && !q.ordinal && (q.bound === '~' || q.bound === '=');
  return estimate(a.quantity) && estimate(b.quantity) && !figuresOverlap(pointOf(a), pointOf(b));
}

/**
 * "$43 million" for "$43,885,310": the coarser figure is the finer one cut (not rounded) to its stated
 * digits. Only for plain figures whose stated step is coarser than the other's.
 */
function truncates(coarse: QuantityClaim, fine: QuantityClaim): boolean {
  if (coarse.quantity.bound !== '=' || coarse.quantity.approximate || coarse.quantity.low !== undefined || fine.quantity.low !== undefined) return false;
  const step = 2 * roundingTolerance(coarse);
  if (!(step > 0) || !(2 * roundingTolerance(fine) < step)) return false;
  const v = fine.quantity.value;
  return v >= coarse.quantity.value && v < coarse.quantity.value + step;
}

// ---------------------------------------------------------------------------------------------
// Periods (TIMEX3 values)
// ---------------------------------------------------------------------------------------------

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** First and last month of the TIMEX3 parts of a year (winter runs from December into the next year). */
const PART_MONTHS: Record<string, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  AU: [9, 11],
  WI: [12, 14],
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
};

/** True when the value names a concrete period (not PRESENT_REF, XXXX, a duration). */
export function isConcreteTimex(value: string | null | undefined): value is string {
  return !!value && /^\d{2,4}/.test(value);
}

/** The days a TIMEX3 date value covers: year, month, day, ISO week, decade ("198"), century ("19"). */
export function timexInterval(value: string): Interval | null {
  let m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // ISO week: week 1 holds January 4th.
    const jan4 = dayNumber(+m[1], 1, 4);
    const weekday = (new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7;
    const start = jan4 - weekday + (+m[2] - 1) * 7;
    return [start, start + 6];
  }
  // Seasons (meteorological: "this summer" holds June), quarters and halves of a year.
  m = /^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])\b/.exec(value);
  if (m) {
    const [from, to] = PART_MONTHS[m[2]];
    const y = +m[1];
    return [dayNumber(y, from, 1), dayNumber(y, to + 1, 1) - 1];
  }
  m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (m) {
    const y = +m[1];
    if (m[3]) return [dayNumber(y, +m[2], +m[3]), dayNumber(y, +m[2], +m[3])];
    if (m[2]) return [dayNumber(y, +m[2], 1), dayNumber(y, +m[2] + 1, 1) - 1];
    return [dayNumber(y, 1, 1), dayNumber(y, 12, 31)];
  }
  m = /^(\d{3})$/.exec(value);
  if (m) return [dayNumber(+m[1] * 10, 1, 1), dayNumber(+m[1] * 10 + 9, 12, 31)];
  m = /^(\d{2})$/.exec(value);
  if (m) return [dayNumber(+m[1] * 100, 1, 1), dayNumber(+m[1] * 100 + 99, 12, 31)];
  return null;
}

/** The interval a timex allows once its modifier is applied ("at least 2030" → from 2030 on). */
export function timexRange(t: Pick<Timex, 'value' | 'mod'>): Interval | null {
  const iv = timexInterval(t.value);
  if (!iv) return null;
  const mod: TimexMod | undefined = t.mod;
  switch (mod) {
    case 'BEFORE':
      return [-Infinity, iv[0] - 1];
    case 'ON_OR_BEFORE':
      return [-Infinity, iv[1]];
    case 'AFTER':
      return [iv[1] + 1, Infinity];
    case 'ON_OR_AFTER':
      return [iv[0], Infinity];
    default:
      return iv;
  }
}

/**
 * How two periods relate: `same` when one contains the other (2023-02 and 2023), `overlap` when they
 * share days without containment, `disjoint` otherwise; null when either cannot be read.
 */
export function periodRelation(a: Pick<Timex, 'value' | 'mod'>, b: Pick<Timex, 'value' | 'mod'>): 'same' | 'overlap' | 'disjoint' | null {
  const x = timexRange(a);
  const y = timexRange(b);
  if (!x || !y) return null;
  if (!overlaps(x, y)) return 'disjoint';
  if ((x[0] <= y[0] && y[1] <= x[1]) || (y[0] <= x[0] && x[1] <= y[1])) return 'same';
  return 'overlap';
}

/**
 * The days a time covers as its article dates it: "earlier this week" in an article of Friday the 25th holds the
 * days of that week before the 25th, "later this month" those after it. Other times: their range (timexRange).
 */
export function datedRange(t: Pick<Timex, 'value' | 'mod' | 'expression' | 'anchored'>, published: string | null): Interval | null {
  const range = timexRange(t);
  const side = TIME_SIDES.get(t.expression.trim().toLowerCase().split(/\s+/)[0] ?? '');
  const day = published && t.anchored ? timexInterval(published) : null;
  if (!range || !side || !day || day[0] !== day[1] || day[0] < range[0] || day[0] > range[1]) return range;
  return side === 'before' ? [range[0], day[0] - 1] : [day[0] + 1, range[1]];
}

/** periodRelation over two dated times (see datedRange). */
export function datedRelation(
  a: Pick<Timex, 'value' | 'mod' | 'expression' | 'anchored'>,
  aPublished: string | null,
  b: Pick<Timex, 'value' | 'mod' | 'expression' | 'anchored'>,
  bPublished: string | null,
): 'same' | 'overlap' | 'disjoint' | null {
  const x = datedRange(a, aPublished);
  const y = datedRange(b, bPublished);
  if (!x || !y || x[0] > x[1] || y[0] > y[1]) return x && y ? periodRelation(a, b) : null;
  if (!overlaps(x, y)) return 'disjoint';
  if ((x[0] <= y[0] && y[1] <= x[1]) || (y[0] <= x[0] && x[1] <= y[1])) return 'same';
  return 'overlap';
}

/** The event a time is anchored to, as a key: its head noun ("his visit", "the visit" → "visit"). */
export function anchorEventKey(t: Pick<Timex, 'anchor'>): string | null {
  const words = t.anchor?.event.toLowerCase().match(/\p{L}+/gu);
  return words && words.length ? words[words.length - 1] : null;
}

/**
 * How two times anchored to the same event relate, in days from that event ("the eve of his visit" is day -1,
 * "the day of the visit" day 0, "ahead of his visit" every day before it); null unless both are anchored to
 * the same event. Whether the event is the same one is the caller's (same story) concern.
 */
export function eventRelation(a: Pick<Timex, 'anchor' | 'mod'>, b: Pick<Timex, 'anchor' | 'mod'>): 'same' | 'overlap' | 'disjoint' | null {
  const key = anchorEventKey(a);
  if (!key || key !== anchorEventKey(b)) return null;
  const range = (t: Pick<Timex, 'anchor' | 'mod'>): Interval => {
    const d = t.anchor!.offsetDays;
    if (t.mod === 'BEFORE') return [-Infinity, d - 1];
    if (t.mod === 'AFTER') return [d + 1, Infinity];
    return [d, d];
  };
  const x = range(a);
  const y = range(b);
  if (!overlaps(x, y)) return 'disjoint';
  if ((x[0] <= y[0] && y[1] <= x[1]) || (y[0] <= x[0] && x[1] <= y[1])) return 'same';
  return 'overlap';
}

/** The year of a TIMEX value ("2023-02" → "2023"), for blocking. */
export function timexYear(value: string | null): string | null {
  const m = value ? /^(\d{4})/.exec(value) : null;
  return m ? m[1] : null;
}
