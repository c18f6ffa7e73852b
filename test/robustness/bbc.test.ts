import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractArticle } from '../../src/extract';
import { listArticleFiles, loadArticles } from '../../src/ingest';
import { buildArticle } from '../../src/ingest/article';
import { buildReport } from '../../src/pipeline';
import { validateExtraction, validateReport } from '../../src/report';
import type { Article, ClaimKind, DateClaim, ExtractedArticle, Report } from '../../src/types';
import { SHARED } from '../helpers/article';

/**
 * Real-corpus robustness: a fixed, spread-out sample of the BBC News corpus (2004–2005, five categories, no
 * publication dates) through ingest, extraction and the whole report. The corpus is read in place, never copied.
 */

const BBC = path.join(SHARED, 'corpora/bbc-news');
const SAMPLE_SIZE = 120;
const REPORT_SIZE = 60;

/** Every n-th file of the sorted listing: all five categories, the same files on every machine. */
function spreadSample(files: string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => files[Math.floor((i * files.length) / n)]!);
}

const categoryOf = (a: { id: string }) => a.id.replace(/-\d+$/, '');

/** The same article read from other text (as if the file held it). */
function loadedWith(a: Article, text: string): Article {
  return buildArticle({ text, format: a.format, meta: { id: a.id, file: a.file, title: null, outlet: a.outlet, published: a.published, publishedPrecision: a.publishedPrecision } });
}

/** With the publication date, as `--published` or a manifest would give it. */
function withPublished(a: Article, published: string): Article {
  return { ...a, published, publishedPrecision: 'day' };
}

