import { renderHtml } from '../../src/report/html';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { reviewCommand } from '../../src/cli/review';
import { startReviewServer, type ReviewServer } from '../../src/review/server';
import { recordDecision } from '../../src/review/store';
import { collector, fixedClock, readReviews, setUpReport, type ReviewSetup } from './report-setup';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json(): Record<string, unknown>;
}

/** A raw HTTP request, so that the test controls Host and Origin exactly (as an attacker could). */
function request(url: string, method: string, opts: { headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method, headers: opts.headers, agent: false }, (res) => {
      let body = '';
      res.on('data', (b: Buffer) => (body += b.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, json: () => JSON.parse(body) }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const TOKEN = 'test-token-0123456789';

describe('review server', () => {
  let s: ReviewSetup;
  let server: ReviewServer;
  let origin: string;
  let api: string;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    request(api, 'POST', {
      headers: { 'Content-Type': 'application/json', Origin: origin, 'X-Claimdiff-Token': TOKEN, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeEach(async () => {
    s = setUpReport();
    server = await startReviewServer({ report: s.report, reviewsFile: s.reviewsFile, who: 'rev', now: fixedClock(), renderReport: renderHtml, token: TOKEN });
    origin = server.url.replace(/\/$/, '');
    api = `${origin}/api/decisions`;
  });

  afterEach(async () => {
    await server.close();
    fs.rmSync(s.dir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 only, on a port of its own choosing', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(Number(new URL(server.url).port)).toBeGreaterThan(0);
    // every other address of this machine refuses the connection
    // (127.0.0.2 is loopback too on Linux, but not the address bound; 0.0.0.0 would accept it)
    const others = Object.values(os.networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a!.address);
    if (process.platform === 'linux') others.push('127.0.0.2');
    for (const address of others) {
      await expect(request(`http://${address}:${new URL(server.url).port}/`, 'GET')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    }
  });

  test('serves the report with the review UI, allowed by a CSP header that names each inline script', async () => {
    const r = await request(server.url, 'GET');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body).not.toContain('http-equiv="Content-Security-Policy"');
    const csp = r.headers['content-security-policy'] as string;
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    // each executable inline script is allowed by its hash, and nothing else is
    const scripts = [...r.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    const allowed = /script-src ([^;]*)/.exec(csp)![1]!.split(' ');
    expect(allowed.sort()).toEqual(scripts.map((js) => `'sha256-${createHash('sha256').update(js).digest('base64')}'`).sort());
    // the per-run token and the reviewer ride in a JSON island; every flag keeps its placeholder
    const island = JSON.parse(/<script type="application\/json" id="claimdiff-review">([^<]*)<\/script>/.exec(r.body)![1]!);
    expect(island).toEqual({ token: TOKEN, who: 'rev', reviewsFile: s.reviewsFile });
    for (const f of s.report.flags) expect(r.body).toContain(`<div class="flag-actions" data-flag-id="${f.id}"></div>`);
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['cache-control']).toBe('no-store');
  });

  test('a random token per run when none is given', async () => {
    const other = await startReviewServer({ report: s.report, reviewsFile: s.reviewsFile, who: 'rev', now: fixedClock(), renderReport: renderHtml });
    const third = await startReviewServer({ report: s.report, reviewsFile: s.reviewsFile, who: 'rev', now: fixedClock(), renderReport: renderHtml });
    try {
      expect(other.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(other.token).not.toBe(third.token);
      const page = await request(other.url, 'GET');
      expect(page.body).toContain(other.token);
    } finally {
      await other.close();
      await third.close();
    }
  });

  test('POST records the decision at once and returns it; GET returns the current decisions', async () => {
    let r = await request(api, 'GET', { headers: { 'X-Claimdiff-Token': TOKEN } });
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ who: 'rev', decisions: {} });

    r = await post({ flagId: 'f-day', decision: 'dismissed', note: '  both dates are in the source  ' });
    expect(r.status).toBe(200);
    const review = { decision: 'dismissed', note: 'both dates are in the source', who: 'rev', when: '2024-05-01T09:00:00.000Z', stale: false };
    expect(r.json()).toEqual({ flagId: 'f-day', review });
    const hash = s.report.flags.find((f) => f.id === 'f-day')!.evidenceHash;
    expect(readReviews(s.reviewsFile).decisions).toEqual([
      { flagId: 'f-day', decision: 'dismissed', note: 'both dates are in the source', who: 'rev', when: '2024-05-01T09:00:00.000Z', evidenceHash: hash },
    ]);

    // a new decision replaces it; an empty note is no note
    r = await post({ flagId: 'f-day', decision: 'confirmed', note: '' });
    expect(r.json()).toEqual({ flagId: 'f-day', review: { decision: 'confirmed', note: null, who: 'rev', when: '2024-05-01T09:00:01.000Z', stale: false } });
    r = await request(api, 'GET', { headers: { 'X-Claimdiff-Token': TOKEN } });
    expect(r.json().decisions).toEqual({ 'f-day': { decision: 'confirmed', note: null, who: 'rev', when: '2024-05-01T09:00:01.000Z', stale: false } });
    expect(readReviews(s.reviewsFile).history).toHaveLength(1);
  });

  test('GET marks a decision made on other evidence as stale', async () => {
    await recordDecision(s.reviewsFile, { flagId: 'f-cost', decision: 'dismissed', who: 'old', when: '2024-01-01T00:00:00Z', evidenceHash: 'before' });
    const r = await request(api, 'GET', { headers: { 'X-Claimdiff-Token': TOKEN } });
    expect(r.json().decisions).toEqual({ 'f-cost': { decision: 'dismissed', note: null, who: 'old', when: '2024-01-01T00:00:00Z', stale: true } });
  });

  test.each([
    ['no token', { 'X-Claimdiff-Token': '' }, 403, /token/],
    ['a wrong token', { 'X-Claimdiff-Token': 'test-token-0123456780' }, 403, /token/],
    ['a token of another length', { 'X-Claimdiff-Token': `${TOKEN}x` }, 403, /token/],
    ['another origin', { Origin: 'http://evil.example' }, 403, /cross-origin/],
    ['a null origin (sandboxed frame, file page)', { Origin: 'null' }, 403, /cross-origin/],
    ['no origin', { Origin: '' }, 403, /cross-origin/],
    ['a DNS-rebound host name', { Host: 'evil.example' }, 403, /Host/],
    ['a text/plain body (a simple cross-site form post)', { 'Content-Type': 'text/plain' }, 415, /application\/json/],
  ])('refuses a POST with %s, and writes nothing', async (_, headers, status, message) => {
    const h: Record<string, string> = { ...headers };
    if (h.Host === 'evil.example') h.Host = `evil.example:${new URL(server.url).port}`;
    const r = await request(api, 'POST', {
      headers: Object.fromEntries(Object.entries({ 'Content-Type': 'application/json', Origin: origin, 'X-Claimdiff-Token': TOKEN, ...h }).filter(([, v]) => v !== '')),
      body: JSON.stringify({ flagId: 'f-cost', decision: 'dismissed' }),
    });
    expect(r.status).toBe(status);
    expect(r.json().error).toMatch(message);
    expect(fs.existsSync(s.reviewsFile)).toBe(false);
  });

  test('the same POST with the right headers passes (the refusals above are about the headers)', async () => {
    const r = await post({ flagId: 'f-cost', decision: 'dismissed' });
    expect(r.status).toBe(200);
    // localhost names this server too
    const port = new URL(server.url).port;
    const r2 = await post({ flagId: 'f-day', decision: 'dismissed' }, { Host: `localhost:${port}`, Origin: `http://localhost:${port}` });
    expect(r2.status).toBe(200);
    expect(readReviews(s.reviewsFile).decisions.map((d) => d.flagId)).toEqual(['f-cost', 'f-day']);
  });

  test.each([
    ['not JSON', '{"flagId": "f-cost",', /not JSON/],
    ['an array', '[]', /JSON object/],
    ['a string', '"f-cost"', /JSON object/],
    ['null', 'null', /JSON object/],
    ['an unknown field', { flagId: 'f-cost', decision: 'dismissed', who: 'mallory' }, /unknown field "who"/],
    ['no flagId', { decision: 'dismissed' }, /flagId/],
    ['a numeric flagId', { flagId: 7, decision: 'dismissed' }, /flagId/],
    ['a flag not in the report', { flagId: 'f-nowhere', decision: 'dismissed' }, /no flag "f-nowhere"/],
    ['no decision', { flagId: 'f-cost' }, /decision must be one of confirmed, dismissed, needs-work/],
    ['an unknown decision', { flagId: 'f-cost', decision: 'approved' }, /decision must be one of/],
    ['a note that is not text', { flagId: 'f-cost', decision: 'dismissed', note: 42 }, /note must be a string/],
    ['a note too long', { flagId: 'f-cost', decision: 'dismissed', note: 'x'.repeat(2001) }, /note longer than 2000/],
  ])('a body with %s is a 400 with a JSON error, and nothing is written', async (_, body, message) => {
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json().error).toMatch(message);
    expect(fs.existsSync(s.reviewsFile)).toBe(false);
  });

  test('a body over the size limit is refused', async () => {
    const r = await post({ flagId: 'f-cost', decision: 'dismissed', note: 'x'.repeat(70 * 1024) });
    expect(r.status).toBe(413);
    expect(fs.existsSync(s.reviewsFile)).toBe(false);
  });

  test('other paths and methods', async () => {
    expect((await request(`${origin}/report.json`, 'GET')).status).toBe(404);
    expect((await request(`${origin}/../etc/passwd`, 'GET')).status).toBe(404);
    const put = await request(api, 'PUT', { headers: { 'X-Claimdiff-Token': TOKEN } });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, POST');
    expect((await request(server.url, 'POST')).status).toBe(405);
    expect((await request(server.url, 'GET', { headers: { Host: 'attacker.test' } })).status).toBe(403);
    expect((await request(api, 'GET')).status).toBe(403); // decisions need the token too
  });

  test('a broken reviews file is a 500 with its problem, and is left as it was', async () => {
    fs.mkdirSync(path.dirname(s.reviewsFile), { recursive: true });
    fs.writeFileSync(s.reviewsFile, 'not json');
    const r = await post({ flagId: 'f-cost', decision: 'dismissed' });
    expect(r.status).toBe(500);
    expect(r.json().error).toMatch(/reviews\.json: not valid JSON/);
    expect(fs.readFileSync(s.reviewsFile, 'utf8')).toBe('not json');
  });

  test('close() stops the server, kept-alive connections included', async () => {
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve) => http.get(server.url, { agent }, (res) => res.resume().on('end', () => resolve())));
    await server.close();
    await expect(request(server.url, 'GET')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    agent.destroy();
  });
});

describe('reviewCommand --serve', () => {
  test('prints the URL, serves until aborted, then resolves 0', async () => {
    const s = setUpReport();
    const output = collector();
    const abort = new AbortController();
    const done = reviewCommand(s.reportFile, { serve: true, who: 'rev', output, signal: abort.signal });
    for (let i = 0; i < 300 && !/http:\/\/127\.0\.0\.1:\d+\//.test(output.text()); i++) await new Promise((r) => setTimeout(r, 10));
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output.text())![0];
    expect(output.text()).toContain(`Decisions go to ${s.reviewsFile} as rev. Press Ctrl-C to stop.`);
    expect(output.text()).toContain('(8 flags, 8 open)');
    expect((await request(url, 'GET')).status).toBe(200);
    abort.abort();
    await expect(done).resolves.toBe(0);
    await expect(request(url, 'GET')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    fs.rmSync(s.dir, { recursive: true, force: true });
  });

  test('a port in use or out of range is a usage error', async () => {
    const s = setUpReport();
    const busy = await startReviewServer({ report: s.report, reviewsFile: s.reviewsFile, who: 'x', now: fixedClock(), renderReport: renderHtml });
    try {
      const port = Number(new URL(busy.url).port);
      await expect(reviewCommand(s.reportFile, { serve: true, port, who: 'rev', output: collector() })).rejects.toMatchObject({ name: 'UsageError', message: `--port ${port}: already in use` });
      await expect(reviewCommand(s.reportFile, { serve: true, port: 70000, who: 'rev', output: collector() })).rejects.toMatchObject({ name: 'UsageError' });
      await expect(reviewCommand(s.reportFile, { serve: true, port: 1.5, who: 'rev', output: collector() })).rejects.toMatchObject({ name: 'UsageError' });
    } finally {
      await busy.close();
      fs.rmSync(s.dir, { recursive: true, force: true });
    }
  });

  test.each(['SIGTERM', 'SIGINT'] as const)('a real process stops cleanly on %s (exit 0)', async (signal) => {
    const s = setUpReport();
    const child = spawn(process.execPath, [path.join(__dirname, 'fixtures/serve-child.js'), s.reportFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('exit', () => reject(new Error(`child exited early: ${err}`)));
    });
    expect((await request(url, 'GET')).status).toBe(200);
    child.kill(signal);
    await expect(exited).resolves.toBe(0);
    expect(out).toContain(`Review server stopped (${signal}).`);
    expect(err).toBe('');
    fs.rmSync(s.dir, { recursive: true, force: true });
  });
});
