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
