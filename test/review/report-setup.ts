import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Report } from '../../src/types';
import { makeReport } from '../report/fixtures';
import { scratchDir } from '../helpers/tempdir';

/** A report.json in a temp folder, with a corpus folder beside it that the report names (absolute path). */
export interface ReviewSetup {
  dir: string;
  corpus: string;
  reportFile: string;
  reviewsFile: string;
  report: Report;
}

export function setUpReport(inject = '', edit?: (r: Report) => void): ReviewSetup {
  const dir = scratchDir('claimdiff-review-cmd-');
  const corpus = path.join(dir, 'corpus');
  fs.mkdirSync(corpus);
  const report = makeReport(inject);
  report.corpus = corpus;
  edit?.(report);
  const reportFile = path.join(dir, 'out', 'report.json');
  fs.mkdirSync(path.dirname(reportFile));
  fs.writeFileSync(reportFile, JSON.stringify(report, null, 2));
  return { dir, corpus, reportFile, reviewsFile: path.join(corpus, '.claimdiff', 'reviews.json'), report };
}

/** A writable that keeps what was written, as text. */
export function collector(): PassThrough & { text(): string } {
  const out = new PassThrough() as PassThrough & { text(): string };
  let text = '';
  out.on('data', (b: Buffer) => (text += b.toString()));
  out.text = () => text;
  return out;
}

/** An input stream that gives the answers, one per line, then ends. */
export function answers(...lines: string[]): PassThrough {
  const input = new PassThrough();
  input.end(lines.map((l) => `${l}\n`).join(''));
  return input;
}

/** A clock that ticks one second per call, from a fixed start. */
export function fixedClock(start = '2024-05-01T09:00:00.000Z'): () => string {
  let t = Date.parse(start);
  return () => {
    const s = new Date(t).toISOString();
    t += 1000;
    return s;
  };
}

export function readReviews(file: string): { decisions: Array<Record<string, unknown>>; history?: Array<Record<string, unknown>> } {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
