import * as fs from 'node:fs';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { reviewCommand } from '../../src/cli/review';
import { reviewsPathFor } from '../../src/review';
import { runCli } from '../helpers/cli';
import { SEEDS_DIR, SHARED } from '../helpers/article';
import { tempDir } from '../helpers/tempdir';
import { seedsWithTradePact } from '../helpers/trade-pact';
import { answers, collector } from '../review/report-setup';

/**
 * The daily newsroom workflow through the CLI: a new article checked in CI (every format), a false positive
 * dismissed from check's own JSON in one step, compare applying the same decisions.
 */
describe('the newsroom workflow', () => {
  const tmp = tempDir('claimdiff-workflow-');
  const { corpus, md } = seedsWithTradePact(tmp);
  // Undated: "last year" has no year unless --published gives one.
  const txt = tmp.write('incoming/undated.txt', 'Putin and Xi meet in Beijing\n\nChina’s increased trade with Russia, totaling $180 billion last year, has helped the country mitigate the blowback from sanctions.\n');
  afterAll(() => tmp.remove());

  const sarifSchema = JSON.parse(fs.readFileSync(path.join(SHARED, 'schemas-external/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const validateSarif = ajv.compile(sarifSchema);

  it('--version prints the version; bad usage has the one claimdiff: prefix', async () => {
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = await runCli(['check', md, '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^claimdiff: /);
    expect(bad.stderr).not.toMatch(/^error:/m);
  });

  it('takes the files anywhere on the line: check --against DIR FILE checks FILE', async () => {
    const r = await runCli(['check', '--against', corpus, md, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).checked).toEqual([{ articleId: 'trade', file: md }]);
  });

  it('--against takes several paths (the contract form) and may be repeated', async () => {
    const both = await runCli(['check', md, '--against', corpus, tmp.path('incoming/undated.txt'), '--format', 'json']);
    expect([0, 1]).toContain(both.code);
    expect(JSON.parse(both.stdout).checked).toEqual([{ articleId: 'trade', file: md }]);
    const repeated = await runCli(['check', md, '--against', corpus, '--against', tmp.path('incoming/undated.txt'), '--format', 'json']);
    expect(JSON.parse(repeated.stdout).checked).toEqual([{ articleId: 'trade', file: md }]);
  });

  it('puts annotations on the claim line of the .md file as on disk, errors first', async () => {
    const r = await runCli(['check', md, '--against', corpus]);
    const first = r.stdout.split('\n')[0];
    expect(first).toMatch(new RegExp(`^${md.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8:\\d+  error  value-conflict`));
    const line = fs.readFileSync(md, 'utf8').split('\n')[7];
    const col = Number(/:8:(\d+)/.exec(first)![1]);
    expect(line.slice(col - 1)).toMatch(/^\$180 billion/);
  });

  it('writes SARIF that validates, every result with region.startLine', async () => {
    const r = await runCli(['check', md, '--against', corpus, '--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    for (const res of log.runs[0].results) {
      expect(res.locations.length).toBeGreaterThan(0);
      for (const l of res.locations) expect(l.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      for (const l of res.relatedLocations ?? []) if (l.physicalLocation?.region) expect(l.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it('github: errors and warnings annotated, notices folded into one, job summary appended', async () => {
    const summary = tmp.path('step-summary.md');
    fs.writeFileSync(summary, '# earlier step\n');
    process.env.GITHUB_STEP_SUMMARY = summary;
    try {
      const r = await runCli(['check', md, '--against', corpus, '--format', 'github']);
      const commands = r.stdout.split('\n').filter((l) => l.startsWith('::'));
      expect(commands.filter((l) => l.startsWith('::notice')).length).toBeLessThanOrEqual(1);
      expect(commands.some((l) => l.startsWith('::error file='))).toBe(true);
      const written = fs.readFileSync(summary, 'utf8');
      expect(written).toMatch(/^# earlier step\n## claimdiff check/);
      expect(written).toContain('| error | value-conflict |');
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
  });

  it('--quiet and --min-severity hide the flags below them', async () => {
    const all = JSON.parse((await runCli(['check', md, '--against', corpus, '--format', 'json'])).stdout);
    expect(all.flags.some((f: { severity: string }) => f.severity === 'info')).toBe(true);
    const quiet = JSON.parse((await runCli(['check', md, '--against', corpus, '--format', 'json', '--quiet'])).stdout);
    expect(quiet.flags.length).toBeGreaterThan(0);
    expect(quiet.flags.every((f: { severity: string }) => f.severity !== 'info')).toBe(true);
    const errors = await runCli(['check', md, '--against', corpus, '--min-severity', 'error']);
    expect(errors.stdout).not.toMatch(/  (warning|info)  /);
    expect((await runCli(['check', md, '--against', corpus, '--min-severity', 'loud'])).code).toBe(2);
  });

  it('--published dates an undated .txt (its conflict appears); --outlet names its outlet', async () => {
    const without = JSON.parse((await runCli(['check', txt, '--against', corpus, '--format', 'json'])).stdout);
    const withDate = await runCli(['check', txt, '--against', corpus, '--format', 'json', '--published', '2024-05-17', '--outlet', 'Example Wire']);
    const doc = JSON.parse(withDate.stdout);
    const conflicts = (d: { flags: Array<{ kind: string }> }) => d.flags.filter((f) => f.kind === 'value-conflict').length;
    expect(conflicts(doc)).toBeGreaterThan(conflicts(without));
    expect(doc.articles.find((a: { id: string }) => a.id === 'undated')).toMatchObject({ outlet: 'Example Wire', published: '2024-05-17' });
    expect((await runCli(['check', txt, '--against', corpus, '--published', 'someday'])).code).toBe(2);
  });

  it('dismisses a CI false positive from check.json in one step; check then passes and compare applies it', async () => {
    const checkJson = tmp.path('check.json');
    const first = await runCli(['check', md, '--against', corpus, '--format', 'json', '--quiet']);
    expect(first.code).toBe(1);
    fs.writeFileSync(checkJson, first.stdout);
    const output = collector();
    // The only open error comes first: dismiss it with a note, then quit.
    await expect(reviewCommand(checkJson, { input: answers('n', 'two sources, two customs series', 'd', 'q'), output, who: 'desk' })).resolves.toBe(0);
    expect(output.text()).toContain('1 decided');
    const second = await runCli(['check', md, '--against', corpus, '--quiet']);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('review: dismissed by desk');

    // compare over corpus + article: the decision is applied in report.json
    const out = tmp.path('report');
    const c = await runCli(['compare', corpus, md, '--out', out, '--format', 'json']);
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/\d+ flags? \(\d+ open errors?, 1 dismissed\)/);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.flags.filter((f: { review?: { decision: string } }) => f.review?.decision === 'dismissed')).toHaveLength(1);
  });

  it('compare reports a corrupt reviews file (exit 2) and leaves it untouched', async () => {
    const reviews = reviewsPathFor(corpus);
    const before = fs.existsSync(reviews) ? fs.readFileSync(reviews) : null;
    fs.mkdirSync(path.dirname(reviews), { recursive: true });
    fs.writeFileSync(reviews, '{"version": 1, "decisions": [{"flagId": 3}]}');
    const out = tmp.path('report-bad');
    const r = await runCli(['compare', corpus, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^claimdiff: .*reviews\.json: not a reviews file/);
    expect(fs.readFileSync(reviews, 'utf8')).toBe('{"version": 1, "decisions": [{"flagId": 3}]}');
    expect(fs.existsSync(path.join(out, 'report.json'))).toBe(false);
    if (before) fs.writeFileSync(reviews, before);
  });

  it('an index edited by hand cannot hide a conflict: claims set to [] or null are misses', async () => {
    const indexed = tmp.path('indexed');
    fs.cpSync(SEEDS_DIR, indexed, { recursive: true });
    expect((await runCli(['index', indexed])).code).toBe(0);
    const file = path.join(indexed, '.claimdiff', 'index.sqlite');
    for (const claims of ['[]', 'null']) {
      const db = new Database(file);
      const rows = db.prepare('SELECT content_hash, context, extracted FROM entries').all() as Array<{ content_hash: string; context: string; extracted: string }>;
      for (const r of rows) {
        const e = JSON.parse(r.extracted);
        e.claims = JSON.parse(claims);
        db.prepare('UPDATE entries SET extracted = ?, claims = 0 WHERE content_hash = ? AND context = ?').run(JSON.stringify(e), r.content_hash, r.context);
      }
      db.close();
      const r = await runCli(['check', md, '--against', indexed, '--format', 'json', '--reviews', tmp.path('none.json')]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.stdout);
      expect(doc.flags.some((f: { kind: string }) => f.kind === 'value-conflict')).toBe(true);
    }
  }, 60_000);

  it('says "1 error", not "1 errors"', async () => {
    const r = await runCli(['check', md, '--against', corpus, '--min-severity', 'error', '--reviews', tmp.path('none.json')]);
    expect(r.stdout).not.toMatch(/\b1 errors\b/);
    expect(r.stdout).toMatch(/\b1 error\b/);
  });
});
