import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { renderHtml } from '../../src/report/html';
import { articleNames, withNames } from '../../src/report/view-model';
import { REPORT_JS } from '../../src/report/html-script';
import type { Report } from '../../src/types';
import { HOSTILE, makeReport } from './fixtures';

/** Parsed without running scripts: we look at what the markup is, not what it does. */
function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('renderHtml structure', () => {
  const report = makeReport();
  const html = renderHtml(report);
  const doc = parse(html);

  test('header counts', () => {
    const counts = [...doc.querySelectorAll('ul.counts li')].map((li) => li.textContent);
    expect(counts).toEqual(['3 articles', '2 stories', '21 claims', '7 groups', '3 errors', '2 warnings', '3 info', '1 omission']);
    expect(doc.title).toBe('claimdiff report: harbor');
  });

  test('every flag carries its id, kind, severity, reason, evidence and a review placeholder', () => {
    const flags = [...doc.querySelectorAll('article.flag')];
    expect(flags.map((f) => f.id)).toEqual(['f-cost', 'f-day', 'f-quote', 'f-attr', 'f-framing', 'f-cargo', 'f-jobs', 'f-review']);
    for (const f of report.flags) {
      const el = doc.getElementById(f.id)!;
      expect(el.getAttribute('data-flag-id')).toBe(f.id);
      expect(el.getAttribute('data-kind')).toBe(f.kind);
      expect(el.getAttribute('data-severity')).toBe(f.severity);
      expect(el.querySelector('p.reason')!.textContent).toBe(withNames(f.reason, articleNames(report)));
      expect(el.querySelectorAll('ul.evidence li')).toHaveLength(f.evidence.length);
      const actions = el.querySelectorAll('div.flag-actions');
      expect(actions).toHaveLength(1);
      expect(actions[0]!.getAttribute('data-flag-id')).toBe(f.id);
    }
  });

  test('evidence sentences mark the claim span', () => {
    const items = [...doc.getElementById('f-cost')!.querySelectorAll('ul.evidence li')];
    expect(items.map((li) => li.querySelector('mark')!.textContent)).toEqual(['$2.4 billion', '$2.1 billion']);
    expect(items[0]!.querySelector('.sentence')!.textContent).toBe('The port authority approved a $2.4 billion harbor expansion on Monday, officials said.');
    expect(items[0]!.querySelector('.source')!.textContent).toBe('Northern Wire · 2024-03-12');
    expect(doc.querySelector('#f-framing mark')!.textContent).toBe('expansion');
  });

  test('flags link to their group; groups and omissions carry their ids', () => {
    expect(doc.querySelector('#f-cost a.group-link')!.getAttribute('href')).toBe('#g-cost');
    for (const g of report.groups) {
      const row = doc.getElementById(g.id)!;
      expect(row.getAttribute('data-group-id')).toBe(g.id);
      expect(row.querySelector('.badge.verdict')!.textContent).toBe(g.verdict.replace(/-/g, ' '));
    }
    expect(doc.querySelector('details.coverage')!.textContent).toContain('environmental review');
  });

  test('filters: one box per severity and per kind present, hidden until the script shows them', () => {
    const form = doc.querySelector('form.filters')!;
    expect(form.hasAttribute('hidden')).toBe(true);
    expect([...form.querySelectorAll('input[name=severity]')].map((i) => i.getAttribute('value'))).toEqual(['error', 'warning', 'info']);
    expect(form.querySelectorAll('input[name=kind]')).toHaveLength(new Set(report.flags.map((f) => f.kind)).size);
  });

  test('three charts, inline SVG', () => {
    expect([...doc.querySelectorAll('svg.chart')].map((s) => s.getAttribute('class'))).toEqual([
      'chart framing-grid', 'chart timeline', 'chart agreement-matrix',
    ]);
  });

  test('self-contained: nothing refers outside the page', () => {
    for (const el of doc.querySelectorAll('[src]')) throw new Error(`src attribute on <${el.tagName}>`);
    for (const el of doc.querySelectorAll('[href]')) expect(el.getAttribute('href')).toMatch(/^(#|data:)/);
    expect(doc.querySelectorAll('link[rel=stylesheet], iframe, object, embed, img')).toHaveLength(0);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
  });

  test('the Content-Security-Policy allows exactly the page\'s own script and no fetch', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const scripts = [...doc.querySelectorAll('script:not([type])')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.textContent).toBe(REPORT_JS);
    const hash = createHash('sha256').update(scripts[0]!.textContent!).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toContain("default-src 'none'");
  });

  test('a report with nothing to show still renders each section', () => {
    const empty: Report = { ...report, flags: [], groups: [], framing: [], omissions: [], notices: [], claims: [] };
    const d = parse(renderHtml(empty));
    expect(d.querySelectorAll('article.flag')).toHaveLength(0);
    expect(d.querySelector('#section-flags .empty')!.textContent).toMatch(/No flags/);
    expect(d.querySelectorAll('svg.chart')).toHaveLength(0);
    expect(d.querySelectorAll('#section-timeline .empty, #section-framing .empty, #section-agreement .empty')).toHaveLength(3);
  });

  test('the same report gives the same page', () => {
    expect(renderHtml(makeReport())).toBe(html);
  });
});

describe('renderHtml escaping', () => {
  const report = makeReport(HOSTILE);
  const html = renderHtml(report);
  const doc = parse(html);

  test('no markup from article text reaches the page', () => {
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/"><img/);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    // exactly our two script elements: the data island and the page script
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual(['application/json', null]);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/);
    }
  });

  test('the hostile words are shown as text, not dropped', () => {
    expect(doc.querySelector('h1')!.textContent).toBe(`claimdiff report: harbor${HOSTILE}`);
    expect(doc.querySelector('#f-cost p.reason')!.textContent).toBe(report.flags[0]!.reason);
    const quoteMark = doc.querySelector('#f-quote ul.evidence li mark')!;
    expect(quoteMark.textContent).toBe(report.claims.find((c) => c.id === 'c-a-quote')!.text);
    expect(doc.querySelector('tr[data-article-id="a01"]')!.textContent).toContain(`Port Authority Approves Harbor Expansion${HOSTILE}`);
    expect(doc.querySelector('tr[data-article-id="b02"]')!.textContent).toContain(`Daily Ledger${HOSTILE}`);
  });

  test('inside the SVG charts too', () => {
    for (const svg of doc.querySelectorAll('svg.chart')) expect(svg.querySelector('script, img, foreignObject')).toBeNull();
    const framingTexts = [...doc.querySelectorAll('svg.framing-grid title')].map((t) => t.textContent).join('\n');
    expect(framingTexts).toContain(`plan${HOSTILE}`);
  });

  test('the JSON island cannot be closed by text inside it and parses back to the same values', () => {
    const island = doc.getElementById('claimdiff-data')!;
    const raw = html.slice(html.indexOf('<script type="application/json"'), html.indexOf('</script>', html.indexOf('id="claimdiff-data"')));
    expect(raw.slice(raw.indexOf('>') + 1)).not.toMatch(/[<>]/);
    const data = JSON.parse(island.textContent!);
    expect(data.corpus).toBe(`harbor${HOSTILE}`);
    expect(data.flags.map((f: { id: string }) => f.id)).toEqual(report.flags.map((f) => f.id));
  });

  test('ids from the data are escaped in attributes', () => {
    const r = makeReport();
    r.flags[0]!.id = 'f-"><u class="pwned">x</u>';
    const d = parse(renderHtml(r));
    expect(d.querySelectorAll('.pwned')).toHaveLength(0);
    expect(d.querySelector('article.flag')!.getAttribute('data-flag-id')).toBe('f-"><u class="pwned">x</u>');
  });
});
