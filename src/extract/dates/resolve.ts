import type { Timex } from '../../types';
import type { ReferenceDate } from '../reference';
import { addDays, addMonths, formatYm, formatYmd, holidayDate, isValidYmd, isoWeek, weekdayFrom, type Ymd } from './calendar';
import type { Annotated, CalendarMention, HolidayMention, Mention, RelativeMention, Season } from './mention';
import type { Direction } from './tense';

export type ResolvedTimex = Omit<Timex, 'expression'>;

/** What a mention is resolved against: the publication date and, for "the previous year"-style phrases, other times in the text. */
export interface ResolveContext {
  reference: ReferenceDate | null;
  /** Which way the sentence points (past or future tense), for bare weekdays and months. */
  direction: Direction | null;
  /** Times the text gave just before: an explicit year in the same sentence, a day earlier in the paragraph. */
  discourse: Discourse;
}

/** Times the text gave before: an explicit year in the same sentence, a day earlier in the paragraph, the last quarter named in the article. */
export interface Discourse {
  year?: number;
  day?: Ymd;
  quarter?: { year: number; quarter: number };
  /** The last year the paragraph stated ("in June 1998"), for "later that year" and past-tense narrative. */
  paragraphYear?: number;
  /** The last day the article gave before this paragraph, for "the next morning" when the paragraph names none. */
  articleDay?: Ymd;
  /** The last month the paragraph stated, for "the following month". */
  month?: Ymd;
}

type Field = 'year' | 'month' | 'day';
const Y: Field[] = ['year'];
const YM: Field[] = ['year', 'month'];
const YMD: Field[] = ['year', 'month', 'day'];

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function resolved(type: Timex['type'], value: string, anchored: boolean, implied: Field[] = []): ResolvedTimex {
  return { type, value, anchored, resolved: true, ...(implied.length ? { implied } : {}) };
}

function unresolved(type: Timex['type'], value: string, reason: string, implied: Field[]): ResolvedTimex {
  return { type, value, anchored: true, resolved: false, implied, unresolvedReason: reason };
}

/** Plain words for why the reference does not suffice. */
function missing(ref: ReferenceDate | null, needed: 'year' | 'month' | 'day'): string {
  if (!ref) return 'the publication date is unknown, so this relative time is not resolved';
  return `the publication date is known only to the ${ref.precision}; this expression needs its ${needed}`;
}

const refDay = (ref: ReferenceDate | null): Ymd | undefined =>
  ref && ref.precision === 'day' ? { year: ref.year, month: ref.month!, day: ref.day! } : undefined;

/** The year of a month (or a season start) that the text names without one, pointed at from the reference month. */
function yearForMonth(month: number, ref: ReferenceDate & { month: number }, relation: CalendarMention['relation'], direction: Direction | null): number {
  if (relation === 'this') return ref.year;
  if (relation === 'last') return month < ref.month ? ref.year : ref.year - 1;
  if (relation === 'next') return month > ref.month ? ref.year : ref.year + 1;
  // Within two months either way the nearest occurrence wins over tense: a past-tense reporting verb governs
  // "payable Dec. 7" or "effective Feb. 1" no more than it governs "last month's" events.
  const near = ((month - ref.month + 18) % 12) - 6;
  if (Math.abs(near) <= 2) return ref.year + Math.floor((ref.month - 1 + near) / 12);
  if (direction === 'past') return month <= ref.month ? ref.year : ref.year - 1;
  if (direction === 'future') return month >= ref.month ? ref.year : ref.year + 1;
  const diff = month - ref.month; // nearest occurrence
  return diff > 6 ? ref.year - 1 : diff < -6 ? ref.year + 1 : ref.year;
}

function withTime(date: string, m: { partOfDay?: string; hour?: number; minute?: number }): { type: Timex['type']; value: string } {
  if (m.partOfDay) return { type: 'TIME', value: `${date}T${m.partOfDay}` };
  if (m.hour !== undefined) return { type: 'TIME', value: `${date}T${pad(m.hour, 2)}:${pad(m.minute ?? 0, 2)}` };
  return { type: 'DATE', value: date };
}

