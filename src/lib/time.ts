/**
 * A review time as people read it: "2024-05-01 09:00 UTC" from an ISO 8601 date-time (any offset is turned
 * into UTC, so every reader sees the same words). Pure: the time is given, the clock is never read. Text that
 * is not a date-time is shown as it is.
 */
export function readableTime(iso: string): string {
  const t = Date.parse(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(t)) return iso;
  const d = new Date(t).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}
