import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { extractArticle } from '../../src/extract';
import { loadArticles } from '../../src/ingest';
import { buildReport } from '../../src/pipeline';
import { writeReport } from '../../src/report/write';
import { browserSuite, launchChromium } from '../helpers/browser';
import { SEEDS_DIR } from '../helpers/article';
import { makeReport } from './fixtures';

/**
 * report.html laid out in headless Chromium at a phone's width (390 px) and a desktop's (1400 px): no element
 * is wider than the viewport or sticks out of it, and no two text boxes overlap (chart labels included).
 * Screenshots of both widths go to tmp/ for a person to look at.
 */
const SHOTS = path.resolve(__dirname, '../../tmp');
const suite = browserSuite();

interface Problem {
  what: string;
  box: [number, number, number, number];
}

/** Runs in the page: elements past the viewport's edges, and overlapping text boxes. */
function measure(): { wide: Problem[]; overlaps: Array<[string, string]> } {
  const vw = document.documentElement.clientWidth;
  const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${String(e.getAttribute('class')).split(' ')[0]}` : ''} "${(e.textContent ?? '').trim().slice(0, 40)}"`;
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  };
  const wide: Problem[] = [];
  for (const e of Array.from(document.body.querySelectorAll('*'))) {
    if (!visible(e)) continue;
    const r = e.getBoundingClientRect();
    if (r.left < -1 || r.right > vw + 1) wide.push({ what: name(e), box: [r.left, r.top, r.width, r.height] });
  }
  // Text boxes: SVG text, and HTML elements that hold text themselves (not only through children).
  const texts = Array.from(document.body.querySelectorAll('*')).filter((e) => {
    if (!visible(e)) return false;
    if (e instanceof SVGTextElement) return true;
    if (e instanceof SVGElement) return false;
    return Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
  });
  // One box per line fragment of each text node: an inline element over two lines is two boxes, not their hull.
  const boxes: Array<{ e: Element; r: DOMRect }> = [];
  for (const e of texts) {
    if (e instanceof SVGTextElement) {
      boxes.push({ e, r: e.getBoundingClientRect() });
      continue;
    }
    for (const n of Array.from(e.childNodes)) {
      if (n.nodeType !== Node.TEXT_NODE || !(n.textContent ?? '').trim()) continue;
      const range = document.createRange();
      range.selectNode(n);
      for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) boxes.push({ e, r });
    }
  }
  boxes.sort((a, b) => a.r.top - b.r.top);
  const overlaps: Array<[string, string]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j]!.r.top < boxes[i]!.r.bottom; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (x > 2 && y > 2) overlaps.push([name(a.e), name(b.e)]);
    }
  }
  return { wide, overlaps };
}

suite('report.html layout at 390 px and 1400 px', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimdiff-layout-'));
    const { articles } = loadArticles([SEEDS_DIR]);
    const { report } = buildReport('corpus/seeds', articles, articles.map((a) => extractArticle(a)));
    await writeReport(report, path.join(dir, 'seeds'), ['html']);
    await writeReport(makeReport(), path.join(dir, 'fixture'), ['html']);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(path.join(dir, name, 'report.html')).href, { waitUntil: 'load' });
    return page;
  }

  const cases: Array<[string, number]> = [['seeds', 390], ['seeds', 1400], ['fixture', 390], ['fixture', 1400]];
  test.each(cases)('%s at %d px: nothing wider than the viewport, no overlapping text', async (name, width) => {
    const page = await open(name, width);
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll).toBeLessThanOrEqual(width);
    // Open every folded part too: what a reader unfolds must fit as well.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const { wide, overlaps } = await page.evaluate(measure);
    expect(wide).toEqual([]);
    expect(overlaps).toEqual([]);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.removeAttribute('open')));
    await page.screenshot({ path: path.join(SHOTS, `report-${name}-${width}.png`), fullPage: false });
    await page.close();
  }, 60_000);

  test('each story starts with its facts × outlets grid, disagreeing cells marked, outlets by name', async () => {
    const page = await open('seeds', 1400);
    const story = page.locator('section.story').first();
    const firstBlock = await story.evaluate((s) => Array.from(s.children).map((c) => c.tagName.toLowerCase() + (c.className ? `.${c.className}` : '')).slice(0, 4));
    expect(firstBlock).toEqual(['h2', 'p.explain', 'h3', 'div.facts-wrap']);
    expect(await story.locator('table.facts td.disagree').count()).toBeGreaterThan(0);
    const heads = await story.locator('table.facts thead th').allInnerTexts();
    expect(heads).toContain('Sputnik');
    expect(heads.every((t) => !/^\d{3}$/.test(t.trim()))).toBe(true);
    // coverage (omissions) is its own folded view
    expect(await story.locator('details.coverage').getAttribute('open')).toBeNull();
    expect(await story.locator('details.coverage article.flag[data-kind="omission"]').count()).toBeGreaterThan(0);
    expect(await story.locator(':scope > .flag-list article.flag[data-kind="omission"]').count()).toBe(0);
    await page.close();
  }, 60_000);
});