/** The date part of a calendar mention once its year is known. */
function calendarValue(m: CalendarMention, year: number): string | null {
  if (m.season) return `${pad(year, 4)}-${m.season}`;
  if (m.quarter) return `${pad(year, 4)}-Q${m.quarter}`;
  if (m.half) return `${pad(year, 4)}-H${m.half}`;
  if (m.month === undefined) return pad(year, 4);
  if (m.day === undefined) return formatYm(year, m.month);
  const d = { year, month: m.month, day: m.day };
  return isValidYmd(d) ? formatYmd(d) : null;
}

function placeholder(m: CalendarMention): string {
  if (m.season) return `XXXX-${m.season}`;
  if (m.quarter) return `XXXX-Q${m.quarter}`;
  if (m.half) return `XXXX-H${m.half}`;
  if (m.month === undefined) return 'XXXX-XX-XX';
  return m.day === undefined ? `XXXX-${pad(m.month, 2)}` : `XXXX-${pad(m.month, 2)}-${pad(m.day, 2)}`;
}

function resolveCalendar(m: CalendarMention, rc: ResolveContext): ResolvedTimex | null {
  const ref = rc.reference;
  if (m.year !== undefined) {
    const date = calendarValue(m, m.year);
    if (!date) return null;
    const t = withTime(date, m);
    return resolved(t.type, t.value, false);
  }
  if (m.yearShift !== undefined) {
    if (!ref) return unresolved('DATE', placeholder(m), missing(ref, 'year'), Y);
    return resolved('DATE', calendarValue(m, ref.year + m.yearShift)!, true, Y);
  }
  const periodStart = m.month ?? (m.season ? SEASON_START[m.season] : m.quarter ? m.quarter * 3 - 2 : m.half ? m.half * 6 - 5 : undefined);
  if (periodStart !== undefined) {
    // A month, season or quarter without a year: which year depends on the reference month.
    if (ref && (m.relation === 'this' || (!m.month && !m.relation && !rc.direction))) {
      // "this May", "in the summer", "the third quarter": the reference year
      const date = calendarValue(m, ref.year);
      if (!date) return null;
      const t = withTime(date, m);
      return resolved(t.type, t.value, true, Y);
    }
    if (!ref || ref.month === undefined) {
      const t = withTime(placeholder(m), m);
      return unresolved(t.type, t.value, missing(ref, 'month'), Y);
    }
    // A quarter is a reporting period: the latest one that has begun, whatever the tense ("expects to report third-quarter profit").
    const year = m.quarter && !m.relation ? (periodStart <= ref.month ? ref.year : ref.year - 1) : yearForMonth(periodStart, ref as ReferenceDate & { month: number }, m.relation, rc.direction);
    const date = calendarValue(m, year);
    if (!date) return null;
    const t = withTime(date, m);
    return resolved(t.type, t.value, true, Y);
  }
  // "the previous Friday": the narrative's day is the reference time (TimeML anchors to it), else the publication's.
  const day = (m.fromText ? rc.discourse.day ?? rc.discourse.articleDay : undefined) ?? refDay(ref);
  if (m.weekday !== undefined) {
    if (!day) {
      const t = withTime('XXXX-XX-XX', m);
      return unresolved(t.type, t.value, missing(ref, 'day'), YMD);
    }
    const direction: Direction = m.relation === 'last' ? 'past' : m.relation === 'next' ? 'future' : rc.direction ?? 'past';
    const strict = m.relation === 'last' || m.relation === 'next';
    const t = withTime(formatYmd(weekdayFrom(day, m.weekday, direction, strict)), m);
    return resolved(t.type, t.value, true, YMD);
  }
  if (m.hour !== undefined || m.partOfDay) {
    if (!day) {
      const t = withTime('XXXX-XX-XX', m);
      return unresolved(t.type, t.value, missing(ref, 'day'), YMD);
    }
    const t = withTime(formatYmd(day), m);
    return resolved(t.type, t.value, true, YMD);
  }
  return null;
}

