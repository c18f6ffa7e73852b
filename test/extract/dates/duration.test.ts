import { countValue, parseDurationPhrase } from '../../../src/extract/dates/duration';
import { extractArticle } from '../../../src/extract';
import { durationDedupeRefiner } from '../../../src/extract/dates/dedupe';
import { makeArticle } from '../../helpers/article';

describe('shared duration grammar', () => {
  test.each([
    ['three years', 'P3Y'],
    ['twenty four hours', 'PT24H'],
    ['twenty-four hours', 'PT24H'],
    ['a couple of weeks', 'P2W'],
    ['several months', 'PXM'],
    ['a few minutes', 'PTXM'],
    ['a decade', 'P1DE'],
    ['three-year', 'P3Y'],
    ['a fortnight', 'P2W'],
    ['5 days', 'P5D'],
    ['one hundred years', 'P100Y'],
  ])('%s → %s', (phrase, value) => expect(parseDurationPhrase(phrase)).toBe(value));

  test.each(['constructor years', 'toString', 'three apples', 'years', 'a five'])('%s is not a duration', (phrase) => {
    expect(parseDurationPhrase(phrase)).toBeNull();
  });

  it('does not add "a" to a written number ("a five year low" counts five)', () => {
    expect(countValue('a five')).toBeUndefined();
    expect(countValue('a hundred')).toBe(100);
  });
});

describe('numeric durations stay quantities', () => {
  it('gives "a two-day visit" one claim, a quantity with a timex', () => {
    const article = makeArticle('Six months of talks and a two-day visit ended.', '2024-05-16');
    const claims = extractArticle(article).claims.filter((c) => c.text.includes('two-day') || c.text.includes('Six months'));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.kind).toBe('quantity');
  });
});

describe('durationDedupeRefiner', () => {
  const sentence = { start: 0, end: 30, text: '' };
  const quantity = (start: number, end: number) =>
    ({ id: 'q', articleId: 'a', kind: 'quantity', text: '', span: { start, end }, sentence, quantity: { value: 5, unit: 'year', bound: '=', approximate: false, timex: { type: 'DURATION', value: 'P5Y' } } }) as const;
  const date = (start: number, end: number) =>
    ({ id: 'd', articleId: 'a', kind: 'date', text: '', span: { start, end }, sentence, time: { type: 'DURATION', value: 'P5Y', expression: '', anchored: false } }) as const;
  const run = (claims: unknown[]) => durationDedupeRefiner.refine(null as never, claims as never).map((c) => c.id);

  it('drops a date duration that the quantity covers', () => expect(run([quantity(2, 12), date(2, 12)])).toEqual(['q']));
  it('keeps a date duration wider than the quantity', () => expect(run([quantity(10, 20), date(2, 20)])).toEqual(['q', 'd']));
});
