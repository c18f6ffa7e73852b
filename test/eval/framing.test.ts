import { scoreFraming, type GoldFramingConcept } from '../../src/eval/framing';
import type { FramingConcept } from '../../src/types';

const label = (start: number, end: number) => ({ label: 'x', text: 'x', span: { start, end } });
const found = (concept: string, labels: Record<string, Array<[number, number]>>): FramingConcept => ({
  concept,
  about: concept,
  divergence: 0,
  labels: Object.fromEntries(Object.entries(labels).map(([id, spans]) => [id, spans.map(([s, e]) => label(s, e))])),
});
const gold = (id: string, articles: Record<string, Array<[number, number]>>, singleSource = false): GoldFramingConcept => ({
  id,
  ...(singleSource ? { singleSource } : {}),
  articles: Object.fromEntries(Object.entries(articles).map(([a, spans]) => [a, spans.map(([start, end]) => ({ span: { start, end } }))])),
});

describe('scoreFraming: gold concepts matched by label span overlap', () => {
  it('needs two covered articles (one for single-source concepts)', () => {
    const g = [gold('war', { a: [[0, 5]], b: [[10, 15]] }), gold('place', { a: [[20, 24]] }, true), gold('name', { a: [[30, 35]], b: [[40, 45]] })];
    const f = [found('w', { a: [[3, 8]], b: [[12, 13]] }), found('p', { a: [[20, 24]] }), found('n', { a: [[30, 35]], c: [[40, 45]] })];
    const s = scoreFraming(f, { framing: g });
    expect(s).toMatchObject({ found: 2, total: 3 });
    expect(s.perConcept.map((p) => [p.gold, p.found, p.matchedConcept, p.articlesCovered])).toEqual([
      ['war', true, 'w', ['a', 'b']],
      ['place', true, 'p', ['a']],
      ['name', false, null, []],
    ]);
  });

  it('touching spans do not overlap', () => {
    const s = scoreFraming([found('w', { a: [[5, 8]], b: [[15, 20]] })], { framing: [gold('war', { a: [[0, 5]], b: [[10, 15]] })] });
    expect(s.found).toBe(0);
  });

  it('one found concept counts for one gold concept only', () => {
    const g = [gold('relationship', { a: [[0, 10]], b: [[20, 30]] }), gold('stance', { a: [[0, 10]], b: [[20, 30]] })];
    const s = scoreFraming([found('r', { a: [[0, 10]], b: [[20, 30]] })], { framing: g });
    expect(s.found).toBe(1);
  });
});
