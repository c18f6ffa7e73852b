import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { acquireLock, withLock } from '../../src/review/lock';
import { scratchDir } from '../helpers/tempdir';

function lockPath(): string {
  return path.join(scratchDir('claimdiff-lock-'), 'reviews.json.lock');
}

function writeLock(file: string, owner: object | string, ageMs = 0): void {
  fs.writeFileSync(file, typeof owner === 'string' ? owner : JSON.stringify(owner));
  const t = (Date.now() - ageMs) / 1000;
  fs.utimesSync(file, t, t);
}

describe('file lock', () => {
  it('serialises holders: the second waits until the first releases', async () => {
    const file = lockPath();
    const order: string[] = [];
    const first = withLock(file, async () => {
      order.push('first in');
      await new Promise((r) => setTimeout(r, 80));
      order.push('first out');
    });
    await new Promise((r) => setTimeout(r, 5));
    const second = withLock(file, async () => {
      order.push('second in');
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second in']);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('gives up with a message naming the lock file when a live process holds it', async () => {
    const file = lockPath();
    writeLock(file, { pid: process.pid, host: os.hostname(), token: 'other', created: 0 });
    await expect(acquireLock(file, { timeoutMs: 150 })).rejects.toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: locked by process ${process.pid}`));
    expect(fs.existsSync(file)).toBe(true); // not ours: left alone
  });

  const stale: Array<{ name: string; owner: object | string; ageMs: number }> = [
    { name: 'its pid is gone', owner: { pid: 2 ** 22 + 12345, host: os.hostname(), token: 'dead', created: 0 }, ageMs: 0 },
    { name: 'it is older than staleMs', owner: { pid: process.pid, host: os.hostname(), token: 'old', created: 0 }, ageMs: 60_000 },
    { name: 'it was left empty and is old', owner: '', ageMs: 60_000 },
    { name: 'another host left it long ago', owner: { pid: 1, host: 'elsewhere', token: 'x', created: 0 }, ageMs: 60_000 },
  ];
  it.each(stale)('takes over a stale lock when $name', async ({ owner, ageMs }) => {
    const file = lockPath();
    writeLock(file, owner, ageMs);
    const release = await acquireLock(file, { timeoutMs: 1000, staleMs: 30_000 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  const live: Array<{ name: string; owner: object | string }> = [
    { name: 'a fresh empty lock (holder between create and write)', owner: '' },
    { name: 'a fresh lock from another host', owner: { pid: 1, host: 'elsewhere', token: 'x', created: 0 } },
  ];
  it.each(live)('does not take over $name', async ({ owner }) => {
    const file = lockPath();
    writeLock(file, owner);
    await expect(acquireLock(file, { timeoutMs: 100, staleMs: 30_000 })).rejects.toThrow(/locked by/);
  });

  it('takes over an empty lock file with the default options (the waiter does not give up first)', async () => {
    const file = lockPath();
    writeLock(file, '');
    const t0 = Date.now();
    const release = await acquireLock(file);
    expect(Date.now() - t0).toBeLessThan(5000);
    release();
  });

  it('takes over at once a lock whose pid is now another process (pid reused)', async () => {
    if (!fs.existsSync('/proc/self/stat')) return;
    const file = lockPath();
    // pid 1 is alive, but it is not the process that wrote this lock: its start time differs.
    writeLock(file, { pid: 1, host: os.hostname(), token: 'reused', created: 0, start: 'not-its-start' });
    const t0 = Date.now();
    const release = await acquireLock(file, { timeoutMs: 500 });
    expect(Date.now() - t0).toBeLessThan(500);
    release();
  });

  it('takes over a lock naming a foreign live pid within the default timeout', async () => {
    const file = lockPath();
    writeLock(file, { pid: 1, host: os.hostname(), token: 'foreign', created: 0 });
    const release = await acquireLock(file);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).token).not.toBe('foreign');
    release();
  }, 10_000);

  it('keeps a lock whose live holder wrote its own start time', async () => {
    const file = lockPath();
    const release = await acquireLock(file);
    await expect(acquireLock(file, { timeoutMs: 150 })).rejects.toThrow(/locked by process/);
    release();
  });

  it('release does not remove a lock that another process took over', async () => {
    const file = lockPath();
    const release = await acquireLock(file);
    writeLock(file, { pid: process.pid, host: os.hostname(), token: 'usurper', created: 0 });
    release();
    expect(fs.existsSync(file)).toBe(true);
  });
});
