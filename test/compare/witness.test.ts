import { quoteMatch } from '../../src/align/quotes';
import { normalizeWords } from '../../src/language/text';
import { valuesCompatible } from '../../src/align/values';
import { compareCorpus } from '../../src/compare';
import { extractArticle } from '../../src/extract';
import type { QuantityClaim } from '../../src/types';
import { makeArticle } from '../helpers/article';

const q = (text: string, value: number, unit: string | null, bound: QuantityClaim['quantity']['bound'] = '=', approximate = false): QuantityClaim => ({
  id: text, articleId: 'x', kind: 'quantity', text, span: { start: 0, end: text.length }, sentence: { start: 0, end: text.length, text },
  quantity: { value, unit, bound, approximate },
});

function check(texts: Array<[string, string]>, published: string | null = '2005-01-20') {
  const articles = texts.map(([id, body]) => makeArticle(`Results\n\n${body}`, published, 'txt', id));
  const extracted = articles.map((a) => extractArticle(a));
  return compareCorpus(articles, extracted, []);
}

describe('figures: rounding, truncation and bounds', () => {
  test('a truncated figure agrees with the exact one', () => {
    expect(valuesCompatible(q('$43 million', 43e6, 'USD'), q('$43,885,310', 43885310, 'USD'))).toBe(true);
    expect(valuesCompatible(q('$44 million', 44e6, 'USD'), q('$43,885,310', 43885310, 'USD'))).toBe(true); // rounded
    expect(valuesCompatible(q('$42 million', 42e6, 'USD'), q('$43,885,310', 43885310, 'USD'))).toBe(false);
  });
  test('a bound agrees with a figure inside it, two bounds of one direction only when their figures do', () => {
    expect(valuesCompatible(q('more than 60%', 60, 'percent', '>'), q('62%', 62, 'percent'))).toBe(true);
    expect(valuesCompatible(q('more than 80%', 80, 'percent', '>'), q('more than 60%', 60, 'percent', '>'))).toBe(false);
    expect(valuesCompatible(q('up to $50,000', 50000, 'USD', '<='), q('up to $70,000', 70000, 'USD', '<='))).toBe(false);
  });
});

describe('quotes: excerpts and alterations by word alignment', () => {
  const m = (a: string, b: string) => quoteMatch(normalizeWords(a), normalizeWords(b));
  test('overlapping excerpts of one statement agree', () => {
    expect(m("It's always been bipartisan. We need to keep it that way", 'We need to keep it that way. We want it that way.')).toBe('excerpt');
    expect(m('I think President Peña is taking an enormous political risk', 'I think the President Peña is taking an enormous political risk by hosting him')).toBe('excerpt');
  });
  test('a word changed or added inside the marks is an alteration', () => {
    expect(m('who are alleged to be discriminators and victims', 'are alleged to be both discriminators and victims')).toBe('altered');
    expect(m("It's destructive to the fabric of the relationship", "I think it's destructive of the fabric of the relationship")).toBe('altered');
    expect(m('we will not accept any deal that hurts workers', 'we will not accept any plan that hurts workers')).toBe('altered');
  });
  test('unrelated quotes do not match', () => {
    expect(m('we will not accept any deal that hurts workers', 'the weather was fine and the crowd went home happy')).toBeNull();
  });
});

describe('one article is one witness', () => {
  const sentence = 'TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.';
  test('two outlets stating the same two figures agree twice and raise no error', () => {
    const r = check([['a', sentence], ['b', sentence.replace('said', 'said that')]]);
    expect(r.flags.filter((f) => f.severity === 'error')).toEqual([]);
    const money = r.groups.filter((g) => /\$1[01]/.test(g.about));
    expect(money.length).toBe(2);
    for (const g of money) expect(g.verdict).toBe('agree');
  });
  test('a changed figure in the same sentence is an error whose reason says why it is the same fact', () => {
    const r = check([['a', sentence], ['b', sentence.replace('$11.1bn', '$11.3bn')]]);
    const errors = r.flags.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].kind).toBe('value-conflict');
    expect(errors[0].reason).toMatch(/read the same apart from the figure/);
  });
  test('differing figures in different wording, no period stated: a warning, not an error', () => {
    const r = check([
      ['a', 'Oil prices rose on Monday, and Brent crude traded at $52 a barrel in London.'],
      ['b', 'In a volatile week for energy markets, Brent crude was quoted at $47 a barrel by traders.'],
    ], null);
    expect(r.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
