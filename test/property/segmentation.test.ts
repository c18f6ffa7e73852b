import fc from 'fast-check';
import { segmentParagraphs, segmentSentences } from '../../src/ingest/sentences';
import type { Span } from '../../src/types';
import { anyText, newsText, unicodeText } from './generators';

/** JavaScript's \s: what the segmenter trims. Everything else must land in a paragraph and a sentence. */
const isSpace = (ch: string) => /\s/.test(ch);

function expectOrderedDisjoint(spans: Span[], within: Span): void {
  let last = within.start;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(within.end);
    last = s.end;
  }
}

/** Only whitespace outside the spans (between, before and after them) inside `within`. */
function expectOnlySpaceOutside(text: string, spans: Span[], within: Span): void {
  let at = within.start;
  for (const s of [...spans, { start: within.end, end: within.end }]) {
    const gap = text.slice(at, s.start);
    expect([...gap].filter((ch) => !isSpace(ch))).toEqual([]);
    at = s.end;
  }
}

describe('segmentParagraphs (property)', () => {
  it.each([
    ['news-like text', newsText],
    ['unicode text', unicodeText],
  ])('%s: spans are valid, ordered, disjoint, trimmed, and cover every non-space character', (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        const paragraphs = segmentParagraphs(text);
        expectOrderedDisjoint(paragraphs, { start: 0, end: text.length });
        for (const p of paragraphs) {
          expect(isSpace(text[p.start]!)).toBe(false);
          expect(isSpace(text[p.end - 1]!)).toBe(false);
          // A blank line always ends a paragraph.
          expect(/\n[^\S\n]*\n/.test(text.slice(p.start, p.end))).toBe(false);
        }
        expectOnlySpaceOutside(text, paragraphs, { start: 0, end: text.length });
      }),
      { numRuns: 200 },
    );
  });
});

describe('segmentSentences (property)', () => {
  it('sentences lie in their paragraph, in order, without overlap, and text === slice(start, end)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const paragraphs = segmentParagraphs(text);
        const sentences = segmentSentences(text, paragraphs);
        paragraphs.forEach((p, i) => {
          const mine = sentences.filter((s) => s.paragraph === i);
          expect(mine.length).toBeGreaterThan(0);
          expectOrderedDisjoint(mine, p);
          expectOnlySpaceOutside(text, mine, p);
        });
        expectOrderedDisjoint(sentences, { start: 0, end: text.length });
        for (const s of sentences) {
          expect(s.paragraph).toBeGreaterThanOrEqual(0);
          expect(s.paragraph).toBeLessThan(paragraphs.length);
          expect(s.text).toBe(text.slice(s.start, s.end));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('two sentences end-to-end split at the full stop (a check that the property can fail)', () => {
    const text = 'The deal was signed. Officials said 40 jobs went.';
    const sentences = segmentSentences(text, segmentParagraphs(text));
    expect(sentences.map((s) => s.text)).toEqual(['The deal was signed.', 'Officials said 40 jobs went.']);
  });
});
