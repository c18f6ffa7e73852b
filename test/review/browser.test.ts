import { renderHtml } from '../../src/report/html';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserSuite, launchChromium } from '../helpers/browser';
import { startReviewServer, type ReviewServer } from '../../src/review/server';
import { recordDecision } from '../../src/review/store';
import { HOSTILE } from '../report/fixtures';
import { fixedClock, readReviews, setUpReport, type ReviewSetup } from './report-setup';

/**
 * The web review in a real browser (Debian's chromium, headless): buttons on every flag, a click records the
 * decision on disk, a reload shows it, the page's CSP lets the review script run and reach its own server
 * only, and a page of another origin cannot record anything. CI installs chromium, so there a missing
 * browser fails the suite; elsewhere, without it and without CI set, the suite is skipped with a message.
 */
const SCREENSHOT = path.resolve(__dirname, '../../tmp/review.png');
const suite = browserSuite();

interface Visit {
  page: Page;
  requests: string[];
  problems: string[];
  dialogs: string[];
}

suite('claimdiff review --serve in headless Chromium', () => {
  let browser: Browser;
  let s: ReviewSetup;
  let server: ReviewServer;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    s = setUpReport();
    server = await startReviewServer({ report: s.report, reviewsFile: s.reviewsFile, who: 'rev', now: fixedClock(), renderReport: renderHtml });
  });

  afterEach(async () => {
    await server.close();
    fs.rmSync(s.dir, { recursive: true, force: true });
  });

  async function visit(url: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const v: Visit = { page, requests: [], problems: [], dialogs: [] };
    page.on('request', (r) => v.requests.push(`${r.method()} ${r.url()}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') v.problems.push(m.text()); });
    page.on('pageerror', (e) => v.problems.push(e.message));
    page.on('dialog', (d) => { v.dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(url, { waitUntil: 'load' });
    return v;
  }

  async function ready(page: Page): Promise<void> {
    await page.locator('body[data-review-ready="true"]').waitFor({ timeout: 10_000 });
  }

  const flagSel = (id: string) => `article.flag[data-flag-id="${id}"]`;

  test('click Dismiss, reload: the decision is kept, shown struck through, and on disk', async () => {
    const staleHash = 'evidence-seen-earlier';
    await recordDecision(s.reviewsFile, { flagId: 'f-day', decision: 'dismissed', who: 'old', when: '2024-01-02T03:04:05.000Z', evidenceHash: staleHash });
    const v = await visit(server.url);
    const { page } = v;
    await ready(page);

    // every flag has the three buttons and a note field; undecided ones say so; the stale one asks anew
    for (const f of s.report.flags) {
      const actions = page.locator(`${flagSel(f.id)} .flag-actions`);
      await expect(actions.locator('button').allInnerTexts()).resolves.toEqual(['Confirm', 'Dismiss', 'Needs work']);
      await expect(actions.locator('input.note').isVisible()).resolves.toBe(true);
    }
    await expect(page.locator(`${flagSel('f-cost')} .status`).innerText()).resolves.toBe('Not reviewed yet');
    await expect(page.locator(flagSel('f-day')).getAttribute('data-review')).resolves.toBe('stale');
    await expect(page.locator(`${flagSel('f-day')} .status`).innerText()).resolves
      .toBe('Was dismissed by old (2024-01-02 03:04 UTC); the evidence has changed since, so it needs a new decision');
    await expect(page.locator('.review-banner').innerText()).resolves.toContain('8 of 8 flags without a decision, 8 open');

    // a note, then Dismiss
    await page.locator(`${flagSel('f-cost')} input.note`).fill('Both figures appear in the filings');
    await page.locator(`${flagSel('f-cost')} button`, { hasText: 'Dismiss' }).click();
    await page.locator(`${flagSel('f-cost')}[data-review=\"dismissed\"]`).waitFor({ timeout: 5000 });
    await expect(page.locator(`${flagSel('f-cost')} .status`).innerText()).resolves.toBe('Dismissed by rev (2024-05-01 09:00 UTC)');
    // Needs work on another flag, then changed to Confirm
    await page.locator(`${flagSel('f-quote')} button`, { hasText: 'Needs work' }).click();
    await page.locator(`${flagSel('f-quote')}[data-review=\"needs-work\"]`).waitFor({ timeout: 5000 });
    await page.locator(`${flagSel('f-quote')} button`, { hasText: 'Confirm' }).click();
    await page.locator(`${flagSel('f-quote')}[data-review=\"confirmed\"]`).waitFor({ timeout: 5000 });

    const hashOf = (id: string) => s.report.flags.find((f) => f.id === id)!.evidenceHash;
    const onDisk = readReviews(s.reviewsFile);
    expect(onDisk.decisions).toEqual([
      { flagId: 'f-cost', decision: 'dismissed', note: 'Both figures appear in the filings', who: 'rev', when: '2024-05-01T09:00:01.000Z', evidenceHash: hashOf('f-cost') },
      { flagId: 'f-day', decision: 'dismissed', who: 'old', when: '2024-01-02T03:04:05.000Z', evidenceHash: staleHash },
      { flagId: 'f-quote', decision: 'confirmed', who: 'rev', when: '2024-05-01T09:00:03.000Z', evidenceHash: hashOf('f-quote') },
    ]);
    // the note was saved as typed (on leaving the field), before the decision
    expect(onDisk.history).toEqual([
      expect.objectContaining({ flagId: 'f-cost', decision: null, note: 'Both figures appear in the filings' }),
      expect.objectContaining({ flagId: 'f-quote', decision: 'needs-work' }),
    ]);

    // reload: the page asks the server and shows the same state
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    const cost = page.locator(flagSel('f-cost'));
    await expect(cost.getAttribute('data-review')).resolves.toBe('dismissed');
    await expect(cost.getAttribute('class')).resolves.toContain('decided-dismissed');
    await expect(cost.locator('input.note').inputValue()).resolves.toBe('Both figures appear in the filings');
    await expect(cost.locator('button[aria-pressed="true"]').innerText()).resolves.toBe('Dismiss');
    await expect(cost.locator('p.reason').evaluate((e) => getComputedStyle(e).textDecorationLine)).resolves.toBe('line-through');
    await expect(cost.locator('p.reason').evaluate((e) => Number(getComputedStyle(e).opacity))).resolves.toBeLessThan(1);
    // the buttons of a decided flag stay fully visible, so the decision can be changed
    await expect(cost.locator('.flag-actions').evaluate((e) => getComputedStyle(e).opacity)).resolves.toBe('1');
    await expect(page.locator(flagSel('f-quote')).getAttribute('data-review')).resolves.toBe('confirmed');
    await expect(page.locator(`${flagSel('f-quote')} p.reason`).evaluate((e) => getComputedStyle(e).textDecorationLine)).resolves.toBe('none');
    await expect(page.locator(flagSel('f-attr')).getAttribute('data-review')).resolves.toBe('none');
    await expect(page.locator('.review-banner').innerText()).resolves.toContain('6 of 8 flags without a decision, 7 open');

    // a note alone (no decision) survives a reload; the filter shows flags by review state
    await page.locator(`${flagSel('f-attr')} input.note`).fill('asked the desk');
    await page.locator(`${flagSel('f-attr')} input.note`).blur();
    await page.locator(`${flagSel('f-attr')}[data-review="noted"]`).waitFor({ timeout: 5000 });
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await expect(page.locator(`${flagSel('f-attr')} input.note`).inputValue()).resolves.toBe('asked the desk');
    await page.locator('select.review-filter').selectOption('dismissed');
    await expect(page.locator('.flag:not([hidden])[data-review]').count()).resolves.toBe(1);
    await page.locator('select.review-filter').selectOption('all');

    // the CSP let both scripts run and the review script reach its own server, and nothing else was asked for
    expect(v.problems).toEqual([]);
    expect(v.dialogs).toEqual([]);
    const origin = server.url.replace(/\/$/, '');
    expect([...new Set(v.requests)].sort()).toEqual([`GET ${origin}/`, `GET ${origin}/api/decisions`, `POST ${origin}/api/decisions`]);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    // links to a flag (#f-cost) and scrolling leave it below the sticky banner, not under it
    await page.goto(`${server.url}#f-cost`, { waitUntil: 'load' });
    await ready(page);
    const [bannerBottom, flagTop] = await page.evaluate(() => [
      document.querySelector('.review-banner')!.getBoundingClientRect().bottom,
      document.getElementById('f-cost')!.getBoundingClientRect().top,
    ]);
    expect(flagTop).toBeGreaterThanOrEqual(bannerBottom);
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    await page.close();
  });

  test('a page of another origin cannot record a decision', async () => {
    // the "attacker": another local server, another port, so another origin; it knows the API's address
    const evil = http.createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!doctype html><title>evil</title><form method="post" enctype="text/plain"><input name="x"></form>');
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    try {
      const v = await visit(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
      const api = `${server.url}api/decisions`;
      const body = JSON.stringify({ flagId: 'f-cost', decision: 'dismissed' });
      const outcomes = await v.page.evaluate(async ({ api, body }) => {
        const tries: Array<() => Promise<unknown>> = [
          // a proper JSON request: needs a CORS preflight, which the server never grants
          () => fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Claimdiff-Token': 'guess' }, body }),
          // a "simple" request that needs no preflight: sent, but refused (wrong origin, not JSON, no token); its
          // opaque answer is then blocked too (Cross-Origin-Resource-Policy: same-origin)
          () => fetch(api, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }),
          // reading the decisions (and so the page's token) across origins
          () => fetch(api).then((r) => r.text()),
          () => fetch(api.replace(/api\/decisions$/, '')).then((r) => r.text()),
        ];
        const out: string[] = [];
        for (const t of tries) out.push(await t().then((r) => (r instanceof Response ? `response ${r.type} ${r.status}` : `read ${String(r).slice(0, 20)}`), (e: Error) => `error ${e.name}`));
        return out;
      }, { api, body });
      expect(outcomes).toEqual(['error TypeError', 'error TypeError', 'error TypeError', 'error TypeError']);
      // a cross-site form post: the browser navigates, the server refuses
      await v.page.evaluate((api) => {
        const form = document.querySelector('form')!;
        form.action = api;
        form.submit();
      }, api);
      await v.page.waitForLoadState('load');
      // (a form cannot send the token header, so that refusal comes first)
      await expect(v.page.locator('body').innerText()).resolves.toBe('{"error":"missing or wrong x-claimdiff-token header"}');
      expect(fs.existsSync(s.reviewsFile)).toBe(false);
      await v.page.close();
    } finally {
      await new Promise((resolve) => evil.close(resolve));
    }
  });

  test('hostile report text and reviewer name stay text in the served page', async () => {
    await server.close();
    fs.rmSync(s.dir, { recursive: true, force: true });
    s = setUpReport(HOSTILE);
    server = await startReviewServer({ report: s.report, reviewsFile: s.reviewsFile, who: `rev${HOSTILE}`, now: fixedClock(), renderReport: renderHtml });
    const v = await visit(server.url);
    await ready(v.page);
    await v.page.locator(`${flagSel('f-cost')} button`, { hasText: 'Dismiss' }).click();
    await v.page.locator(`${flagSel('f-cost')}[data-review=\"dismissed\"]`).waitFor({ timeout: 5000 });
    await expect(v.page.locator(`${flagSel('f-cost')} .status`).innerText()).resolves.toContain(`by rev${HOSTILE}`);
    await expect(v.page.locator('.review-banner').innerText()).resolves.toContain(`as rev${HOSTILE}`);
    await v.page.waitForTimeout(200);
    expect(v.dialogs).toEqual([]);
    await expect(v.page.locator('img').count()).resolves.toBe(0);
    expect(v.problems).toEqual([]);
    expect(readReviews(s.reviewsFile).decisions).toEqual([expect.objectContaining({ flagId: 'f-cost', who: `rev${HOSTILE}` })]);
    await v.page.close();
  });
});
