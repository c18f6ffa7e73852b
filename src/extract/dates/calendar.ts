/** Plain calendar arithmetic in UTC (no time zones, no clock: every input is an explicit date). */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatYmd(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatYm(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

function toUtc(d: Ymd): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12));
}

function fromUtc(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** Month arithmetic on (year, month) pairs; month is 1-12. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday (chrono's and JavaScript's convention). */
export function weekdayOf(d: Ymd): number {
  return toUtc(d).getUTCDay();
}

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), as TIMEX3 writes it: 2024-W20. */
export function isoWeek(d: Ymd): string {
  const t = toUtc(d);
  const dayNum = (t.getUTCDay() + 6) % 7; // Monday = 0
  t.setUTCDate(t.getUTCDate() - dayNum + 3); // the Thursday of this week decides the year
  const weekYear = t.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4, 12));
  const firstDayNum = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstDayNum + 3);
  const week = 1 + Math.round((t.getTime() - firstThursday.getTime()) / (7 * 86400000));
  return `${pad(weekYear, 4)}-W${pad(week)}`;
}

/**
 * The date of `weekday` nearest to `ref` in a direction: 'past' gives the latest such day on or before `ref`,
 * 'future' the earliest on or after it (the reference day itself counts: news "Tuesday" written on a Tuesday is that day).
 * `strict` excludes the reference day ("last Tuesday", "next Tuesday").
 */
export function weekdayFrom(ref: Ymd, weekday: number, direction: 'past' | 'future', strict = false): Ymd {
  const refDay = weekdayOf(ref);
  if (direction === 'past') {
    let back = (refDay - weekday + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(ref, -back);
  }
  let ahead = (weekday - refDay + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}

export function isValidYmd(d: Ymd): boolean {
  const t = toUtc(d);
  return t.getUTCFullYear() === d.year && t.getUTCMonth() + 1 === d.month && t.getUTCDate() === d.day;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/**
 * The day of a holiday rule in a year: MM-DD, MM-nth-W (nth ISO weekday W, 1 = Monday … 7 = Sunday; nth may be
 * "last"), MM-after-D-W (the first weekday W after day D), easter[+/-N]. undefined for a rule it cannot read.
 */
export function holidayDate(rule: string, year: number): Ymd | undefined {
  const easter = /^easter([+-]\d+)?$/.exec(rule);
  if (easter) return addDays(easterSunday(year), Number(easter[1] ?? 0));
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule);
  if (fixed) return { year, month: Number(fixed[1]), day: Number(fixed[2]) };
  const nth = /^(\d{2})-(\d|last)-([1-7])$/.exec(rule);
  const jsDay = (iso: number) => iso % 7; // ISO 7 (Sunday) is JavaScript's 0
  if (nth) {
    const month = Number(nth[1]);
    const weekday = jsDay(Number(nth[3]));
    if (nth[2] === 'last') {
      const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
      return weekdayFrom(last, weekday, 'past');
    }
    const first = weekdayFrom({ year, month, day: 1 }, weekday, 'future');
    return addDays(first, 7 * (Number(nth[2]) - 1));
  }
  const after = /^(\d{2})-after-(\d{1,2})-([1-7])$/.exec(rule);
  if (after) return weekdayFrom({ year, month: Number(after[1]), day: Number(after[2]) }, jsDay(Number(after[3])), 'future', true);
  return undefined;
}
