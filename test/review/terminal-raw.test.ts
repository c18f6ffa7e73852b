import * as fs from 'node:fs';
import { PassThrough } from 'node:stream';
import { reviewInTerminal, wrapLines } from '../../src/review/terminal';
import { collector, fixedClock, readReviews, setUpReport, type ReviewSetup } from './report-setup';

/** A keyboard: a stream that says it is a TTY and records raw-mode switches. */
function keyboard(): PassThrough & { isTTY: boolean; setRawMode: jest.Mock; raw: boolean[] } {
  const k = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: jest.Mock; raw: boolean[] };
  k.isTTY = true;
  k.raw = [];
  k.setRawMode = jest.fn((on: boolean) => k.raw.push(on));
  return k;
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
}

const made: ReviewSetup[] = [];
afterAll(() => made.forEach((s) => fs.rmSync(s.dir, { recursive: true, force: true })));
const setup = () => {
  const s = setUpReport();
  made.push(s);
  return s;
};

describe('terminal review on a keyboard (raw mode)', () => {
  test('one key is one answer, a note is typed with backspace, Ctrl-C ends with the summary', async () => {
    const s = setup();
    const input = keyboard();
    const output = collector();
    const done = reviewInTerminal({ report: s.report, reviewsFile: s.reviewsFile, who: 'ana', now: fixedClock(), input, output, color: false });
    input.write('d'); // no Enter
    await until(() => output.text().includes('[2/8]'));
    input.write('n');
    await until(() => output.text().includes('Note: '));
    input.write('wrongxy\u007f\u007f\r');
    await until(() => output.text().includes('note saved'));
    input.write('\u0003'); // Ctrl-C
    const result = await done;
    expect(result).toMatchObject({ decided: 1, quit: true });
    const out = output.text();
    expect(out).toContain('Interrupted: every decision made so far is saved');
    expect(out).toContain('Decisions: 1 dismissed.');
    expect(out.trimEnd().split('\n').pop()).toBe('1 decided, 0 skipped, 7 still open');
    expect(input.raw).toEqual([true, false]); // the terminal is given back as it was
    const decisions = readReviews(s.reviewsFile).decisions;
    expect(decisions).toEqual([
      expect.objectContaining({ flagId: 'f-cost', decision: 'dismissed' }),
      expect.objectContaining({ flagId: 'f-day', decision: null, note: 'wrong' }),
    ]);
  });

  test('--state walks the flags in those review states', async () => {
    const s = setup();
    const input = keyboard();
    const first = collector();
    const d1 = reviewInTerminal({ report: s.report, reviewsFile: s.reviewsFile, who: 'ana', now: fixedClock(), input, output: first, color: false });
    input.write('d');
    await until(() => first.text().includes('[2/8]'));
    input.end();
    await d1;
    const out = collector();
    const keys = keyboard();
    const d2 = reviewInTerminal({ report: s.report, reviewsFile: s.reviewsFile, who: 'ana', now: fixedClock(), input: keys, output: out, color: false, states: ['dismissed'] });
    await until(() => out.text().includes('[1/1]'));
    expect(out.text()).toContain('1 flag (dismissed) to review');
    expect(out.text()).toContain('f-cost');
    keys.end();
    await expect(d2).resolves.toMatchObject({ decided: 0, quit: true });
  });
});

describe('wrapLines', () => {
  test('wraps at spaces, keeps the indent, cuts only words longer than the line', () => {
    const text = `  ${'word '.repeat(20).trim()}\n    ${'x'.repeat(50)}`;
    const out = wrapLines(text, 30);
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(30);
    expect(out.split('\n')[0]).toBe('  word word word word word');
    expect(out.split('\n')[1].startsWith('  word')).toBe(true);
    expect(out.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });
  test('leaves text alone without a width', () => {
    expect(wrapLines('a '.repeat(100), 0)).toBe('a '.repeat(100));
  });
});
