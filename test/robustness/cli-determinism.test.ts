import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { SEEDS_DIR } from '../helpers/article';
import { runCli as run } from '../helpers/cli';
import { tempDir } from '../helpers/tempdir';

/**
 * `claimdiff compare` end to end, in-process: the same corpus gives byte-identical reports on every run, and
 * an output folder that cannot be made fails cleanly (exit 2, one line naming the folder, no report anywhere).
 */

const execFileAsync = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');
const tmp = tempDir('claimdiff-robust-cli-');
afterAll(() => tmp.remove());

/** Every file named `name` under `dir`, at any depth. */
function findFiles(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name === name)
    .map((e) => path.join(e.parentPath, e.name));
}

/** The seed corpus (articles and manifest, no index) copied into the scratch folder. */
function copySeeds(): string {
  const dir = tmp.path('seeds');
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(SEEDS_DIR)) {
    if (name.startsWith('.')) continue;
    fs.writeFileSync(path.join(dir, name), fs.readFileSync(path.join(SEEDS_DIR, name)));
  }
  return dir;
}

describe('claimdiff compare: deterministic output', () => {
  let seeds: string;
  beforeAll(() => {
    seeds = copySeeds();
  });

  it('two runs over the same corpus write byte-identical report.json, report.html and report.md', async () => {
    const outA = tmp.path('out-a');
    const outB = tmp.path('out-b');
    const a = await run(['compare', seeds, '--out', outA]);
    const b = await run(['compare', seeds, '--out', outB]);
    expect([a.code, a.stderr]).toEqual([0, '']);
    expect([b.code, b.stderr]).toEqual([0, '']);
    expect(a.stdout).toMatch(/^5 articles, \d+ stories, \d+ claims, \d+ groups, \d+ flags \(\d+ open errors?(, \d+ dismissed)?\)\n/);
    expect(b.stdout.replaceAll(outB, '<out>')).toBe(a.stdout.replaceAll(outA, '<out>'));
    for (const file of ['report.json', 'report.html', 'report.md']) {
      const bytesA = fs.readFileSync(path.join(outA, file));
      const bytesB = fs.readFileSync(path.join(outB, file));
      expect(bytesA.length).toBeGreaterThan(1000);
      expect({ file, same: bytesA.equals(bytesB) }).toEqual({ file, same: true });
    }
    // The report is about real comparisons, not an empty shell.
    const report = JSON.parse(fs.readFileSync(path.join(outA, 'report.json'), 'utf8')) as { claims: unknown[]; flags: unknown[] };
    expect(report.claims.length).toBeGreaterThan(50);
    expect(report.flags.length).toBeGreaterThan(0);
  });

  it('the time zone of the machine does not change the report (two child processes, TZ set)', async () => {
    // jest's sandbox keeps its own process.env, so TZ is set on real child processes running the sources.
    const script = `process.stdout.write('hour=' + new Date(0).getHours() + '\\n');` +
      `require('./src/cli').main(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;
    const runIn = (tz: string, out: string) =>
      execFileAsync(process.execPath, ['-r', './test/robustness/ts-require.js', '-e', script, 'compare', seeds, '--out', out, '--format', 'json,html'], {
        cwd: ROOT,
        env: { ...process.env, TZ: tz },
      });
    const [tokyo, newYork] = await Promise.all([runIn('Asia/Tokyo', tmp.path('out-tokyo')), runIn('America/New_York', tmp.path('out-ny'))]);
    // The zone did change: midnight UTC on 1 January 1970 is 9:00 in Tokyo and 19:00 in New York.
    expect(tokyo.stdout).toMatch(/^hour=9\n/);
    expect(newYork.stdout).toMatch(/^hour=19\n/);
    for (const file of ['report.json', 'report.html']) {
      const same = fs.readFileSync(tmp.path('out-tokyo', file)).equals(fs.readFileSync(tmp.path('out-ny', file)));
      expect({ file, same }).toEqual({ file, same: true });
    }
  });
});

describe('claimdiff compare: an output folder that cannot be written', () => {
  let seeds: string;
  beforeAll(() => {
    seeds = tmp.path('seeds');
    if (!fs.existsSync(seeds)) seeds = copySeeds();
  });

  // Root ignores file modes, so these use paths that no user can make a folder at.
  const cases: Array<[string, () => string, string]> = [
    ['a folder under a regular file', () => path.join(tmp.write('blocker/plain-file', 'not a folder'), 'out'), 'part of the path is a file, not a folder'],
    ['a regular file itself', () => tmp.write('taken/report-here', 'not a folder'), 'it exists and is not a folder'],
  ];

  it.each(cases)('%s: exit 2, one line on stderr naming the folder, no report.json anywhere', async (_name, make, problem) => {
    const out = make();
    const before = findFiles(tmp.root, 'report.json');
    const r = await run(['compare', seeds, '--out', out]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `claimdiff: cannot write the report to ${out}: ${problem}\n` });
    expect(findFiles(tmp.root, 'report.json')).toEqual(before);
    expect(fs.readdirSync(tmp.root, { recursive: true }).filter((n) => String(n).includes('.tmp'))).toEqual([]);
  });
});
