import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  loadReviews,
  mergeDecisions,
  parseReviews,
  recordDecision,
  recordDecisions,
  reviewsPathFor,
  serializeReviews,
  type ReviewDecision,
} from '../../src/review/store';
import { scratchDir } from '../helpers/tempdir';

const CHILD = path.join(__dirname, 'fixtures/record-child.js');

function tmpDir(): string {
  return scratchDir('claimdiff-reviews-');
}

function dec(flagId: string, when: string, decision: ReviewDecision['decision'] = 'dismissed', extra: Partial<ReviewDecision> = {}): ReviewDecision {
  return { flagId, decision, who: 'ana', when, evidenceHash: `h-${flagId}`, ...extra };
}

/** Runs the child script; resolves with its exit code and output. */
function runChild(args: string[], onLine?: (line: string, kill: () => void) => void): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let pending = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      // Whole lines only: a chunk may end in the middle of one.
      const lines = (pending + b.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line) onLine?.(line, () => child.kill('SIGKILL'));
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('exit', (code, signal) => resolve({ code, signal, out, err }));
  });
}

describe('reviewsPathFor', () => {
  it('puts the file in .claimdiff next to the corpus', () => {
    expect(reviewsPathFor('corpus/seeds')).toBe(path.join('corpus/seeds', '.claimdiff', 'reviews.json'));
  });
});

describe('loadReviews', () => {
  it('gives an empty file when none exists', () => {
    expect(loadReviews(path.join(tmpDir(), 'nope.json'))).toEqual({ version: 1, decisions: [] });
  });

  const broken: Array<{ name: string; content: string; message: RegExp }> = [
    { name: 'not JSON', content: '{"version": 1, "decisions": [', message: /not valid JSON/ },
    { name: 'empty file', content: '', message: /not valid JSON/ },
    { name: 'wrong version', content: '{"version": 2, "decisions": []}', message: /\/version/ },
    { name: 'decisions missing', content: '{"version": 1}', message: /decisions/ },
    {
      name: 'unknown decision',
      content: JSON.stringify({ version: 1, decisions: [{ ...dec('f-1', '2024-01-01T00:00:00Z'), decision: 'maybe' }] }),
      message: /\/decisions\/0\/decision.*confirmed/,
    },
    {
      name: 'when not a date-time',
      content: JSON.stringify({ version: 1, decisions: [dec('f-1', 'yesterday')] }),
      message: /\/decisions\/0\/when/,
    },
    {
      name: 'extra property',
      content: JSON.stringify({ version: 1, decisions: [{ ...dec('f-1', '2024-01-01T00:00:00Z'), colour: 'red' }] }),
      message: /colour/,
    },
    {
      name: 'two current decisions for one flag',
      content: JSON.stringify({ version: 1, decisions: [dec('f-1', '2024-01-01T00:00:00Z'), dec('f-1', '2024-01-02T00:00:00Z')] }),
      message: /two current decisions for flag f-1/,
    },
  ];
  it.each(broken)('rejects a broken file ($name) with a one-line message naming it', ({ content, message }) => {
    const file = path.join(tmpDir(), 'reviews.json');
    fs.writeFileSync(file, content);
    let error: Error | undefined;
    try {
      loadReviews(file);
    } catch (e) {
      error = e as Error;
    }
    expect(error).toBeDefined();
    expect(error!.message).toMatch(message);
    expect(error!.message.startsWith(`${file}: `)).toBe(true);
    expect(error!.message).not.toContain('\n');
  });

  it('reads what serializeReviews writes, BOM or not', () => {
    const r = mergeDecisions({ version: 1, decisions: [] }, [dec('f-2', '2024-01-01T00:00:00Z', 'confirmed', { note: 'real' }), dec('f-1', '2024-01-01T00:00:00+02:00')]);
    expect(parseReviews(serializeReviews(r), 'x')).toEqual(r);
    expect(parseReviews(`\uFEFF${serializeReviews(r)}`, 'x')).toEqual(r);
  });
});

