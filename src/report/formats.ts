import type { Report } from '../types';
import { UsageError } from '../lib/usage-error';
import { formatGithub } from './ci/github';
import { formatJson } from './ci/json';
import { formatJunit } from './ci/junit';
import { formatSarif } from './ci/sarif';
import { formatText } from './ci/text';
import type { CheckResult } from './ci/types';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';

/**
 * The one formatter registry (ESLint's formatters are the model). Every output is a pure function to text: of
 * the report (`compare`) or of a check view of it (`check`). `json` is the same thing in both: the report as
 * JSON (for `check`, the check view of the report, itself a valid report). A format that needs a check
 * (text, github, junit, sarif) has no report renderer; one a check can render but that a person reads as a
 * page (md, html) renders the check's report.
 */
export type FormatName = 'json' | 'md' | 'html' | 'text' | 'github' | 'junit' | 'sarif';

export interface Formatter {
  name: FormatName;
  /** File name under compare's --out (absent: compare cannot write it). */
  reportFile?: string;
  /** File name under check's --out. */
  checkFile: string;
  /** Read in the CI log itself: with several formats, `check` still prints it on stdout. */
  toStdout: boolean;
  ofReport?: (report: Report) => string;
  ofCheck: (result: CheckResult) => string;
}

function reportOf(result: CheckResult): Report {
  if (!result.report) throw new UsageError('this format needs the whole report (run check through the CLI)');
  return result.report;
}

export const FORMATTERS: Record<FormatName, Formatter> = {
  json: { name: 'json', reportFile: 'report.json', checkFile: 'check.json', toStdout: false, ofReport: renderJson, ofCheck: formatJson },
  md: { name: 'md', reportFile: 'report.md', checkFile: 'check.md', toStdout: false, ofReport: renderMarkdown, ofCheck: (r) => renderMarkdown(reportOf(r)) },
  html: { name: 'html', reportFile: 'report.html', checkFile: 'check.html', toStdout: false, ofReport: renderHtml, ofCheck: (r) => renderHtml(reportOf(r)) },
  text: { name: 'text', checkFile: 'check.txt', toStdout: true, ofCheck: formatText },
  github: { name: 'github', checkFile: 'check.github.txt', toStdout: true, ofCheck: formatGithub },
  junit: { name: 'junit', checkFile: 'check.junit.xml', toStdout: false, ofCheck: formatJunit },
  sarif: { name: 'sarif', checkFile: 'check.sarif', toStdout: false, ofCheck: formatSarif },
};

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
export const REPORT_FORMATS = FORMAT_NAMES.filter((n) => FORMATTERS[n].ofReport);
export const CHECK_FORMATS: FormatName[] = ['text', 'json', 'github', 'junit', 'sarif', 'md', 'html'];

function isFormat(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATTERS, name);
}

/** Parses `--format a,b` for one command: known names, duplicates dropped, order kept; a UsageError otherwise. */
export function parseFormats(spec: string, allowed: readonly FormatName[]): FormatName[] {
  const names = spec.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) throw new UsageError(`--format: give one or more of ${allowed.join(', ')}`);
  for (const n of names) {
    if (!isFormat(n) || !allowed.includes(n)) {
      const hint = isFormat(n) ? ` (${n} is a check format)` : '';
      throw new UsageError(`--format: unknown format '${n}'${hint} (known: ${allowed.join(', ')})`);
    }
  }
  return [...new Set(names)] as FormatName[];
}