const UNIT_PLACEHOLDER: Record<RelativeMention['unit'], string> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX',
};
const UNIT_NEEDS: Record<RelativeMention['unit'], 'year' | 'month' | 'day'> = {
  day: 'day', week: 'day', weekend: 'day', month: 'month', quarter: 'month', year: 'year', decade: 'year', century: 'year',
};
const UNIT_IMPLIED: Record<RelativeMention['unit'], Field[]> = {
  day: YMD, week: YMD, weekend: YMD, month: YM, quarter: YM, year: Y, decade: Y, century: Y,
};

function resolveRelative(m: RelativeMention, rc: ResolveContext): ResolvedTimex | null {
  const ref = rc.reference;
  const implied = UNIT_IMPLIED[m.unit];
  const type = m.partOfDay ? 'TIME' : 'DATE';
  const suffix = m.partOfDay ? `T${m.partOfDay}` : '';
  const dayLevel = UNIT_NEEDS[m.unit] === 'day';
  // "the next day", "three years later" count from another time in the text; without one they stay open.
  // "the previous year", "a year earlier" fall back to the publication date, as news uses them.
  if (m.statedYear !== undefined) {
    // "the 1988 quarter": that year's quarter of the one the article is about
    const q = rc.discourse.quarter;
    return resolved(type, q ? `${pad(m.statedYear, 4)}-Q${q.quarter}` : pad(m.statedYear, 4), q !== undefined, []);
  }
  if (m.keepQuarter && m.unit === 'year' && rc.discourse.quarter) {
    // Business news compares a quarter with the same quarter a year before ("a year earlier", "the year-ago quarter").
    const q = rc.discourse.quarter;
    return resolved(type, `${pad(q.year + m.offset, 4)}-Q${q.quarter}`, true, implied);
  }
  if (m.unit === 'quarter' && m.anchor === 'discourse') {
    // "the quarter", "the latest quarter": the quarter the article is about, else the one before the publication's.
    const q = rc.discourse.quarter;
    if (q && m.offset === 0) return resolved(type, `${pad(q.year, 4)}-Q${q.quarter}`, true, implied);
    if (m.requireDiscourse) return null;
    if (m.fallbackOffset !== undefined && ref && ref.month !== undefined) {
      return shifted({ ...m, offset: m.fallbackOffset }, { year: ref.year, month: ref.month, day: ref.day ?? 1 }, type, suffix, implied);
    }
  }
  if (m.nearest && m.unit === 'year' && rc.direction === 'past' && ref && (ref.month === undefined || ref.month < 12)) {
    // "since year-end", "rose at year-end" in a past-tense sentence: the end of the year before (this one's is ahead)
    return resolved(type, pad(ref.year - 1, 4), true, implied);
  }
  if (m.nearest && m.unit === 'weekend') {
    const day = refDay(ref);
    if (!day) return unresolved(type, UNIT_PLACEHOLDER.weekend, missing(ref, 'day'), implied);
    const saturday = weekdayFrom(day, 6, rc.direction ?? 'past');
    return resolved(type, `${isoWeek(saturday)}-WE`, true, implied);
  }
  const narrativeDay = m.narrative ? rc.discourse.day ?? rc.discourse.articleDay : undefined;
  if (narrativeDay) return shifted(m, narrativeDay, type, suffix, implied);
  if (m.anchor === 'discourse') {
    // The narrative's reference time: a year stated in the sentence, or earlier in the paragraph when the sentence
    // is in the past tense ("In 1998 he fled ... A year later he returned") or points back ("later that year").
    const d = rc.discourse;
    const year = d.year ?? (rc.direction === 'past' || m.requireDiscourse ? d.paragraphYear : undefined);
    const month = d.day ?? d.month;
    const fromText = dayLevel
      ? d.day ?? d.articleDay
      : m.unit === 'month'
        ? month
        : year !== undefined ? { year, month: 1, day: 1 } : undefined;
    if (fromText && (dayLevel || m.unit === 'month' || m.unit === 'year' || m.unit === 'decade' || m.unit === 'century')) {
      return shifted(m, fromText, type, suffix, implied);
    }
    if (dayLevel || m.offset > 0 || m.requireDiscourse) {
      return unresolved(type, UNIT_PLACEHOLDER[m.unit] + suffix, 'counts from another time in the text, which was not found', implied);
    }
  }
  const need = UNIT_NEEDS[m.unit];
  const enough = ref && (need === 'year' || (need === 'month' && ref.month !== undefined) || (need === 'day' && ref.precision === 'day'));
  if (!ref || !enough) return unresolved(type, UNIT_PLACEHOLDER[m.unit] + suffix, missing(ref, need), implied);
  return shifted(m, { year: ref.year, month: ref.month ?? 1, day: ref.day ?? 1 }, type, suffix, implied);
}

