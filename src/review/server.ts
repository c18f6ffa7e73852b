import { randomBytes, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Flag, Report } from '../types';
import { processFindings } from '../findings';
import { decisionFor } from './apply';
import { reviewPage } from './page';
import { loadReviews, recordDecision } from './store';
import type { AppliedReview, ReviewDecisionKind } from './types';

/**
 * `claimdiff review REPORT --serve`: the report page with review buttons, on 127.0.0.1 only. Decisions are
 * POSTed to /api/decisions and recorded at once (recordDecision: locked, atomic).
 *
 * Another web page open in the same browser must not be able to record decisions, so a POST needs all of:
 * a Host header naming this server (defeats DNS rebinding), an Origin header naming it too (defeats
 * cross-site form posts), and the per-run random token from the served page in X-Claimdiff-Token (a custom
 * header, which other origins cannot send without a CORS preflight this server never grants).
 */
export interface ReviewServerOptions {
  report: Report;
  reviewsFile: string;
  /** The reviewer recorded with every decision made through this server. */
  who: string;
  /** The clock, read by the command layer (ISO 8601). */
  now: () => string;
  /** 0 (default) picks any free port. */
  port?: number;
  /** Renders the report page (the command layer passes report/html's renderHtml: review does not import report). */
  renderReport: (report: Report) => string;
  /** Fixed token for tests; by default 32 random bytes per run. */
  token?: string;
}

export interface ReviewServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-claimdiff-token';
const HOST = '127.0.0.1';
const MAX_BODY = 64 * 1024;
const MAX_NOTE = 2000;
const DECISIONS: readonly ReviewDecisionKind[] = ['confirmed', 'dismissed', 'needs-work'];

/** A request the server refuses, with its status and a one-line reason for the JSON body. */
class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sameToken(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY) return reject(new HttpError(413, `body larger than ${MAX_BODY} bytes`));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new HttpError(413, `body larger than ${MAX_BODY} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface DecisionRequest {
  flagId: string;
  decision: ReviewDecisionKind | null;
  note?: string;
}

/** Checks a POST body; throws HttpError(400) naming the first problem. An empty note is no note. */
export function parseDecisionRequest(text: string, flags: ReadonlyMap<string, Flag>): DecisionRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'body must be a JSON object {flagId, decision, note?}');
  const o = body as Record<string, unknown>;
  const extra = Object.keys(o).filter((k) => !['flagId', 'decision', 'note'].includes(k));
  if (extra.length) throw new HttpError(400, `unknown field "${extra[0]}"`);
  if (typeof o.flagId !== 'string' || !o.flagId) throw new HttpError(400, 'flagId must be a non-empty string');
  if (!flags.has(o.flagId)) throw new HttpError(400, `no flag "${o.flagId}" in this report`);
  if (o.decision !== null && (typeof o.decision !== 'string' || !DECISIONS.includes(o.decision as ReviewDecisionKind))) {
    throw new HttpError(400, `decision must be one of ${DECISIONS.join(', ')} (or null with a note)`);
  }
  if (o.note !== undefined && o.note !== null && typeof o.note !== 'string') throw new HttpError(400, 'note must be a string');
  const note = typeof o.note === 'string' ? o.note.trim() : '';
  if (note.length > MAX_NOTE) throw new HttpError(400, `note longer than ${MAX_NOTE} characters`);
  // A note without a decision is kept as typed (the reviewer has not decided yet); an empty one is nothing.
  if (o.decision === null && !note) throw new HttpError(400, 'a note is needed when there is no decision');
  return { flagId: o.flagId, decision: o.decision as ReviewDecisionKind | null, ...(note ? { note } : {}) };
}

/** Current decisions by flag id, as the page shows them (stale ones included, marked). */
function currentDecisions(report: Report, reviewsFile: string): Record<string, AppliedReview> {
  const out: Record<string, AppliedReview> = {};
  for (const f of processFindings(report.flags, { reviews: loadReviews(reviewsFile) })) if (f.review) out[f.id] = f.review;
  return out;
}

export async function startReviewServer(opts: ReviewServerOptions): Promise<ReviewServer> {
  const token = opts.token ?? randomBytes(32).toString('base64url');
  const flags = new Map(opts.report.flags.map((f) => [f.id, f]));
  const reportHtml = opts.renderReport(opts.report);
  let page: { html: string; csp: string } | null = null;
  let port = 0;

  const hosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (!hosts().has(host)) throw new HttpError(403, 'unexpected Host header');
    const pathname = new URL(req.url ?? '/', `http://${host}`).pathname;

    if (pathname === '/' || pathname === '/index.html') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET', { Allow: 'GET, HEAD' });
      page ??= reviewPage(reportHtml, { token, who: opts.who, reviewsFile: opts.reviewsFile });
      res.writeHead(200, {
        ...COMMON_HEADERS,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': Buffer.byteLength(page.html),
        'Content-Security-Policy': page.csp,
      });
      res.end(req.method === 'HEAD' ? undefined : page.html);
      return;
    }
    if (pathname !== '/api/decisions') throw new HttpError(404, 'not found');
    if (!sameToken(req.headers[TOKEN_HEADER], token)) throw new HttpError(403, `missing or wrong ${TOKEN_HEADER} header`);

    if (req.method === 'GET') {
      sendJson(res, 200, { who: opts.who, decisions: currentDecisions(opts.report, opts.reviewsFile) });
      return;
    }
    if (req.method !== 'POST') throw new HttpError(405, 'use GET or POST', { Allow: 'GET, POST' });
    if (req.headers.origin !== `http://${host}`) throw new HttpError(403, 'cross-origin request refused');
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new HttpError(415, 'Content-Type must be application/json');
    const body = parseDecisionRequest(await readBody(req), flags);
    const flag = flags.get(body.flagId)!;
    const when = opts.now();
    await recordDecision(opts.reviewsFile, decisionFor(flag, body.decision, { who: opts.who, when, note: body.note ?? null }));
    const review: AppliedReview = { decision: body.decision, note: body.note ?? null, who: opts.who, when, stale: false };
    sendJson(res, 200, { flagId: flag.id, review });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (e instanceof HttpError) sendJson(res, e.status, { error: e.message }, e.headers);
      // a broken reviews file or a lock held too long: say so in the page, keep serving
      else sendJson(res, 500, { error: (e as Error).message });
    });
  });
  // Headers must arrive promptly; a stalled client must not hold the server open.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: HOST, port: opts.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${HOST}:${port}/`,
    token,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
