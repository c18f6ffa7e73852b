import * as fs from 'node:fs';
import { decisionFor, recordDecision, reviewsPathFor } from '../../src/review';
import type { CheckResult } from '../../src/report/ci';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/tempdir';
import { seedsWithTradePact } from '../helpers/trade-pact';

/**
 * The CI gate end to end: a new article that contradicts the corpus fails `check --fail-on error`; once a
 * reviewer dismisses that flag, the same check passes; when the evidence changes, the flag is open again.
 */
describe('claimdiff check and review', () => {
  const tmp = tempDir('claimdiff-check-');
  const { corpus, md: contradicting } = seedsWithTradePact(tmp);
  afterAll(() => tmp.remove());

  const check = (...extra: string[]) => runCli(['check', contradicting, '--against', corpus, '--fail-on', 'error', ...extra]);

  it('fails on a different 2023 China–Russia trade total, then passes once the flag is dismissed', async () => {
    const first = await check('--format', 'json');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    const result = JSON.parse(first.stdout) as CheckResult;
    const errors = result.flags.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.kind)).toContain('value-conflict');
    expect(errors.some((f) => /\$180 billion/.test(f.reason) && /\$240 billion/.test(f.reason))).toBe(true);

    for (const flag of errors) {
      await recordDecision(reviewsPathFor(corpus), decisionFor(flag, 'dismissed', { who: 'test', when: '2026-01-01T00:00:00.000Z', note: 'checked' }));
    }
    const second = await check();
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/check passed/);

    // The evidence changes (a corrected figure): the dismissal no longer applies.
    fs.writeFileSync(contradicting, fs.readFileSync(contradicting, 'utf8').replace('$180 billion', '$170 billion'));
    const third = await check();
    expect(third.code).toBe(1);
  });

  // With the story's lead sentence, so that the article joins the seeds' May 2024 story.
  it('fails on the same contradiction worded unlike the corpus sentence', async () => {
    const plain = tmp.write(
      'incoming/plain.md',
      '---\ntitle: Trade pact\noutlet: Example Wire\npublished: 2024-05-17\n---\nRussian President Vladimir Putin and Chinese leader Xi Jinping signed a joint statement in Beijing on Thursday.\n\nTrade between China and Russia totaled $180 billion last year, according to Chinese customs data.\n',
    );
    const r = await runCli(['check', plain, '--against', corpus, '--format', 'json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as CheckResult;
    expect(result.flags.some((f) => f.severity === 'error' && f.kind === 'value-conflict' && /\$240 billion/.test(f.reason))).toBe(true);
  });

  it('passes an article that agrees with the corpus', async () => {
    const agreeing = tmp.write('incoming/agree.md', '---\npublished: 2024-05-17\n---\nChina’s trade with Russia reached $240 billion last year, customs data show.\n');
    const r = await runCli(['check', agreeing, '--against', corpus]);
    expect(r.code).toBe(0);
  });

  it('exits 2 with one line naming the path when the corpus does not exist', async () => {
    const r = await runCli(['check', contradicting, '--against', tmp.path('nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nope');
  });

  it('exits 2 on an unknown format or fail-on level, and on a corrupt reviews file', async () => {
    expect((await check('--format', 'xml')).code).toBe(2);
    expect((await check('--fail-on', 'fatal')).code).toBe(2);
    const reviews = reviewsPathFor(corpus);
    const before = fs.readFileSync(reviews);
    fs.writeFileSync(reviews, '{ not json');
    const r = await check();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('reviews.json');
    expect(fs.readFileSync(reviews, 'utf8')).toBe('{ not json'); // reported, never silently replaced
    fs.writeFileSync(reviews, before);
  });

  it('writes SARIF and JUnit to --out when several formats are asked', async () => {
    const out = tmp.path('ci-out');
    const r = await check('--format', 'github,sarif,junit', '--out', out);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/^::(error|warning|notice) /m);
    expect(JSON.parse(fs.readFileSync(`${out}/check.sarif`, 'utf8')).version).toBe('2.1.0');
    expect(fs.readFileSync(`${out}/check.junit.xml`, 'utf8')).toMatch(/^<\?xml/);
  });
});
