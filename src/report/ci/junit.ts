import { isOpen, type ReviewedFlag } from '../../findings';
import { evidenceLines } from './evidence';
import { concerns, lineIndexes, locateFlag, oneLine } from './locate';
import { isFailing } from './result';
import type { CheckResult, CheckedArticle, FlagLocation } from './types';
import { attrs, xmlText } from './xml';

interface Case {
  flag: ReviewedFlag;
  loc: FlagLocation;
  outcome: 'failure' | 'skipped' | 'passed';
}

function details(flag: ReviewedFlag, result: CheckResult, loc: FlagLocation): string {
  const where = loc.region ? `${loc.file}:${loc.region.startLine}:${loc.region.startColumn}` : loc.file;
  const lines = [`${flag.severity} ${flag.kind} at ${where}`, oneLine(flag.reason)];
  for (const e of evidenceLines(flag, result, { onePerSentence: true })) lines.push(`${e.articleId}: "${oneLine(e.sentence)}"`);
  if (flag.review) lines.push(`review: ${flag.review.decision} by ${flag.review.who} at ${flag.review.when}${flag.review.stale ? ' (stale: evidence changed)' : ''}${flag.review.note ? ` — ${oneLine(flag.review.note)}` : ''}`);
  return lines.join('\n');
}

function testcase(c: Case, article: CheckedArticle, result: CheckResult): string {
  const { flag, loc } = c;
  const head = `    <testcase${attrs([
    ['name', `${flag.kind} ${flag.id}`],
    ['classname', `claimdiff.${article.articleId}`],
    ['file', article.file],
    ['line', loc.region?.startLine],
  ])}`;
  const body = details(flag, result, loc);
  if (c.outcome === 'failure') {
    return `${head}>\n      <failure${attrs([['message', oneLine(flag.reason)], ['type', flag.kind]])}>${xmlText(body)}</failure>\n    </testcase>`;
  }
  if (c.outcome === 'skipped') {
    const why = `dismissed by ${flag.review!.who}${flag.review!.note ? `: ${oneLine(flag.review!.note)}` : ''}`;
    return `${head}>\n      <skipped${attrs([['message', why]])}/>\n    </testcase>`;
  }
  // Open but below --fail-on: a passing case that still carries the finding for whoever reads the report.
  return `${head}>\n      <system-out>${xmlText(body)}</system-out>\n    </testcase>`;
}

/**
 * JUnit XML: a testsuite per checked article, a testcase per flag concerning it. Failures are the open flags at
 * or above --fail-on; dismissed flags are skipped; other open flags pass with their details in system-out.
 */
export function formatJunit(result: CheckResult): string {
  const indexes = lineIndexes(result.checked);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const article of result.checked) {
    const cases: Case[] = result.flags
      .filter((f) => concerns(f, article.articleId))
      .map((flag) => ({
        flag,
        loc: locateFlag(flag, [article], indexes)[0],
        outcome: isFailing(flag, result.failOn) ? 'failure' : isOpen(flag) ? 'passed' : 'skipped',
      }));
    const f = cases.filter((c) => c.outcome === 'failure').length;
    const s = cases.filter((c) => c.outcome === 'skipped').length;
    tests += cases.length;
    failures += f;
    skipped += s;
    const open = `  <testsuite${attrs([['name', article.file], ['tests', cases.length], ['failures', f], ['errors', 0], ['skipped', s]])}`;
    suites.push(cases.length ? `${open}>\n${cases.map((c) => testcase(c, article, result)).join('\n')}\n  </testsuite>` : `${open}/>`);
  }
  const root = `<testsuites${attrs([['name', 'claimdiff check'], ['tests', tests], ['failures', failures], ['errors', 0], ['skipped', skipped]])}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${[root, ...suites, '</testsuites>'].join('\n')}\n`;
}
