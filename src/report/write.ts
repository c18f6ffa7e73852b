import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Report } from '../types';
import { FORMATTERS, REPORT_FORMATS, type ReportFormatName } from './formats';
import { validateReport } from './validate';

/** The formats `compare` writes: those of the formatter registry (formats.ts) that have a report renderer. */
export type ReportFormat = ReportFormatName;

export const REPORT_FILES = Object.fromEntries(REPORT_FORMATS.map((f) => [f, FORMATTERS[f].reportFile!])) as Record<ReportFormat, string>;

/** Report renderers come from the one formatter registry. */
const RENDERERS = Object.fromEntries(REPORT_FORMATS.map((f) => [f, FORMATTERS[f].ofReport!])) as Record<ReportFormat, (r: Report) => string>;
const NAMES = REPORT_FORMATS.join(', ');

function isReportFormat(f: string): f is ReportFormat {
  return Object.prototype.hasOwnProperty.call(REPORT_FILES, f);
}

/** report.json goes into place last: a run that fails part-way leaves no new report.json beside the new pages. */
const RENAME_ORDER = [...REPORT_FORMATS.filter((f) => f !== 'json'), 'json'] as ReportFormat[];

/** `--format md,json,html` → formats; throws on an unknown one (a usage error for the CLI). */
export function parseReportFormats(list: string): ReportFormat[] {
  const formats = list.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = formats.filter((f) => !isReportFormat(f));
  if (unknown.length) throw new Error(`unknown report format "${unknown[0]}" (use ${NAMES})`);
  if (!formats.length) throw new Error(`no report format given (use ${NAMES})`);
  return [...new Set(formats as ReportFormat[])];
}

/** The output folder cannot be created or written. One line, naming the folder; the CLI maps it to exit 2. */
export class ReportWriteError extends Error {
  constructor(
    readonly folder: string,
    readonly problem: string,
  ) {
    super(`cannot write the report to ${folder}: ${problem}`);
    this.name = 'ReportWriteError';
  }
}

/** The report fails its schema or cross-reference checks: a bug upstream, so nothing is written. */
export class InvalidReportError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 5).join('; ');
    super(`the report is invalid, nothing written (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${shown}${problems.length > 5 ? '; ...' : ''}`);
    this.name = 'InvalidReportError';
  }
}

/** A file-system error in plain words. */
function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EEXIST':
      return 'it exists and is not a folder';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EISDIR':
      return 'a report file name is taken by a folder';
    default:
      return (err.message ?? String(e)).split('\n')[0]!;
  }
}

async function writeAndSync(file: string, content: string): Promise<void> {
  const handle = await fsp.open(file, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable (best effort: some file systems do not allow opening a folder). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported here; the files themselves were synced */
  }
}

/**
 * Writes the report in the given formats into outDir and returns the paths written, in the order asked.
 * Everything is validated and rendered in memory first; each file is written to a temporary name beside its
 * target, synced, and only then renamed into place, so a failed run never leaves a truncated report.
 */
export async function writeReport(report: Report, outDir: string, formats: ReportFormat[]): Promise<string[]> {
  const wanted = [...new Set(formats)];
  for (const f of wanted) if (!isReportFormat(f)) throw new Error(`unknown report format "${String(f)}" (${NAMES})`);
  if (!wanted.length) throw new Error(`no report format given (${NAMES})`);

  const problems = validateReport(report);
  if (problems.length) throw new InvalidReportError(problems);
  const rendered = new Map(wanted.map((f) => [f, RENDERERS[f](report)] as const));

  try {
    await fsp.mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new ReportWriteError(outDir, describeFsError(e));
  }

  const order = RENAME_ORDER.filter((f) => rendered.has(f));
  for (const f of order) {
    const stat = await fsp.lstat(path.join(outDir, REPORT_FILES[f])).catch(() => null);
    if (stat?.isDirectory()) throw new ReportWriteError(outDir, `${REPORT_FILES[f]} is a folder`);
  }

  const temps = new Map(order.map((f) => [f, path.join(outDir, `.${REPORT_FILES[f]}.${process.pid}.tmp`)] as const));
  const cleanUp = () => Promise.all([...temps.values()].map((t) => fsp.rm(t, { force: true }).catch(() => undefined)));
  try {
    for (const f of order) await writeAndSync(temps.get(f)!, rendered.get(f)!);
    for (const f of order) {
      await fsp.rename(temps.get(f)!, path.join(outDir, REPORT_FILES[f]));
      temps.delete(f);
    }
  } catch (e) {
    await cleanUp();
    throw new ReportWriteError(outDir, describeFsError(e));
  }
  await syncFolder(outDir);
  return wanted.map((f) => path.join(outDir, REPORT_FILES[f]));
}