describe('mergeDecisions', () => {
  const base = mergeDecisions({ version: 1, decisions: [] }, [dec('f-a', '2024-03-01T12:00:00Z', 'dismissed')]);
  const table: Array<{ name: string; incoming: ReviewDecision[]; current: Array<[string, string]>; history: number }> = [
    { name: 'a newer decision replaces the old one', incoming: [dec('f-a', '2024-03-02T00:00:00Z', 'confirmed')], current: [['f-a', 'confirmed']], history: 1 },
    { name: 'an older decision does not win', incoming: [dec('f-a', '2024-02-01T00:00:00Z', 'confirmed')], current: [['f-a', 'dismissed']], history: 1 },
    // 13:00+02:00 is 11:00Z: older than 12:00Z although its string sorts later.
    { name: 'time zones are compared as instants', incoming: [dec('f-a', '2024-03-01T13:00:00+02:00', 'confirmed')], current: [['f-a', 'dismissed']], history: 1 },
    { name: 'on a tie the later call wins', incoming: [dec('f-a', '2024-03-01T12:00:00Z', 'needs-work')], current: [['f-a', 'needs-work']], history: 1 },
    { name: 'another flag is added beside', incoming: [dec('f-0', '2024-01-01T00:00:00Z')], current: [['f-0', 'dismissed'], ['f-a', 'dismissed']], history: 0 },
  ];
  it.each(table)('$name', ({ incoming, current, history }) => {
    const merged = mergeDecisions(base, incoming);
    expect(merged.decisions.map((d) => [d.flagId, d.decision])).toEqual(current);
    expect(merged.history?.length ?? 0).toBe(history);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(base);
    mergeDecisions(base, [dec('f-a', '2025-01-01T00:00:00Z', 'confirmed')]);
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('recordDecision', () => {
  it('creates the folder and file, then merges later decisions', async () => {
    const file = reviewsPathFor(path.join(tmpDir(), 'corpus'));
    await recordDecision(file, dec('f-1', '2024-05-01T00:00:00Z', 'dismissed', { note: 'same figure, rounded' }));
    await recordDecision(file, dec('f-2', '2024-05-01T00:00:00Z', 'confirmed'));
    await recordDecision(file, dec('f-1', '2024-05-02T00:00:00Z', 'needs-work'));
    const r = loadReviews(file);
    expect(r.decisions.map((d) => [d.flagId, d.decision])).toEqual([['f-1', 'needs-work'], ['f-2', 'confirmed']]);
    expect(r.history?.map((d) => [d.flagId, d.note])).toEqual([['f-1', 'same figure, rounded']]);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['reviews.json']);
  });

  it('refuses an invalid decision without touching the file', async () => {
    const file = path.join(tmpDir(), 'reviews.json');
    await recordDecision(file, dec('f-1', '2024-05-01T00:00:00Z'));
    const before = fs.readFileSync(file, 'utf8');
    await expect(recordDecision(file, { ...dec('f-2', 'now'), who: 'bo' })).rejects.toThrow(/when/);
    await expect(recordDecision(file, { ...dec('f-2', '2024-05-01T00:00:00Z'), who: '' })).rejects.toThrow(/who/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('never replaces a corrupted file, and releases the lock', async () => {
    const file = path.join(tmpDir(), 'reviews.json');
    fs.writeFileSync(file, '{"version": 1, "decisions": [ {"flagId": "f-1"');
    await expect(recordDecision(file, dec('f-2', '2024-05-01T00:00:00Z'))).rejects.toThrow(/not valid JSON/);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"version": 1, "decisions": [ {"flagId": "f-1"');
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });

  it('keeps every decision when many calls in one process race', async () => {
    const file = path.join(tmpDir(), 'reviews.json');
    await Promise.all(Array.from({ length: 30 }, (_, i) => recordDecision(file, dec(`f-${String(i).padStart(2, '0')}`, '2024-05-01T00:00:00Z'))));
    expect(loadReviews(file).decisions).toHaveLength(30);
  });

  it('keeps both reviewers\' decisions when separate processes write at once', async () => {
    const file = path.join(tmpDir(), 'reviews.json');
    const results = await Promise.all(['ana', 'bo', 'cy'].map((who) => runChild([file, 'each', who, '15'])));
    for (const r of results) expect(r).toMatchObject({ code: 0, err: '' });
    const r = loadReviews(file);
    expect(r.decisions).toHaveLength(45);
    for (const who of ['ana', 'bo', 'cy']) expect(r.decisions.filter((d) => d.who === who)).toHaveLength(15);
  });

  it('leaves the previous file intact when the writer is killed mid-write, and recovers the stale lock', async () => {
    const file = path.join(tmpDir(), 'reviews.json');
    await recordDecisions(file, [dec('f-keep', '2024-05-01T00:00:00Z', 'confirmed', { note: 'before the crash' })]);
    const before = fs.readFileSync(file, 'utf8');
    let tmp = '';
    const killed = await runChild([file, 'bulk', 'big', '2000', 'hang'], (line, kill) => {
      if (line.startsWith('TMP ')) {
        tmp = line.slice(4);
        kill();
      }
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(tmp).not.toBe('');
    expect(path.dirname(tmp)).toBe(path.dirname(file)); // same folder, so rename is atomic
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    expect(loadReviews(file).decisions.map((d) => d.flagId)).toEqual(['f-keep']);
    // The dead writer left its lock behind: the next writer must see its pid is gone and carry on.
    expect(fs.existsSync(`${file}.lock`)).toBe(true);
    const t0 = process.hrtime.bigint();
    await recordDecision(file, dec('f-next', '2024-05-02T00:00:00Z'), { timeoutMs: 3000 });
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(2000);
    expect(loadReviews(file).decisions.map((d) => d.flagId)).toEqual(['f-keep', 'f-next']);
    // The dead writer's temp file is removed once it is old enough not to belong to a live writer.
    expect(fs.existsSync(tmp)).toBe(true);
    const old = (Date.now() - 120_000) / 1000;
    fs.utimesSync(tmp, old, old);
    await recordDecision(file, dec('f-last', '2024-05-03T00:00:00Z'));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['reviews.json']);
  });

  it('a writer killed while its data is streaming leaves either the old or the complete new file', async () => {
    const file = path.join(tmpDir(), 'reviews.json');
    await recordDecisions(file, [dec('f-keep', '2024-05-01T00:00:00Z')]);
    const before = fs.readFileSync(file, 'utf8');
    // No hang: the kill lands somewhere during a large write (about 3 MB).
    const killed = await runChild([file, 'bulk', 'big', '8000'], (line, kill) => {
      if (line.startsWith('TMP ')) kill();
    });
    expect(killed.code === 0 || killed.signal === 'SIGKILL').toBe(true);
    const after = fs.readFileSync(file, 'utf8');
    if (after !== before) expect(loadReviews(file).decisions).toHaveLength(8001);
    else expect(loadReviews(file).decisions).toHaveLength(1);
  });
});
