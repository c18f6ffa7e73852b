import { datedRelation, estimatesDiffer, periodRelation, valuesCompatible } from '../../src/align/values';
import type { Quantity, QuantityClaim } from '../../src/types';

function qc(text: string, q: Partial<Quantity> & { value: number }): QuantityClaim {
  return {
    id: text, articleId: 'a', kind: 'quantity', text, span: { start: 0, end: text.length },
    sentence: { start: 0, end: text.length, text }, quantity: { unit: 'USD', bound: '=', approximate: false, ...q },
  };
}

describe('valuesCompatible: bounds and rounding', () => {
  const agree: Array<[QuantityClaim, QuantityClaim]> = [
    [qc('more than $13 billion', { value: 13e9, bound: '>' }), qc('$13.2 billion', { value: 13.2e9 })],
    [qc('nearly 60%', { value: 60, unit: 'percent', bound: '<', approximate: true }), qc('59%', { value: 59, unit: 'percent' })],
    [qc('$189 billion', { value: 189e9 }), qc('$190bn', { value: 190e9 })],
    [qc('at least 30,000', { value: 30000, bound: '>=' }), qc('31,500', { value: 31500 })],
    [qc('tens of thousands', { value: 1e4, low: 1e4, high: 1e5, bound: '~', approximate: true }), qc('42,000', { value: 42000 })],
    [qc('about 1,200', { value: 1200, bound: '~', approximate: true }), qc('1,250', { value: 1250 })],
    // an upper bound states its figure: the same figure, or a range that reaches it, agrees
    [qc('as many as 1.5 million', { value: 1.5e6, unit: 'woman', bound: '<=' }), qc('1.5 million', { value: 1.5e6, unit: 'woman' })],
    [qc('up to 1.6 million', { value: 1.6e6, unit: 'woman', bound: '<=' }), qc('500,000 to 1.6 million', { value: 5e5, low: 5e5, high: 1.6e6, unit: 'woman' })],
    [qc('just over $200,000', { value: 2e5, bound: '>' }), qc('$210,000', { value: 2.1e5 })],
  ];
  const clash: Array<[QuantityClaim, QuantityClaim]> = [
    [qc('$189 billion', { value: 189e9 }), qc('$240 billion', { value: 240e9 })],
    [qc('more than $200 billion', { value: 200e9, bound: '>' }), qc('$189 billion', { value: 189e9 })],
    [qc('nearly 60%', { value: 60, unit: 'percent', bound: '<', approximate: true }), qc('40%', { value: 40, unit: 'percent' })],
    [qc('$13.2 billion', { value: 13.2e9 }), qc('$13.5 billion', { value: 13.5e9 })],
    // rounded ranges that only touch (6.75) are two different figures
    [qc('magnitude 6.8', { value: 6.8, unit: 'magnitude' }), qc('magnitude 6.7', { value: 6.7, unit: 'magnitude' })],
    [qc('third term', { value: 3, ordinal: true }), qc('fifth term', { value: 5, ordinal: true })],
    [qc('12 dead', { value: 12 }), qc('15 dead', { value: 15 })],
    [qc('up to 1.6 million', { value: 1.6e6, unit: 'woman', bound: '<=' }), qc('1.5 million', { value: 1.5e6, unit: 'woman' })],
    // a lower bound is not stated for a figure many times its size
    [qc('just over $200,000', { value: 2e5, bound: '>' }), qc('$5.4 million', { value: 5.4e6 })],
    [qc('at least 544', { value: 544, unit: 'woman', bound: '>=' }), qc('1.5 million', { value: 1.5e6, unit: 'woman' })],
  ];
  it.each(agree.map(([a, b]) => [a.text, b.text, a, b] as const))('%s agrees with %s', (_x, _y, a, b) => {
    expect(valuesCompatible(a, b)).toBe(true);
    expect(valuesCompatible(b, a)).toBe(true);
  });
  it.each(clash.map(([a, b]) => [a.text, b.text, a, b] as const))('%s does not agree with %s', (_x, _y, a, b) => {
    expect(valuesCompatible(a, b)).toBe(false);
    expect(valuesCompatible(b, a)).toBe(false);
  });
});

