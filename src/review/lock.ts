import * as fs from 'node:fs';
import * as os from 'node:os';
import { InputError } from '../ingest/errors';

/**
 * A cross-process exclusive lock: a lock file created with O_EXCL ('wx'), so that two reviewers saving at
 * once take turns instead of overwriting each other. A lock left by a crashed process is detected as stale
 * and taken over: its pid is gone on this host, or that pid is now another process (its start time differs
 * from the one the holder wrote), or the file is empty or unreadable past a short grace (the holder died
 * between creating and writing it), or it is older than `staleMs`. A lock is held for one file write, so
 * `staleMs` stays below `timeoutMs`: a waiter takes over a dead lock before it gives up.
 */
export interface LockOptions {
  /** Give up after this long (default 5 s). */
  timeoutMs?: number;
  /** A lock older than this is stale even if its pid seems alive (hung process). Default 3 s. */
  staleMs?: number;
}

/** An empty or unparseable lock younger than this may be a holder still writing it. */
const EMPTY_GRACE_MS = 1000;

interface LockOwner {
  pid: number;
  host: string;
  token: string;
  /** Milliseconds since the epoch; informational (staleness uses the file's mtime). */
  created: number;
  /** The holder's process start time (Linux /proc), so that a reused pid is not taken for the holder. */
  start?: string;
}

/** A process's start time in clock ticks since boot (/proc/<pid>/stat field 22); null where /proc is not there. */
function processStart(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

let tokenCounter = 0;

function newToken(): string {
  tokenCounter += 1;
  return `${process.pid}-${process.hrtime.bigint().toString(36)}-${tokenCounter}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): { raw: string; owner: LockOwner | null; mtimeMs: number } | null {
  try {
    const raw = fs.readFileSync(lockPath, 'utf8');
    const mtimeMs = fs.statSync(lockPath).mtimeMs;
    let owner: LockOwner | null = null;
    try {
      const parsed = JSON.parse(raw) as Partial<LockOwner>;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string' && typeof parsed.token === 'string') owner = parsed as LockOwner;
    } catch {
      owner = null; // a holder killed between creating and writing the file leaves it empty
    }
    return { raw, owner, mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function isStale(info: { owner: LockOwner | null; mtimeMs: number }, staleMs: number): boolean {
  const age = Date.now() - info.mtimeMs;
  if (age > staleMs) return true;
  if (!info.owner) return age > EMPTY_GRACE_MS;
  if (info.owner.host !== os.hostname()) return false;
  if (!pidAlive(info.owner.pid)) return true;
  // The pid is alive: is it still the holder? A different start time means the pid was reused.
  const start = processStart(info.owner.pid);
  return start !== null && info.owner.start !== undefined && start !== info.owner.start;
}

/**
 * Removes a stale lock without removing a fresh one another process made in the meantime: the lock is
 * first renamed away (atomic; only one remover wins), and put back if what was moved is not what we judged.
 */
function breakStaleLock(lockPath: string, judgedRaw: string): void {
  const aside = `${lockPath}.stale-${newToken()}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = fs.readFileSync(aside, 'utf8');
  if (moved !== judgedRaw) {
    // Someone replaced the stale lock with a live one between our read and rename: restore it (link fails
    // rather than clobber if yet another lock appeared).
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      /* a newer lock exists; the one we moved is lost to its owner, who will notice on release */
    }
  }
  fs.rmSync(aside, { force: true });
}

function tryCreate(lockPath: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Takes the lock, retrying with exponential backoff; returns a release function. */
export async function acquireLock(lockPath: string, options: LockOptions = {}): Promise<() => void> {
  const timeoutMs = options.timeoutMs ?? 5000;
  const staleMs = options.staleMs ?? 3000;
  const start = processStart(process.pid);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), token: newToken(), created: Date.now(), ...(start ? { start } : {}) };
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  for (;;) {
    if (tryCreate(lockPath, owner)) break;
    const info = readOwner(lockPath);
    if (info === null) continue; // released between our attempt and the read
    if (isStale(info, staleMs)) {
      breakStaleLock(lockPath, info.raw);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = info.owner ? `process ${info.owner.pid} on ${info.owner.host}` : 'another process';
      throw new InputError(lockPath, `locked by ${who}; gave up after ${timeoutMs} ms (remove the lock file if no claimdiff is running)`);
    }
    // Jitter keeps two waiters from retrying in lockstep.
    await sleep(delay + Math.floor(Math.random() * delay));
    delay = Math.min(delay * 2, 200);
  }
  return () => {
    const info = readOwner(lockPath);
    // Only remove our own lock: if ours was judged stale and taken over, the file is someone else's now.
    if (info?.owner?.token === owner.token) fs.rmSync(lockPath, { force: true });
  };
}

/** Runs `fn` while holding the lock; the lock is released whatever happens. */
export async function withLock<T>(lockPath: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const release = await acquireLock(lockPath, options);
  try {
    return await fn();
  } finally {
    release();
  }
}
