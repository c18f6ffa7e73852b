import { isOpen, type ReviewedFlag } from '../../findings';
import type { Severity } from '../../types';
import { evidenceLines } from './evidence';
import { lineIndexes, locateFlag, oneLine } from './locate';
import { isFailing } from './result';
import { summaryLine } from './text';
import { stripControls } from '../../lib/terminal';
import type { CheckResult, FlagLocation } from './types';

/** Escaping of a workflow command's message (GitHub's runner decodes %25, %0D, %0A). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value: as data, plus ':' and ',' which delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Annotation position. GitHub takes columns only when the annotation starts and ends on one line, and its
 * endColumn is inclusive (it defaults to col: one character), so it is the exclusive SARIF end minus one.
 * Columns are UTF-16 code units, like every claimdiff offset.
 */
function position(loc: FlagLocation): Array<[string, string]> {
  const props: Array<[string, string]> = [['file', loc.file]];
  const r = loc.region;
  if (!r) return props;
  props.push(['line', String(r.startLine)], ['endLine', String(r.endLine)]);
  if (r.startLine === r.endLine) props.push(['col', String(r.startColumn)], ['endColumn', String(Math.max(r.startColumn, r.endColumn - 1))]);
  return props;
}

function message(flag: ReviewedFlag, result: CheckResult): string {
  const lines = [oneLine(flag.reason)];
  for (const e of evidenceLines(flag, result, { onePerSentence: true })) lines.push(`${e.articleId}${e.file && !e.checked ? ` (${e.file})` : ''}: "${oneLine(e.sentence)}"`);
  if (flag.review?.stale) lines.push(`(an earlier review, ${flag.review.decision} by ${flag.review.who}, no longer applies: the evidence changed)`);
  else if (flag.review) lines.push(`review: ${flag.review.decision} by ${flag.review.who}${flag.review.note ? `: ${oneLine(flag.review.note)}` : ''}`);
  lines.push(`flag ${flag.id}`);
  return lines.join('\n');
}

/**
 * GitHub Actions workflow commands: one annotation per open error or warning and checked file it concerns
 * (GitHub shows only ten annotations of a type per step, so the many info flags would drown them); the open
 * notices are folded into one `::notice` that lists them. Dismissed flags get no annotation; the closing plain
 * line sums everything up in the log.
 */
export function formatGithub(result: CheckResult): string {
  const indexes = lineIndexes(result.checked);
  const out: string[] = [];
  const notices: ReviewedFlag[] = [];
  for (const flag of result.flags) {
    if (!isOpen(flag)) continue;
    if (COMMAND[flag.severity] === 'notice' || !COMMAND[flag.severity]) {
      notices.push(flag);
      continue;
    }
    const title = `claimdiff ${flag.kind}${isFailing(flag, result.failOn) ? ' (fails check)' : ''}`;
    for (const loc of locateFlag(flag, result.checked, indexes)) {
      const props = [...position(loc), ['title', title]].map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
      out.push(`::${COMMAND[flag.severity]} ${props}::${escapeData(message(flag, result))}`);
    }
  }
  if (notices.length) {
    const lines = [`${notices.length} notice${notices.length === 1 ? '' : 's'} (information, not failures):`];
    for (const flag of notices) {
      const loc = locateFlag(flag, result.checked, indexes)[0];
      const where = loc?.region ? `${loc.file}:${loc.region.startLine}` : loc?.file ?? '';
      lines.push(`- ${where} ${flag.kind}: ${oneLine(flag.reason)}`);
    }
    const title = `claimdiff: ${notices.length} notice${notices.length === 1 ? '' : 's'}`;
    out.push(`::notice title=${escapeProperty(title)}::${escapeData(lines.join('\n'))}`);
  }
  out.push(`claimdiff: ${summaryLine(result)}`);
  return stripControls(`${out.join('\n')}\n`);
}

const mdCell = (s: string): string => oneLine(s).replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);

/**
 * The job summary (Markdown, for $GITHUB_STEP_SUMMARY): the verdict, then one table row per flag, open ones
 * first, so every notice is readable there without an annotation each.
 */
export function formatGithubSummary(result: CheckResult): string {
  const indexes = lineIndexes(result.checked);
  const rows = [...result.flags].sort((a, b) => Number(!isOpen(a)) - Number(!isOpen(b))).map((flag) => {
    const loc = locateFlag(flag, result.checked, indexes)[0];
    const where = loc?.region ? `${loc.file}:${loc.region.startLine}` : loc?.file ?? '';
    const state = isOpen(flag) ? (isFailing(flag, result.failOn) ? 'failing' : 'open') : 'dismissed';
    return `| ${flag.severity} | ${mdCell(flag.kind)} | ${mdCell(where)} | ${mdCell(flag.reason)} | ${state} |`;
  });
  const head = ['## claimdiff check', '', summaryLine(result), ''];
  const table = rows.length ? ['| severity | kind | where | reason | state |', '|---|---|---|---|---|', ...rows, ''] : [];
  return stripControls(`${[...head, ...table].join('\n')}\n`);
}
