import fc from 'fast-check';
import { extractArticle } from '../../src/extract';
import { validateExtraction } from '../../src/report';
import type { Claim, ExtractedArticle } from '../../src/types';
import { makeArticle } from '../helpers/article';
import { anyText, articleShaped } from './generators';

/** Paragraphs appended after an article: one that no extractor reacts to, one with figures and dates (no quotation marks). */
const APPENDED = ['The hills beyond the river were green and quiet.', 'Turnout was 61% in 2001, up from 59% on 4 May 1997.'];

/** The contract every claim keeps, whatever the text: its span slices to its text, inside its sentence. */
function expectWellFormed(text: string, out: ExtractedArticle): void {
  for (const c of out.claims) {
    expect(c.span.start).toBeGreaterThanOrEqual(0);
    expect(c.span.end).toBeGreaterThanOrEqual(c.span.start);
    expect(c.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(c.sentence.start).toBeLessThanOrEqual(c.span.start);
    expect(c.sentence.end).toBeGreaterThanOrEqual(c.span.end);
    expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
    expect(c.articleId).toBe(out.id);
  }
  const ids = out.claims.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(validateExtraction({ articles: [out] })).toEqual([]);
}

/** The claim, its id and span, as the appended-text property compares them. */
const idAndSpan = (c: Claim) => `${c.id} ${c.kind} ${c.span.start}-${c.span.end}`;

describe('extractArticle (property)', () => {
  it.each([
    ['with a publication date', '2005-03-01'],
    ['without a publication date', null],
  ] as const)('never throws and keeps the claim contract on any text, %s', (_name, published) => {
    const seen: Record<string, number> = { quantity: 0, date: 0, quote: 0 };
    fc.assert(
      fc.property(anyText, (text) => {
        const out = extractArticle(makeArticle(text, published));
        expectWellFormed(text, out);
        for (const c of out.claims) seen[c.kind]! += 1;
      }),
      { numRuns: 150 },
    );
    // The generators reach every extractor (otherwise the property above would hold vacuously).
    expect(seen.quantity).toBeGreaterThan(20);
    expect(seen.date).toBeGreaterThan(20);
    expect(seen.quote).toBeGreaterThan(20);
  });

  it('reads no clock: without a publication date the output is the same whatever today is', () => {
    fc.assert(
      fc.property(articleShaped, (text) => {
        try {
          jest.useFakeTimers({ now: new Date('1991-02-03T04:05:06Z'), doNotFake: ['nextTick', 'setImmediate'] });
          const then = extractArticle(makeArticle(text, null));
          jest.setSystemTime(new Date('2043-11-12T13:14:15Z'));
          const later = extractArticle(makeArticle(text, null));
          expect(later).toEqual(then);
        } finally {
          jest.useRealTimers();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: two runs give deep-equal output', () => {
    fc.assert(
      fc.property(articleShaped, (text) => {
        const article = makeArticle(text, '2005-03-01');
        expect(extractArticle(article)).toEqual(extractArticle(makeArticle(text, '2005-03-01')));
      }),
      { numRuns: 100 },
    );
  });

  it.each(APPENDED)('claim ids and spans do not move when a paragraph is appended after the article: %s', (extra) => {
    fc.assert(
      fc.property(articleShaped, (text) => {
        const before = extractArticle(makeArticle(text, '2005-03-01')).claims.map(idAndSpan);
        const after = extractArticle(makeArticle(`${text}\n\n${extra}`, '2005-03-01')).claims.map(idAndSpan);
        expect(after.slice(0, before.length)).toEqual(before);
      }),
      { numRuns: 80 },
    );
  });

  it('ids are fingerprints of the article id: another id gives other ids for the same claims', () => {
    const text = 'Prices\n\nPrices rose 4% in March, the minister said on Monday.';
    const a = extractArticle(makeArticle(text, '2005-03-01', 'txt', 'a')).claims;
    const b = extractArticle(makeArticle(text, '2005-03-01', 'txt', 'b')).claims;
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((c) => c.span)).toEqual(a.map((c) => c.span));
    for (let i = 0; i < a.length; i++) expect(b[i]!.id).not.toBe(a[i]!.id);
  });
});
