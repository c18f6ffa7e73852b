import fc from 'fast-check';
import { extractArticle } from '../../src/extract';
import { buildArticle } from '../../src/ingest/article';
import { buildReport } from '../../src/pipeline';
import { renderHtml, renderJson, validateReport } from '../../src/report';
import type { Article, Report } from '../../src/types';
import { hostileText } from './generators';

/** Text the report shows: titles, outlets, the corpus name, quotes and the sentences around claims. */
interface UserText {
  title: string;
  outlet: string;
  corpus: string;
  quoteA: string;
  quoteB: string;
}

function article(id: string, title: string, outlet: string, text: string): Article {
  return buildArticle({
    text,
    format: 'txt',
    meta: { id, file: `${id}.txt`, title, outlet, published: '2005-03-01', publishedPrecision: 'day' },
  });
}

/** Two reports of one fire that disagree on the toll and the damage, so that the report has groups and flags. */
function reportOf(u: UserText): Report {
  const body = (dead: number, damage: number, quote: string) =>
    `Warehouse fire\n\nA fire at a warehouse in Leeds killed ${dead} people on Monday, police said.\n\n` +
    `“${quote},” said the fire chief, John Walker. The damage was put at £${damage}m.`;
  const articles = [
    article('a', u.title, u.outlet, body(12, 4, u.quoteA)),
    article('b', `${u.title} (2)`, 'Other outlet', body(15, 6, u.quoteB)),
  ];
  return buildReport(u.corpus, articles, articles.map((a) => extractArticle(a))).report;
}

const userText: fc.Arbitrary<UserText> = fc.record({ title: hostileText, outlet: hostileText, corpus: hostileText, quoteA: hostileText, quoteB: hostileText });

/** Markup that user text tries to inject; the page may hold only as many of each as it holds for benign text. */
const MARKUP = [/<script\b/gi, /<img\b/gi, /<iframe\b/gi, /<style\b/gi, /<svg\s+onload/gi, /<b\s+onmouseover/gi, /<a\s+href='javascript/gi, /<!--/g];
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

const benign: UserText = { title: 'Fire', outlet: 'Daily', corpus: 'fires', quoteA: 'It spread fast', quoteB: 'It spread quickly' };

describe('reports over arbitrary user text (property)', () => {
  const baseline = renderHtml(reportOf(benign));
  const baselineReport = reportOf(benign);

  it('the scenario has flags, so that flag reasons and evidence are rendered too', () => {
    expect(baselineReport.flags.length).toBeGreaterThan(0);
    expect(validateReport(baselineReport)).toEqual([]);
  });

  it('renderHtml never lets user text become markup, and validateReport accepts the report', () => {
    fc.assert(
      fc.property(userText, (u) => {
        const report = reportOf(u);
        expect(validateReport(report)).toEqual([]);
        const html = renderHtml(report);
        for (const s of Object.values(u)) if (s.includes('<')) expect(html.includes(s)).toBe(false);
        for (const c of report.claims) if (c.text.includes('<')) expect(html.includes(c.text)).toBe(false);
        for (const f of report.flags) if (f.reason.includes('<')) expect(html.includes(f.reason)).toBe(false);
        for (const re of MARKUP) expect([re.source, count(html, re)]).toEqual([re.source, count(baseline, re)]);
      }),
      { numRuns: 60 },
    );
  });

  it('renderJson and renderHtml are byte-identical across two runs', () => {
    fc.assert(
      fc.property(userText, (u) => {
        const first = reportOf(u);
        const second = reportOf(u);
        expect(renderJson(second)).toBe(renderJson(first));
        expect(renderHtml(second)).toBe(renderHtml(first));
      }),
      { numRuns: 40 },
    );
  });
});
