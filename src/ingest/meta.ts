import type { PublishedPrecision } from '../types';

/** Publication dates as the contract writes them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */

const PUBLISHED_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const RANK: Record<PublishedPrecision, number> = { year: 1, month: 2, day: 3 };

/** The precision a date's form gives; null when it is not one of the three forms or not a calendar date. */
export function precisionOf(published: string): PublishedPrecision | null {
  const m = PUBLISHED_RE.exec(published);
  if (!m) return null;
  if (m[2] === undefined) return 'year';
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return 'month';
  const day = Number(m[3]);
  const d = new Date(Date.UTC(Number(m[1]), month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? 'day' : null;
}

/** A stated precision may be coarser than the date's form (only the month is trusted), never finer. */
export function precisionFits(published: string, stated: PublishedPrecision): boolean {
  const form = precisionOf(published);
  return form !== null && RANK[stated] <= RANK[form];
}

/**
 * A publication date from page metadata (front matter, HTML meta tags) in the contract's form.
 * Accepts the three forms and ISO timestamps ("2024-05-16T09:30:00+02:00" → "2024-05-16", the date as
 * written, not shifted to UTC); null for anything else.
 */
export function normalizePublished(value: string): string | null {
  const v = value.trim();
  if (precisionOf(v)) return v;
  const m = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(v);
  return m && precisionOf(m[1]) ? m[1] : null;
}

export const PUBLISHED_FORMS = 'YYYY-MM-DD, YYYY-MM or YYYY';