describe('periodRelation', () => {
  const cases: Array<[string, string, string | undefined, string]> = [
    ['2023-02', '2023', undefined, 'same'],
    ['2023', '2023-02-24', undefined, 'same'],
    ['2022', '2023', undefined, 'disjoint'],
    ['2024-W20', '2024-05-16', undefined, 'same'],
    ['2024-W20', '2024-05', undefined, 'same'],
    ['2024-05-15', '2024-05-16', undefined, 'disjoint'],
    ['198', '1985', undefined, 'same'],
    ['2024-03', '2024-05', undefined, 'disjoint'],
    ['2024-05-16T15:00', '2024-05-16', undefined, 'same'],
    // seasons are their months (meteorological), quarters and halves theirs
    ['2011-SU', '2011-06', undefined, 'same'],
    ['2011-SU', '2011-03-29', undefined, 'disjoint'],
    ['2016-FA', '2016-10-04', undefined, 'same'],
    ['2016-WI', '2017-01', undefined, 'same'],
    ['2020-Q2', '2020-05', undefined, 'same'],
    ['2020-H1', '2020-09', undefined, 'disjoint'],
  ];
  it.each(cases)('%s vs %s (mod %s) → %s', (a, b, mod, expected) => {
    expect(periodRelation({ value: a, mod: mod as never }, { value: b })).toBe(expected);
  });
  it('applies modifiers: "at least 2030" holds 2031, "before 2024-05-16" holds 2024-05-15 but not the day itself', () => {
    expect(periodRelation({ value: '2030', mod: 'ON_OR_AFTER' }, { value: '2031' })).toBe('same');
    expect(periodRelation({ value: '2024-05-16', mod: 'BEFORE' }, { value: '2024-05-15' })).toBe('same');
    expect(periodRelation({ value: '2024-05-16', mod: 'BEFORE' }, { value: '2024-05-16' })).toBe('disjoint');
  });
  it('reads no period from vague values', () => {
    expect(periodRelation({ value: 'PRESENT_REF' }, { value: '2024' })).toBeNull();
    expect(periodRelation({ value: 'XXXX-XX-XX' }, { value: '2024' })).toBeNull();
  });
});

describe('datedRelation: a relative time on one side of its article\'s day', () => {
  const t = (expression: string, value: string) => ({ expression, value, anchored: true });
  it('"earlier this week" of a Friday article holds the days before Friday, not Friday', () => {
    expect(datedRelation(t('earlier this week', '2016-W12'), '2016-03-25', t('Friday', '2016-03-25'), '2016-03-25')).toBe('disjoint');
    expect(datedRelation(t('earlier this week', '2016-W12'), '2016-03-25', t('Tuesday', '2016-03-22'), '2016-03-25')).toBe('same');
  });
  it('"later this month" holds the days after the article\'s day', () => {
    expect(datedRelation(t('later this month', '2024-05'), '2024-05-10', t('May 3', '2024-05-03'), '2024-05-10')).toBe('disjoint');
    expect(datedRelation(t('later this month', '2024-05'), '2024-05-10', t('May 20', '2024-05-20'), '2024-05-10')).toBe('same');
  });
  it('leaves plain times and unknown publication dates as periodRelation reads them', () => {
    expect(datedRelation(t('this week', '2016-W12'), '2016-03-25', t('Friday', '2016-03-25'), '2016-03-25')).toBe('same');
    expect(datedRelation(t('earlier this week', '2016-W12'), null, t('Friday', '2016-03-25'), null)).toBe('same');
  });
});

describe('estimatesDiffer: two estimates whose stated figures differ after rounding', () => {
  const est = (text: string, value: number) => qc(text, { value, unit: 'person', bound: '~', approximate: true });
  it('tells apart "some 45,000" and "some 47,000", which agree within their 10%', () => {
    expect(valuesCompatible(est('Some 45,000 people', 45000), est('Some 47,000 people', 47000))).toBe(true);
    expect(estimatesDiffer(est('Some 45,000 people', 45000), est('Some 47,000 people', 47000))).toBe(true);
    expect(estimatesDiffer(est('approximately 15 million', 15e6), est('approximately 17 million', 17e6))).toBe(true);
  });
  it('keeps the same estimate, a finer one inside it, and an estimate against a plain figure', () => {
    expect(estimatesDiffer(est('about 45,000', 45000), est('some 45,000', 45000))).toBe(false);
    expect(estimatesDiffer(est('about 45,000', 45000), est('about 45,300', 45300))).toBe(false);
    expect(estimatesDiffer(est('about 45,000', 45000), qc('47,000 people', { value: 47000, unit: 'person' }))).toBe(false);
  });
});