function shifted(m: RelativeMention, base: Ymd, type: Timex['type'], suffix: string, implied: Field[]): ResolvedTimex {
  switch (m.unit) {
    case 'day':
      return resolved(type, formatYmd(addDays(base, m.offset)) + suffix, true, implied);
    case 'week':
      return resolved(type, isoWeek(addDays(base, 7 * m.offset)), true, implied);
    case 'weekend':
      return resolved(type, `${isoWeek(addDays(base, 7 * m.offset))}-WE`, true, implied);
    case 'month': {
      const ym = addMonths(base.year, base.month, m.offset);
      return resolved(type, formatYm(ym.year, ym.month), true, implied);
    }
    case 'quarter': {
      const q = Math.floor((base.month - 1) / 3) + m.offset;
      const year = base.year + Math.floor(q / 4);
      return resolved(type, `${pad(year, 4)}-Q${(((q % 4) + 4) % 4) + 1}`, true, implied);
    }
    case 'year':
      return resolved(type, pad(base.year + m.offset, 4), true, implied);
    case 'decade':
      return resolved(type, pad(Math.floor((base.year + 10 * m.offset) / 10), 3), true, implied);
    case 'century':
      return resolved(type, pad(Math.floor(base.year / 100) + m.offset, 2), true, implied);
  }
}

/** A holiday's year is chosen as a month's would be ("Thanksgiving" in a December story is last month's). */
function resolveHoliday(m: HolidayMention, rc: ResolveContext): ResolvedTimex | null {
  const ref = rc.reference;
  if (!ref || ref.month === undefined) return unresolved('DATE', 'XXXX-XX-XX', missing(ref, 'month'), Y);
  const year = yearForMonth(m.month, ref as ReferenceDate & { month: number }, m.relation, rc.direction);
  const day = holidayDate(m.rule, year);
  if (!day) return null;
  return resolved('DATE', m.week ? isoWeek(day) : formatYmd(day), true, Y);
}

/** A resolved day moved by whole days ("the day before last Tuesday"); anything coarser than a day cannot move so and is dropped. */
function shiftDay(t: ResolvedTimex, days: number): ResolvedTimex | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(t.value);
  if (!d) return t.resolved === false ? t : null;
  const moved = addDays({ year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) }, days);
  return { ...t, value: formatYmd(moved) + (d[4] ?? ''), anchored: true };
}

/** A mention and its modifier → the TIMEX3 fields (without `expression`, which is the claim text). null drops it. */
export function resolveMention(a: Annotated, rc: ResolveContext): ResolvedTimex | null {
  const m: Mention = a.mention;
  let t: ResolvedTimex | null;
  switch (m.kind) {
    case 'calendar':
      t = resolveCalendar(m, rc);
      break;
    case 'decade':
      t = resolved('DATE', pad(m.decade, 3), false);
      break;
    case 'century':
      t = resolved('DATE', pad(m.century, 2), false);
      break;
    case 'relative':
      t = resolveRelative(m, rc);
      break;
    case 'ref':
      t = resolved('DATE', m.value, false);
      break;
    case 'duration':
      t = resolved('DURATION', m.value, false);
      break;
    case 'set':
      t = resolved('SET', m.value, false);
      break;
    case 'holiday':
      t = resolveHoliday(m, rc);
      break;
    case 'event':
      t = unresolved('DATE', 'XXXX-XX-XX', `depends on the date of "${m.event}", which the text does not give next to it`, YMD);
      t.anchor = { event: m.event, offsetDays: m.offsetDays };
      break;
  }
  if (t && a.mod) t.mod = a.mod;
  const dayShift = m.kind === 'calendar' || m.kind === 'relative' ? m.dayShift : undefined;
  if (t && dayShift) t = shiftDay(t, dayShift);
  return t;
}
