import { budgetSentences, SENTENCE_BUDGET } from '../../src/extract/budget';
import { extractArticle } from '../../src/extract';
import { buildArticle } from '../../src/ingest/article';

const articleOf = (text: string) =>
  buildArticle({ text, format: 'txt', meta: { id: 'a', file: 'a.txt', title: null, outlet: null, published: null, publishedPrecision: null } });

describe('sentence budget', () => {
  it('cuts a run-on sentence into pieces within the budget, covering it without overlap', () => {
    const text = `Figures ${Array.from({ length: 3000 }, (_, i) => `${i}%`).join(', ')}`;
    const a = articleOf(text);
    expect(a.sentences.length).toBe(1);
    const { sentences, split } = budgetSentences(text, a.sentences);
    expect(split).toBe(1);
    expect(sentences.length).toBeGreaterThan(text.length / SENTENCE_BUDGET);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(SENTENCE_BUDGET);
      expect(s.text).toBe(text.slice(s.start, s.end));
    }
    for (let i = 1; i < sentences.length; i++) expect(sentences[i].start).toBeGreaterThanOrEqual(sentences[i - 1].end);
    expect(sentences[sentences.length - 1].end).toBe(a.sentences[0].end);
  });

  it('leaves ordinary sentences alone (the same array)', () => {
    const a = articleOf('Title\n\nShares rose 5% on Monday. The firm said sales grew.\n');
    expect(budgetSentences(a.text, a.sentences).sentences).toBe(a.sentences);
  });

  it('extraction says so in a notice, and every claim sentence is within the budget', () => {
    const text = `Figures ${Array.from({ length: 1500 }, (_, i) => `$${i}m`).join(', ')}`;
    const e = extractArticle(articleOf(text));
    expect(e.notices?.[0]).toMatch(/1 sentence over 2000 characters cut/);
    expect(e.claims.length).toBeGreaterThan(1000);
    for (const c of e.claims) expect(c.sentence.end - c.sentence.start).toBeLessThanOrEqual(SENTENCE_BUDGET);
    expect(extractArticle(articleOf('Title\n\nShares rose 5% on Monday.\n')).notices).toBeUndefined();
  });
});
