import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Article, ExtractedArticle } from '../types';
import { extractArticle } from './index';

/**
 * Extraction across the machine's cores: extraction is a pure map over articles, so articles are handed to
 * worker threads and the results put back in article order (the output is the same bytes as in-process).
 * The call stays synchronous for its callers: the main thread sleeps on an Atomics counter the workers bump
 * and takes results with receiveMessageOnPort.
 *
 * Workers run the compiled module (dist/extract/worker-main.js): under ts-jest, or when that file is absent,
 * or for few articles, extraction runs in-process.
 */

const WORKER_FILE = path.join(__dirname, 'worker-main.js');
/** Below this many articles per worker the start-up of a worker (loading compromise) is not worth it. */
const MIN_ARTICLES_PER_WORKER = 8;

export interface ParallelOptions {
  /** Worker count (default os.availableParallelism(); 1 = in-process). */
  workers?: number;
  /** Called once per article done (progress). */
  onDone?: () => void;
}

/** Whether worker threads can run the extractors here (compiled JS present, not under a test runner). */
export function workersAvailable(): boolean {
  return __filename.endsWith('.js') && fs.existsSync(WORKER_FILE) && process.env.JEST_WORKER_ID === undefined;
}

export function defaultWorkers(): number {
  const env = Number(process.env.CLAIMDIFF_WORKERS);
  return Number.isInteger(env) && env > 0 ? env : os.availableParallelism();
}

/** Assigns articles to workers, longest first to the least loaded (deterministic: ties by worker number). */
function assign(articles: Article[], n: number): number[][] {
  const order = articles.map((_a, i) => i).sort((x, y) => articles[y].text.length - articles[x].text.length || x - y);
  const load = new Array<number>(n).fill(0);
  const jobs: number[][] = Array.from({ length: n }, () => []);
  for (const i of order) {
    let w = 0;
    for (let k = 1; k < n; k++) if (load[k] < load[w]) w = k;
    jobs[w].push(i);
    load[w] += articles[i].text.length + 500;
  }
  return jobs;
}

interface Reply {
  index: number;
  result?: ExtractedArticle;
  error?: string;
}

export function extractParallel(articles: Article[], opts: ParallelOptions = {}): ExtractedArticle[] {
  const n = Math.min(opts.workers ?? defaultWorkers(), Math.floor(articles.length / MIN_ARTICLES_PER_WORKER));
  if (n <= 1 || !workersAvailable()) {
    return articles.map((a) => {
      const r = extractArticle(a);
      opts.onDone?.();
      return r;
    });
  }
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const results = new Array<ExtractedArticle | undefined>(articles.length);
  const workers: Worker[] = [];
  const ports: MessagePort[] = [];
  try {
    for (const job of assign(articles, n)) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(WORKER_FILE, { workerData: { signal: signal.buffer, port: port2 }, transferList: [port2] });
      worker.unref();
      workers.push(worker);
      ports.push(port1);
      worker.postMessage(job.map((i) => ({ index: i, article: articles[i] })));
    }
    let done = 0;
    while (done < articles.length) {
      const seen = Atomics.load(signal, 0);
      let got = false;
      for (const port of ports) {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          const reply = m.message as Reply;
          if (reply.error !== undefined) throw new Error(`extraction failed on ${articles[reply.index].file}: ${reply.error}`);
          results[reply.index] = reply.result;
          done += 1;
          got = true;
          opts.onDone?.();
        }
      }
      // Sleep until a worker posts again (a timeout guards against a worker that died silently).
      if (!got && Atomics.wait(signal, 0, seen, 60_000) === 'timed-out') throw new Error('extraction workers stopped answering');
    }
  } finally {
    for (const p of ports) p.close();
    for (const w of workers) void w.terminate();
  }
  return results as ExtractedArticle[];
}
