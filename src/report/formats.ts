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
 * page (md, html) renders the check's report. A new format is one entry in `TABLE`: the format names, the
 * formats `compare` writes, the CI formats and the CLI's --format help are all derived from it.
 */
interface FormatterSpec {
  /** File name under compare's --out (absent: compare cannot write it). */
  reportFile?: string;
  /** File name under check's --out. */
  checkFile: string;
  /** Read in the CI log itself: with several formats, `check` still prints it on stdout. */
  toStdout: boolean;
  /** A CI format (src/report/ci/): it renders the check view alone, without the whole report. */
  ci: boolean;
  ofReport?: (report: Report) => string;
  ofCheck: (result: CheckResult) => string;
}

function reportOf(result: CheckResult): Report {
  if (!result.report) throw new UsageError('this format needs the whole report (run check through the CLI)');
  return result.report;
}

/** In the order `check --format` lists them. */
const TABLE = {
  text: { checkFile: 'check.txt', toStdout: true, ci: true, ofCheck: formatText },
  json: { reportFile: 'report.json', checkFile: 'check.json', toStdout: false, ci: true, ofReport: renderJson, ofCheck: formatJson },
  github: { checkFile: 'check.github.txt', toStdout: true, ci: true, ofCheck: formatGithub },
  junit: { checkFile: 'check.junit.xml', toStdout: false, ci: true, ofCheck: formatJunit },
  sarif: { checkFile: 'check.sarif', toStdout: false, ci: true, ofCheck: formatSarif },
  md: { reportFile: 'report.md', checkFile: 'check.md', toStdout: false, ci: false, ofReport: renderMarkdown, ofCheck: (r: CheckResult) => renderMarkdown(reportOf(r)) },
  html: { reportFile: 'report.html', checkFile: 'check.html', toStdout: false, ci: false, ofReport: renderHtml, ofCheck: (r: CheckResult) => renderHtml(reportOf(r)) },
} as const satisfies Record<string, FormatterSpec>;

type Table = typeof TABLE;
export type FormatName = keyof Table;
/** The formats `compare` writes: those with a report renderer. */
export type ReportFormatName = { [K in FormatName]: Table[K] extends { ofReport: unknown } ? K : never }[FormatName];
/** The CI formats (src/report/ci/). */
export type CiFormatName = { [K in FormatName]: Table[K] extends { ci: true } ? K : never }[FormatName];

export interface Formatter extends FormatterSpec {
  name: FormatName;
}

export const FORMAT_NAMES = Object.keys(TABLE) as FormatName[];
export const FORMATTERS: Record<FormatName, Formatter> = Object.fromEntries(FORMAT_NAMES.map((name) => [name, { name, ...TABLE[name] }])) as Record<FormatName, Formatter>;
export const REPORT_FORMATS = FORMAT_NAMES.filter((n): n is ReportFormatName => FORMATTERS[n].ofReport !== undefined);
/** Every format renders a check; the CI ones first, as the table lists them. */
export const CHECK_FORMATS: FormatName[] = [...FORMAT_NAMES];
export const CI_FORMATS = FORMAT_NAMES.filter((n): n is CiFormatName => FORMATTERS[n].ci);
/** The check formats a person reads as a page of the check's report (md, html). */
export const PAGE_FORMATS = FORMAT_NAMES.filter((n) => !FORMATTERS[n].ci);

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
