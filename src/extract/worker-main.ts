import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { Article } from '../types';
import { extractArticle } from './index';

/** A worker thread of extractParallel (workers.ts): extracts the articles it is sent, one reply each. */
const { signal, port } = workerData as { signal: SharedArrayBuffer; port: MessagePort };
const counter = new Int32Array(signal);

parentPort!.on('message', (jobs: Array<{ index: number; article: Article }>) => {
  for (const { index, article } of jobs) {
    try {
      port.postMessage({ index, result: extractArticle(article) });
    } catch (e) {
      port.postMessage({ index, error: e instanceof Error ? e.message : String(e) });
    }
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
  }
});
