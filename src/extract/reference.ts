import type { PublishedPrecision } from '../types';

/** The publication date relative time is resolved against, to the precision it is known. */
export interface ReferenceDate {
  year: number;
  /** 1-12, when known. */
  month?: number;
  /** 1-31, when known. */
  day?: number;
  precision: PublishedPrecision;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for anything else. */
export function parseReferenceDate(published: string | null | undefined): ReferenceDate | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(published.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (!m[3]) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return { year, month, day, precision: 'day' };
}

/** The reference as a UTC Date at noon (only meaningful at day precision). */
export function referenceToDate(ref: ReferenceDate): Date {
  return new Date(Date.UTC(ref.year, (ref.month ?? 1) - 1, ref.day ?? 1, 12));
}
