import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { browserSuite, launchChromium } from '../helpers/browser';
import { writeReport } from '../../src/report/write';
import { HOSTILE, makeReport } from './fixtures';
import { articleNames, withNames } from '../../src/report/view-model';

/**
 * report.html in a real browser (Debian's chromium, headless): the flags show with their reasons, the
 * filters work, nothing is fetched, no hostile text runs. CI installs chromium, so there a missing browser
 * fails the test; on a machine without it and without CI set, the suite is skipped with a message.
 */
const SCREENSHOT = path.resolve(__dirname, '../../tmp/report.png');
const suite = browserSuite();

interface Visit {
  page: Page;
  url: string;
  requests: string[];
  problems: string[];
  dialogs: string[];
}

suite('report.html in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-browser-'));
    await writeReport(makeReport(), path.join(dir, 'plain'), ['html']);
    await writeReport(makeReport(HOSTILE), path.join(dir, 'hostile'), ['html']);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function visit(name: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const url = pathToFileURL(path.join(dir, name, 'report.html')).href;
    const v: Visit = { page, url, requests: [], problems: [], dialogs: [] };
    page.on('request', (r) => v.requests.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') v.problems.push(m.text()); });
    page.on('pageerror', (e) => v.problems.push(e.message));
    page.on('dialog', (d) => { v.dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(url, { waitUntil: 'load' });
    return v;
  }

  test('flags are visible with their reasons; filters hide and show them; nothing leaves the page', async () => {
    const report = makeReport();
    const v = await visit('plain');
    const { page } = v;

    // errors and warnings show at once; notes and coverage are folded until opened
    await expect(page.locator('article.flag.sev-error').first().isVisible()).resolves.toBe(true);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    for (const f of report.flags) {
      const flag = page.locator(`article.flag[data-flag-id="${f.id}"]`);
      await expect(flag.isVisible()).resolves.toBe(true);
      await expect(flag.locator('p.reason').innerText()).resolves.toBe(withNames(f.reason, articleNames(report)));
      await expect(flag.locator('mark').first().isVisible()).resolves.toBe(true);
    }
    // the script showed the filters; unticking "info" hides the info flags only
    await expect(page.locator('form.filters').isVisible()).resolves.toBe(true);
    await expect(page.locator('form.filters output').innerText()).resolves.toBe('showing 8 of 8 flags');
    await page.locator('input[name=severity][value=info]').uncheck();
    const info = report.flags.filter((f) => f.severity === 'info');
    for (const f of info) await expect(page.locator(`article.flag[data-flag-id="${f.id}"]`).isVisible()).resolves.toBe(false);
    await expect(page.locator('article.flag[data-flag-id="f-cost"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('form.filters output').innerText()).resolves.toBe(`showing ${8 - info.length} of 8 flags`);
    await page.locator('input[name=kind][value=value-conflict]').uncheck();
    await expect(page.locator('article.flag[data-flag-id="f-cost"]').isVisible()).resolves.toBe(false);
    await page.locator('input[name=severity][value=info]').check();
    await page.locator('input[name=kind][value=value-conflict]').check();
    await expect(page.locator('article.flag:visible').count()).resolves.toBe(8);

    // the charts are drawn with a real size
    for (const cls of ['framing-grid', 'timeline', 'agreement-matrix']) {
      const box = await page.locator(`svg.${cls}`).boundingBox();
      expect(box && box.width > 200 && box.height > 50).toBe(true);
    }

    expect(v.requests.filter((u) => u !== v.url && !u.startsWith('data:'))).toEqual([]);
    expect(v.problems).toEqual([]);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  });

  test('hostile article text is shown as text and never runs', async () => {
    const v = await visit('hostile');
    const { page } = v;
    await page.waitForTimeout(300);
    expect(v.dialogs).toEqual([]);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('h1').innerText()).resolves.toContain('<script>alert(1)</script>');
    await expect(page.locator('article.flag[data-flag-id="f-cost"] p.reason').innerText()).resolves.toContain('onerror=alert(1)');
    // the data island still parses in the page
    const corpus = await page.evaluate(() => JSON.parse(document.getElementById('claimdiff-data')!.textContent!).corpus);
    expect(corpus).toBe(`harbor${HOSTILE}`);
    expect(v.requests.filter((u) => u !== v.url && !u.startsWith('data:'))).toEqual([]);
    expect(v.problems).toEqual([]);
    await page.close();
  });
});