describe('bbc-news sample: ingest and extraction', () => {
  let articles: Article[] = [];
  let extracted: ExtractedArticle[] = [];

  beforeAll(() => {
    if (!fs.existsSync(BBC)) {
      throw new Error(`The BBC News corpus is missing at ${BBC} (CI has ../shared/corpora/bbc-news); these tests need it.`);
    }
    const files = spreadSample(listArticleFiles(BBC), SAMPLE_SIZE).map((f) => path.join(BBC, f));
    const loaded = loadArticles(files);
    expect(loaded.skipped.map((e) => e.message)).toEqual([]);
    articles = loaded.articles;
    extracted = articles.map((a) => extractArticle(a));
  });

  it(`reads ${SAMPLE_SIZE} articles from all five categories, without a publication date`, () => {
    expect(articles).toHaveLength(SAMPLE_SIZE);
    expect([...new Set(articles.map(categoryOf))].sort()).toEqual(['business', 'entertainment', 'politics', 'sport', 'tech']);
    expect(articles.every((a) => a.published === null)).toBe(true);
  });

  it('every claim span slices to its text, inside its sentence, and the output is schema-valid', () => {
    const problems: string[] = [];
    extracted.forEach((out, i) => {
      const text = articles[i]!.text;
      for (const c of out.claims) {
        if (text.slice(c.span.start, c.span.end) !== c.text) problems.push(`${out.id} ${c.id}: span does not slice to "${c.text}"`);
        if (c.sentence.start > c.span.start || c.sentence.end < c.span.end) problems.push(`${out.id} ${c.id}: span outside its sentence`);
        if (text.slice(c.sentence.start, c.sentence.end) !== c.sentence.text) problems.push(`${out.id} ${c.id}: sentence text does not slice`);
      }
      const ids = out.claims.map((c) => c.id);
      if (new Set(ids).size !== ids.length) problems.push(`${out.id}: duplicate claim ids`);
    });
    expect(problems).toEqual([]);
    expect(validateExtraction({ articles: extracted })).toEqual([]);
  });

  it('no claim is taken from page chrome', () => {
    const inChrome = extracted.flatMap((out, i) =>
      out.claims
        .filter((c) => articles[i]!.chrome.some((ch) => c.span.start < ch.end && ch.start < c.span.end))
        .map((c) => `${out.id}: ${c.text}`),
    );
    expect(inChrome).toEqual([]);
  });

  it('no claim is taken from furniture added after real articles, and the body claims stay as they were', () => {
    const footer =
      '\n\nRelated Stories\n\nShares in Example Corp rose 12% on Monday\nOil hits $60 a barrel for the first time since March 2005' +
      '\n\nSign up for our newsletter\n\n© 2005 Example Media Group, All rights reserved.';
    const problems: string[] = [];
    articles.forEach((a, i) => {
      if (i % 4 !== 0) return;
      const body = a.text.replace(/\s+$/, '');
      const padded = loadedWith(a, body + footer);
      const covered = padded.chrome.some((c) => c.start <= body.length + 2 && c.end === padded.text.length);
      if (!covered) problems.push(`${a.id}: the footer is not marked as chrome`);
      const out = extractArticle(padded);
      for (const c of out.claims) if (c.span.end > body.length) problems.push(`${a.id}: claim "${c.text}" taken from the footer`);
      const keep = (e: ExtractedArticle) => e.claims.map((c) => `${c.id} ${c.span.start}-${c.span.end}`);
      if (keep(out).join() !== keep(extracted[i]!).join()) problems.push(`${a.id}: the body claims changed`);
    });
    expect(problems).toEqual([]);
  });

  it('extraction time grows about linearly with article length (no quadratic pass over real text)', () => {
    const longest = [...articles].sort((x, y) => y.text.length - x.text.length)[0]!;
    const body = longest.text.slice(longest.headline?.end ?? 0).trim();
    const timed = (copies: number) => {
      const a = loadedWith(longest, `${longest.title}\n\n${Array(copies).fill(body).join('\n\n')}`);
      const t0 = process.hrtime.bigint();
      const out = extractArticle(a);
      return { ms: Number(process.hrtime.bigint() - t0) / 1e6, claims: out.claims.length };
    };
    timed(1); // warm up
    const two = timed(2);
    const eight = timed(8);
    console.log(`scaling: ${body.length * 2} chars in ${two.ms.toFixed(0)} ms, ${body.length * 8} chars in ${eight.ms.toFixed(0)} ms`);
    // (Not exactly four times the claims: a repeated paragraph can count as editing debris.)
    expect(eight.claims).toBeGreaterThan(two.claims * 3.5);
    // Four times the text: about four times the time when linear, sixteen when quadratic.
    expect(eight.ms / two.ms).toBeLessThan(9);
  });

  it('finds a plausible number of claims of every kind', () => {
    const perKind: Record<ClaimKind, number> = { quantity: 0, date: 0, quote: 0 };
    for (const out of extracted) for (const c of out.claims) perKind[c.kind] += 1;
    const withAny = extracted.filter((e) => e.claims.length > 0).length;
    console.log(`bbc sample: ${JSON.stringify(perKind)} claims; ${withAny}/${extracted.length} articles with at least one`);
    // BBC stories are rich in figures, dates and quotations: on average well over one of each per article.
    expect(perKind.quantity).toBeGreaterThan(SAMPLE_SIZE);
    expect(perKind.date).toBeGreaterThan(SAMPLE_SIZE);
    expect(perKind.quote).toBeGreaterThan(SAMPLE_SIZE);
    expect(withAny).toBeGreaterThan(SAMPLE_SIZE * 0.9);
    // ... but not every word: a claim every ~15 characters would mean runaway matching.
    const chars = articles.reduce((n, a) => n + a.text.length, 0);
    expect(perKind.quantity + perKind.date + perKind.quote).toBeLessThan(chars / 15);
  });

  it('without a publication date, relative dates stay unresolved: never resolved against today', () => {
    const dates = extracted.flatMap((e) => e.claims.filter((c): c is DateClaim => c.kind === 'date'));
    const anchored = dates.filter((c) => c.time.anchored);
    const unresolved = anchored.filter((c) => c.time.resolved === false);
    console.log(`bbc sample, no publication date: ${dates.length} date claims, ${anchored.length} anchored, ${unresolved.length} of them unresolved`);
    expect(anchored.length).toBeGreaterThan(SAMPLE_SIZE / 2);
    const problems: string[] = [];
    for (const c of anchored) {
      const text = articles.find((a) => a.id === c.articleId)!.text;
      if (c.time.resolved === false) {
        // Unresolved: the value keeps X placeholders for what is unknown, and the reason is said.
        if (!/X/.test(c.time.value)) problems.push(`${c.articleId}: "${c.text}" unresolved but valued ${c.time.value}`);
        if (!c.time.unresolvedReason) problems.push(`${c.articleId}: "${c.text}" unresolved without a reason`);
        continue;
      }
      // Resolved without a publication date: only from a year the text itself gave before it ("in 2004 ... the
      // previous year"), so the value's year lies near a year written earlier in the article.
      const year = Number(/^\d{4}/.exec(c.time.value)?.[0] ?? NaN);
      const written = [...text.slice(0, c.span.end).matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
      if (!written.some((y) => Math.abs(y - year) <= 10)) problems.push(`${c.articleId}: "${c.text}" resolved to ${c.time.value} with no year in the text`);
    }
    expect(problems).toEqual([]);
  });

  it('reads no clock: the sample extracts the same whatever today is', () => {
    const few = articles.filter((_, i) => i % 12 === 0);
    try {
      jest.useFakeTimers({ now: new Date('2041-07-08T09:10:11Z'), doNotFake: ['nextTick', 'setImmediate'] });
      expect(few.map((a) => extractArticle(a))).toEqual(extracted.filter((_, i) => i % 12 === 0));
    } finally {
      jest.useRealTimers();
    }
  });

  it('with a publication date (as --published 2005-03-01 gives it), the relative dates resolve, against that date', () => {
    const claimsWhen = (published: string) =>
      new Map(articles.flatMap((a) => extractArticle(withPublished(a, published)).claims).map((c) => [c.id, c] as const));
    const in2005 = claimsWhen('2005-03-01');
    const in1995 = claimsWhen('1995-03-01');
    const waiting = extracted.flatMap((e) => e.claims).filter(
      (c): c is DateClaim => c.kind === 'date' && c.time.resolved === false && /publication date is unknown/.test(c.time.unresolvedReason ?? ''),
    );
    expect(waiting.length).toBeGreaterThan(SAMPLE_SIZE / 4);
    const problems: string[] = [];
    for (const c of waiting) {
      const a = in2005.get(c.id);
      const b = in1995.get(c.id);
      if (a?.kind !== 'date' || b?.kind !== 'date') {
        problems.push(`${c.articleId}: "${c.text}" is gone once the article is dated`);
        continue;
      }
      const show = `${c.articleId}: "${c.text}" → ${a.time.value} / ${b.time.value} (dated 2005-03-01 / 1995-03-01)`;
      if (a.time.resolved === false || /X/.test(a.time.value)) {
        problems.push(`${show} stays unresolved`);
        continue;
      }
      // Ten years earlier publication, ten years earlier value: the value counts from the publication date.
      const lead = (v: string) => /^\d+/.exec(v)?.[0] ?? '';
      const [ya, yb] = [lead(a.time.value), lead(b.time.value)];
      const shift = ya.length === 4 ? 10 : ya.length === 3 ? 1 : null;
      if (shift !== null && Number(ya) - Number(yb) !== shift) problems.push(`${show} does not move with the publication date`);
    }
    console.log(`bbc sample dated: ${waiting.length - problems.length}/${waiting.length} relative dates resolved against the publication date`);
    expect(problems).toEqual([]);
  });
});

describe(`bbc-news sample: one report over ${REPORT_SIZE} unrelated stories`, () => {
  let articles: Article[] = [];
  let report: Report;

  beforeAll(() => {
    if (!fs.existsSync(BBC)) throw new Error(`The BBC News corpus is missing at ${BBC} (CI has ../shared/corpora/bbc-news); these tests need it.`);
    const files = spreadSample(listArticleFiles(BBC), REPORT_SIZE).map((f) => path.join(BBC, f));
    const loaded = loadArticles(files);
    expect(loaded.skipped).toEqual([]);
    articles = loaded.articles;
    report = buildReport('bbc-sample', articles, articles.map((a) => extractArticle(a))).report;
  });

  it('validates against the report schema and its cross-references', () => {
    expect(validateReport(report)).toEqual([]);
    expect(report.articles).toHaveLength(REPORT_SIZE);
  });

  it('stories rarely join articles of different categories, and none grows large', () => {
    const category = new Map(articles.map((a) => [a.id, categoryOf(a)] as const));
    let mixedPairs = 0;
    let pairs = 0;
    for (const story of report.stories) {
      const cats = story.articles.map((id) => category.get(id)!);
      for (let i = 0; i < cats.length; i++) {
        for (let j = i + 1; j < cats.length; j++) {
          pairs++;
          if (cats[i] !== cats[j]) mixedPairs++;
        }
      }
    }
    const all = [...category.values()];
    const crossCategoryPairs = all.reduce((n, c, i) => n + all.slice(i + 1).filter((d) => d !== c).length, 0);
    const largest = Math.max(0, ...report.stories.map((s) => s.articles.length));
    const flagKinds = report.flags.reduce<Record<string, number>>((m, f) => ({ ...m, [`${f.kind}/${f.severity}`]: (m[`${f.kind}/${f.severity}`] ?? 0) + 1 }), {});
    console.log(
      `bbc report: ${report.stories.length} stories (largest ${largest}), ${pairs} same-story pairs, ` +
        `${mixedPairs} of ${crossCategoryPairs} cross-category pairs in one story; ${report.groups.length} groups; flags ${JSON.stringify(flagKinds)}`,
    );
    // Generous bounds: at most 1% of cross-category pairs in one story; no story of more than a fifth of the corpus;
    // at most one same-story pair per four articles (the sample holds different events).
    expect(mixedPairs).toBeLessThanOrEqual(crossCategoryPairs * 0.01);
    expect(largest).toBeLessThanOrEqual(REPORT_SIZE / 5);
    expect(pairs).toBeLessThanOrEqual(REPORT_SIZE / 4);
  });

  // Unrelated events of one category (two telecoms' results) once shared a story and raised a false
  // "sales rose 2% / 2.8%" value-conflict; undated articles now need stronger similarity to share a story.
  it('raises no error-level flag between unrelated stories', () => {
    const errors = report.flags.filter((f) => f.severity === 'error').map((f) => `${f.kind}: ${f.reason}`);
    expect(errors).toEqual([]);
  });
});
