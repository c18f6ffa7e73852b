import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { reviewCommand, resolveReviewsFile } from '../../src/cli/review';
import { recordDecision } from '../../src/review/store';
import { markedSentence, parseAnswer, reviewInTerminal, terminalSafe } from '../../src/review/terminal';
import { answers, collector, fixedClock, readReviews, setUpReport, type ReviewSetup } from './report-setup';

/** Runs a terminal review of the setup's report with scripted answers; returns the output and the result. */
async function drive(s: ReviewSetup, lines: string[], extra: { color?: boolean; who?: string } = {}) {
  const output = collector();
  const result = await reviewInTerminal({
    report: s.report, reviewsFile: s.reviewsFile, who: extra.who ?? 'ana', now: fixedClock(),
    input: answers(...lines), output, color: extra.color ?? false,
  });
  return { out: output.text(), result };
}

const cleanups: string[] = [];
function setup(...args: Parameters<typeof setUpReport>): ReviewSetup {
  const s = setUpReport(...args);
  cleanups.push(s.dir);
  return s;
}
afterAll(() => cleanups.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('parseAnswer', () => {
  test.each([
    ['c', 'c'], ['d', 'd'], ['w', 'w'], ['n', 'n'], ['s', 's'], ['q', 'q'], ['?', '?'], ['h', '?'],
    [' D ', 'd'], ['C', 'c'], ['dismiss', 'd'], ['Confirm', 'c'], ['needs-work', 'w'], ['needs work', 'w'], ['skip', 's'], ['quit', 'q'],
  ])('%j → %j', (line, key) => expect(parseAnswer(line)).toBe(key));

  test.each(['', 'x', 'cd', 'dd', 'yes', 'dismissed', 'con', '1', 'q!'])('%j is not an answer', (line) => {
    expect(parseAnswer(line)).toBe('');
  });
});

describe('how a flag is shown', () => {
  const sentence = { start: 10, end: 40, text: 'Trade rose to $189 billion in 2023.' };
  test.each([
    { span: { start: 24, end: 36 }, color: false, expected: 'Trade rose to [$189 billion] in 2023.' },
    { span: { start: 24, end: 36 }, color: true, expected: 'Trade rose to \x1b[1;4m$189 billion\x1b[0m in 2023.' },
  ])('claim marked (color $color)', ({ span, color, expected }) => {
    expect(markedSentence({ ...sentence, end: 10 + sentence.text.length }, span, undefined, color)).toBe(expected);
  });

  test('offsets that do not line up fall back to the claim words; no match marks nothing', () => {
    const off = { start: 0, end: 3, text: 'Trade rose to $189 billion in 2023.' };
    expect(markedSentence(off, { start: 14, end: 26 }, '$189 billion', false)).toBe('Trade rose to [$189 billion] in 2023.');
    expect(markedSentence(off, { start: 14, end: 26 }, '$5 billion', false)).toBe('Trade rose to $189 billion in 2023.');
  });

  test.each([
    ['plain words', 'plain words'],
    ['red \x1b[31malert\x1b[0m', 'red \uFFFD[31malert\uFFFD[0m'],
    ['bell\x07 and \x9b csi', 'bell\uFFFD and \uFFFD csi'],
    ['line\nbreak\tand tab', 'line break and tab'],
    ['“curly” — dash é', '“curly” — dash é'],
  ])('terminalSafe(%j)', (text, expected) => expect(terminalSafe(text)).toBe(expected));
});

describe('terminal review', () => {
  test('each answer is written at once; note then decision; skip; quit; summary', async () => {
    const s = setup();
    // flags walk most severe first: f-cost, f-day, f-quote (errors), f-attr, f-framing (warnings), ...
    const { out, result } = await drive(s, ['d', 'c', 's', 'n', 'the second outlet misattributes it', 'w', 'q']);
    expect(result).toEqual({ decided: 3, skipped: 1, stillOpen: 7, quit: true });
    expect(out).toContain('8 open flags to review');
    expect(out.trimEnd().split('\n').pop()).toBe('3 decided, 1 skipped, 7 still open');
    expect(out).toContain('[1/8] error · value conflict · f-cost (group g-cost)');
    expect(out).toContain('[4/8] warning · attribution conflict · f-attr');
    expect(out).toContain('[5/8] warning · framing divergence · f-framing');
    expect(out).not.toContain('[6/8]');
    // evidence: source line, then the sentence with the claim marked in brackets (output is not a TTY)
    expect(out).toContain('  a01 · Northern Wire · 2024-03-12\n    The port authority approved a [$2.4 billion] harbor expansion on Monday, officials said.');
    expect(out).toContain('  b02 · Daily Ledger · 2024-03-13\n    Officials on Sunday backed a [$2.1 billion] megaproject for the harbor.');
    expect(out).not.toContain('\x1b[');

    const hashes = new Map(s.report.flags.map((f) => [f.id, f.evidenceHash]));
    expect(readReviews(s.reviewsFile).decisions).toEqual([
      { flagId: 'f-attr', decision: 'needs-work', note: 'the second outlet misattributes it', who: 'ana', when: '2024-05-01T09:00:03.000Z', evidenceHash: hashes.get('f-attr') },
      { flagId: 'f-cost', decision: 'dismissed', who: 'ana', when: '2024-05-01T09:00:00.000Z', evidenceHash: hashes.get('f-cost') },
      { flagId: 'f-day', decision: 'confirmed', who: 'ana', when: '2024-05-01T09:00:01.000Z', evidenceHash: hashes.get('f-day') },
    ]);
  });

  test('a decision is on disk before the next question is answered', async () => {
    const s = setup();
    const output = collector();
    const live = new PassThrough(); // fed by hand, one answer at a time
    const done = reviewInTerminal({ report: s.report, reviewsFile: s.reviewsFile, who: 'ana', now: fixedClock(), input: live, output, color: false });
    live.write('d\n');
    // wait until the second flag is asked about
    for (let i = 0; i < 200 && !output.text().includes('[2/8]'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(output.text()).toContain('[2/8]');
    expect(readReviews(s.reviewsFile).decisions.map((d) => [d.flagId, d.decision])).toEqual([['f-cost', 'dismissed']]);
    live.end('q\n');
    await expect(done).resolves.toMatchObject({ decided: 1, quit: true });
  });

  test('a second run walks only the open flags and shows earlier decisions; end of input quits', async () => {
    const s = setup();
    await drive(s, ['d', 'c', 'q']);
    const { out, result } = await drive(s, ['s'], { who: 'ben' });
    expect(out).toContain('7 open flags to review');
    expect(out).not.toContain('f-cost');
    expect(out).toContain('[1/7] error · date conflict · f-day');
    expect(out).toContain('  Current decision: confirmed by ana, 2024-05-01 09:00 UTC.');
    expect(result).toEqual({ decided: 0, skipped: 1, stillOpen: 7, quit: true });
    expect(out.trimEnd().split('\n').pop()).toBe('0 decided, 1 skipped, 7 still open');
  });

  test('a decision made on other evidence is stale: the flag is open again and says so', async () => {
    const s = setup();
    await recordDecision(s.reviewsFile, { flagId: 'f-cost', decision: 'dismissed', note: 'rounding', who: 'cy', when: '2024-04-01T08:00:00.000Z', evidenceHash: 'old-evidence' });
    const { out, result } = await drive(s, ['d', 'q']);
    expect(out).toContain('8 open flags to review');
    expect(out).toContain('  ! Was dismissed by cy, 2024-04-01 08:00 UTC (note: rounding); the evidence has changed since, so the flag is open again.');
    expect(result.stillOpen).toBe(7);
    const file = readReviews(s.reviewsFile);
    expect(file.decisions).toEqual([expect.objectContaining({ flagId: 'f-cost', who: 'ana', evidenceHash: s.report.flags[0]!.evidenceHash })]);
    expect(file.history).toEqual([expect.objectContaining({ flagId: 'f-cost', who: 'cy', evidenceHash: 'old-evidence' })]);
  });

  test('help, unknown answers and an empty note', async () => {
    const s = setup();
    const { out, result } = await drive(s, ['?', 'x', 'n', '   ', 'DISMISS', 'n', 'checked with the port', 's', 'q']);
    expect(out).toContain('  d  dismiss: not a real divergence');
    expect(out).toContain('Unknown answer "x"; type ? and Enter for help.');
    expect(out).toContain('(empty note: none kept)');
    expect(result).toMatchObject({ decided: 1, skipped: 1 });
    // the note typed for the second flag was saved as typed, without a decision; the first has none
    const decisions = readReviews(s.reviewsFile).decisions;
    expect(decisions).toEqual([
      expect.objectContaining({ flagId: 'f-cost', decision: 'dismissed' }),
      expect.objectContaining({ flagId: 'f-day', decision: null, note: 'checked with the port' }),
    ]);
    expect(decisions[0]).not.toHaveProperty('note');
  });

  test('claims are marked in bold+underline on a colour terminal, and article text cannot send escapes', async () => {
    const s = setup('\x1b]0;pwned\x07\x1b[2J');
    const { out } = await drive(s, ['q'], { color: true });
    expect(out).toContain('\x1b[1;4m$2.4 billion\x1b[0m');
    expect(out).not.toContain('\x1b]0;');
    expect(out).not.toContain('\x1b[2J');
    expect(out).toContain('Daily Ledger\uFFFD]0;pwned\uFFFD\uFFFD[2J');
  });

  test('nothing open: says so and exits at once', async () => {
    const s = setup('', (r) => (r.flags = r.flags.slice(0, 1)));
    await drive(s, ['d']);
    const { out, result } = await drive(s, []);
    expect(out).toBe('No open flags: nothing to review (1 flag in the report).\n0 decided, 0 skipped, 0 still open\n');
    expect(result).toEqual({ decided: 0, skipped: 0, stillOpen: 0, quit: false });
  });
});

describe('reviewCommand (terminal mode)', () => {
  const env = process.env.CLAIMDIFF_REVIEWER;
  afterEach(() => {
    if (env === undefined) delete process.env.CLAIMDIFF_REVIEWER;
    else process.env.CLAIMDIFF_REVIEWER = env;
  });

  test('takes the report folder, writes next to the corpus, reviewer from CLAIMDIFF_REVIEWER, clock read here', async () => {
    const s = setup();
    process.env.CLAIMDIFF_REVIEWER = 'dana';
    const output = collector();
    const before = Date.now();
    await expect(reviewCommand(path.dirname(s.reportFile), { input: answers('w', 'q'), output })).resolves.toBe(0);
    const [d] = readReviews(s.reviewsFile).decisions;
    expect(d).toMatchObject({ flagId: 'f-cost', decision: 'needs-work', who: 'dana' });
    const when = Date.parse(d!.when as string);
    expect(when).toBeGreaterThanOrEqual(before - 1000);
    expect(when).toBeLessThanOrEqual(Date.now() + 1000);
    expect(output.text()).toContain('1 decided, 0 skipped, 8 still open');
  });

  test('--who wins over the environment; --reviews puts the file elsewhere, even with no corpus', async () => {
    const s = setup();
    fs.rmSync(s.corpus, { recursive: true });
    process.env.CLAIMDIFF_REVIEWER = 'dana';
    const elsewhere = path.join(s.dir, 'decisions', 'mine.json');
    await reviewCommand(s.reportFile, { reviews: elsewhere, who: 'eli', input: answers('d'), output: collector() });
    expect(readReviews(elsewhere).decisions).toEqual([expect.objectContaining({ flagId: 'f-cost', who: 'eli' })]);
  });

  test('the corpus is resolved against the current folder', () => {
    const s = setup('', (r) => (r.corpus = 'corpus'));
    expect(resolveReviewsFile(s.report, undefined, s.dir)).toBe(path.join(s.dir, 'corpus', '.claimdiff', 'reviews.json'));
    expect(() => resolveReviewsFile(s.report, undefined, path.join(s.dir, 'out'))).toThrow(/^corpus: the report's corpus folder is not here/);
    expect(resolveReviewsFile(s.report, 'r.json', path.join(s.dir, 'out'))).toBe(path.join(s.dir, 'out', 'r.json'));
  });

  test.each([
    ['a missing report', (s: ReviewSetup) => path.join(s.dir, 'nope.json'), /nope\.json: no such file or folder$/],
    ['a folder without report.json', (s: ReviewSetup) => s.corpus, /corpus[/\\]report\.json: no report\.json here/],
    ['a file that is not JSON', (s: ReviewSetup) => (fs.writeFileSync(s.reportFile, '{"flags": ['), s.reportFile), /report\.json: not valid JSON/],
    ['JSON that is not a report', (s: ReviewSetup) => (fs.writeFileSync(s.reportFile, '{"flags": []}'), s.reportFile), /report\.json: not a claimdiff report: /],
    ['a report with a broken reference', (s: ReviewSetup) => {
      const r = JSON.parse(fs.readFileSync(s.reportFile, 'utf8'));
      r.flags[0].claims.push('c-nowhere');
      fs.writeFileSync(s.reportFile, JSON.stringify(r));
      return s.reportFile;
    }, /not a claimdiff report: \/flags\/0\/claims\/2 unknown claim "c-nowhere"/],
    ['a report whose corpus is gone', (s: ReviewSetup) => (fs.rmSync(s.corpus, { recursive: true }), s.reportFile), /corpus: the report's corpus folder is not here .*--reviews FILE/],
    ['a broken reviews file', (s: ReviewSetup) => {
      fs.mkdirSync(path.dirname(s.reviewsFile));
      fs.writeFileSync(s.reviewsFile, '{"version": 1, "decisions": [{}]}');
      return s.reportFile;
    }, /reviews\.json: not a reviews file/],
  ])('%s is an InputError naming it (exit 2)', async (_, arrange, message) => {
    const s = setup();
    const target = arrange(s);
    const error = await reviewCommand(target, { input: answers('d'), output: collector(), who: 'ana' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'InputError', message: expect.stringMatching(message) });
    // nothing was recorded
    if (!fs.existsSync(path.dirname(s.reviewsFile)) || !fs.existsSync(s.reviewsFile)) return;
    expect(fs.readFileSync(s.reviewsFile, 'utf8')).toBe('{"version": 1, "decisions": [{}]}');
  });
});
