import { readableTime } from '../../lib/time';
import { isOpen, type ReviewedFlag } from '../../findings';
import { stripControls } from '../../lib/terminal';
import { evidenceLines } from './evidence';
import { lineIndexes, locateFlag, oneLine } from './locate';
import { isFailing } from './result';
import type { CheckResult, FlagLocation } from './types';

function where(loc: FlagLocation): string {
  return loc.region ? `${loc.file}:${loc.region.startLine}:${loc.region.startColumn}` : loc.file;
}

function status(flag: ReviewedFlag, result: CheckResult): string {
  if (!isOpen(flag)) return 'dismissed';
  return isFailing(flag, result.failOn) ? 'failing' : `open, below --fail-on ${result.failOn}`;
}

function reviewLine(flag: ReviewedFlag): string | null {
  const r = flag.review;
  if (!r) return null;
  const note = r.note ? `: ${JSON.stringify(oneLine(r.note))}` : '';
  const stale = r.stale ? ' (stale: the evidence changed since, so it no longer applies)' : '';
  return `  review: ${r.decision ?? 'note only'} by ${r.who}, ${readableTime(r.when)}${note}${stale}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary line, also printed by other formats that have room for plain text. */
export function summaryLine(result: CheckResult): string {
  const c = result.counts;
  const sev = `${plural(c.bySeverity.error, 'error')}, ${plural(c.bySeverity.warning, 'warning')}, ${c.bySeverity.info} info`;
  const reviewed = `${c.dismissed} dismissed${c.stale ? `, ${c.stale} with a stale review` : ''}`;
  const verdict = result.failed
    ? `check failed: ${plural(c.failing, 'open flag')} at or above ${result.failOn}`
    : `check passed (fail-on ${result.failOn})`;
  return `${plural(c.total, 'flag')} in ${plural(result.checked.length, 'checked article')}: ${sev} open; ${reviewed}. ${verdict}.`;
}

/** Human-readable: one block per flag (where, severity, kind, id, status, reason, evidence, review), then a summary. */
export function formatText(result: CheckResult): string {
  const indexes = lineIndexes(result.checked);
  const blocks = result.flags.map((flag) => {
    const locs = locateFlag(flag, result.checked, indexes);
    const head = `${locs.length ? where(locs[0]) : '(no location)'}  ${flag.severity}  ${flag.kind}  ${flag.id}  [${status(flag, result)}]`;
    const lines = [head, `  ${oneLine(flag.reason)}`];
    for (const extra of locs.slice(1)) lines.push(`  also in ${where(extra)}`);
    for (const e of evidenceLines(flag, result, { onePerSentence: true })) {
      const label = e.checked ? e.articleId : `${e.articleId}${e.file ? ` (${e.file})` : ''}`;
      lines.push(`  ${e.checked ? '>' : '-'} ${label}: "${oneLine(e.sentence)}"`);
    }
    for (const loc of locs) if (!loc.region) lines.push(`  > ${loc.articleId}: (the fact is missing from this article)`);
    const review = reviewLine(flag);
    if (review) lines.push(review);
    return lines.join('\n');
  });
  return stripControls(`${[...blocks, summaryLine(result)].join('\n\n')}\n`);
}
