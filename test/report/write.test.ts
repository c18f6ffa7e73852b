import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { renderHtml } from '../../src/report/html';
import { renderJson } from '../../src/report/json';
import { renderMarkdown } from '../../src/report/markdown';
import { InvalidReportError, parseReportFormats, ReportWriteError, writeReport } from '../../src/report/write';
import { makeReport } from './fixtures';

/** The module object itself: the source's `import * as` reads through to it at call time, so spies reach it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fsModule = require('node:fs/promises') as typeof fsp;

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-write-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const listing = (dir: string) => fs.readdirSync(dir).sort();

describe('writeReport', () => {
  test('writes each format with the renderers\' exact output and returns the paths in the order asked', async () => {
    const report = makeReport();
    const out = path.join(tmp, 'reports', 'harbor');
    const written = await writeReport(report, out, ['md', 'json', 'html']);
    expect(written).toEqual([path.join(out, 'report.md'), path.join(out, 'report.json'), path.join(out, 'report.html')]);
    expect(fs.readFileSync(path.join(out, 'report.json'), 'utf8')).toBe(renderJson(report));
    expect(fs.readFileSync(path.join(out, 'report.md'), 'utf8')).toBe(renderMarkdown(report));
    expect(fs.readFileSync(path.join(out, 'report.html'), 'utf8')).toBe(renderHtml(report));
    expect(listing(out)).toEqual(['report.html', 'report.json', 'report.md']);
  });

  test('only the formats asked for; a repeated format is written once', async () => {
    expect(await writeReport(makeReport(), tmp, ['json', 'json'])).toEqual([path.join(tmp, 'report.json')]);
    expect(listing(tmp)).toEqual(['report.json']);
  });

  test('replaces an earlier report and leaves other files in the folder alone', async () => {
    fs.writeFileSync(path.join(tmp, 'report.json'), '{"old": true}');
    fs.writeFileSync(path.join(tmp, 'notes.txt'), 'mine');
    await writeReport(makeReport(), tmp, ['json']);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'report.json'), 'utf8')).corpus).toBe('harbor');
    expect(fs.readFileSync(path.join(tmp, 'notes.txt'), 'utf8')).toBe('mine');
  });

  test('an invalid report is refused before anything is created', async () => {
    const report = makeReport();
    report.groups[0]!.claims.push('c-missing');
    const out = path.join(tmp, 'never');
    const run = writeReport(report, out, ['json', 'md', 'html']);
    await expect(run).rejects.toBeInstanceOf(InvalidReportError);
    await expect(writeReport(report, out, ['md'])).rejects.toThrow(/the report is invalid, nothing written \(1 problem\): \/groups\/0\/claims\/2 unknown claim "c-missing"/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('an output folder that cannot be created: one line naming the folder', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'x');
    for (const out of [file, path.join(file, 'sub')]) {
      const error = await writeReport(makeReport(), out, ['json']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportWriteError);
      expect((error as ReportWriteError).folder).toBe(out);
      expect((error as Error).message).toMatch(new RegExp(`^cannot write the report to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect((error as Error).message).not.toContain('\n');
    }
  });

  test('a report file name taken by a folder: nothing is replaced', async () => {
    fs.mkdirSync(path.join(tmp, 'report.md'));
    await expect(writeReport(makeReport(), tmp, ['json', 'md'])).rejects.toThrow(`cannot write the report to ${tmp}: report.md is a folder`);
    expect(listing(tmp)).toEqual(['report.md']);
  });

  test('a failure part-way leaves no temporary files and no new report.json', async () => {
    fs.writeFileSync(path.join(tmp, 'report.json'), 'OLD');
    const realRename = fsp.rename;
    jest.spyOn(fsModule, 'rename').mockImplementation(async (from, to) => {
      if (String(to).endsWith('report.json')) throw Object.assign(new Error('ENOSPC: no space'), { code: 'ENOSPC' });
      return realRename(from, to);
    });
    await expect(writeReport(makeReport(), tmp, ['json', 'md'])).rejects.toThrow(`cannot write the report to ${tmp}: no space left on the device`);
    expect(fs.readFileSync(path.join(tmp, 'report.json'), 'utf8')).toBe('OLD');
    expect(listing(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a failing write leaves nothing behind', async () => {
    const realOpen = fsp.open;
    jest.spyOn(fsModule, 'open').mockImplementation(async (file, flags) => {
      if (String(file).includes('report.md')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      return realOpen(file, flags);
    });
    await expect(writeReport(makeReport(), tmp, ['html', 'md', 'json'])).rejects.toThrow(/permission denied$/);
    expect(listing(tmp)).toEqual([]);
  });
});

describe('parseReportFormats', () => {
  test.each<[string, string[]]>([
    ['md,json,html', ['md', 'json', 'html']],
    ['json', ['json']],
    [' HTML , md ', ['html', 'md']],
    ['md,md', ['md']],
  ])('%p', (input, expected) => expect(parseReportFormats(input)).toEqual(expected));

  test.each(['pdf', 'md,txt', '', ',', 'constructor', 'text'])('rejects %p', (input) => {
    expect(() => parseReportFormats(input)).toThrow(/report format/);
  });
});
