import * as fs from 'node:fs';
import { analyzeFraming } from '../../../src/compare/framing';
import { scoreFraming, type GoldFramingConcept } from '../../../src/eval/framing';
import { loadArticles } from '../../../src/ingest';
import { GOLD_FILE, SEEDS_DIR } from '../../helpers/article';

describe('framing on the seed corpus against the hand annotation', () => {
  const { articles } = loadArticles([SEEDS_DIR]);
  const gold = JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as { framing: GoldFramingConcept[]; boilerplate: Array<{ articleId: string; type: string; span: { start: number; end: number } }> };
  const found = analyzeFraming(articles);

  it('finds at least 6 of the 8 gold concepts', () => {
    const score = scoreFraming(found, gold);
    expect(score.total).toBe(8);
    expect(score.found).toBeGreaterThanOrEqual(6);
  });

  it('takes no label from page chrome', () => {
    const chrome = gold.boilerplate.filter((b) => b.type === 'chrome');
    for (const c of found) {
      for (const [articleId, labels] of Object.entries(c.labels)) {
        for (const l of labels) {
          const hit = chrome.find((b) => b.articleId === articleId && b.span.start < l.span.end && l.span.start < b.span.end);
          expect(hit ? `${c.concept} ${articleId} ${l.text}` : null).toBeNull();
        }
      }
    }
  });

  it('spans index the article text, and the output is deterministic', () => {
    const text = new Map(articles.map((a) => [a.id, a.text]));
    for (const c of found) for (const [id, ls] of Object.entries(c.labels)) for (const l of ls) expect(text.get(id)!.slice(l.span.start, l.span.end)).toBe(l.text);
    expect(analyzeFraming([...articles].reverse())).toEqual(found);
  });
});
