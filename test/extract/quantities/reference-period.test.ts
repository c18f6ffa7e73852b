import { ArticleContext } from '../../../src/extract/context';
import { referencePeriodRefiner } from '../../../src/extract/refiners/reference-period';
import type { Claim, DateClaim, QuantityClaim, Quantity } from '../../../src/types';
import { makeArticle } from '../../helpers/article';

/** Hand-made claims, so the refiner is tested on its own (not through the date extractor). */
function setup(text: string, figures: Array<[string, Partial<Quantity>?]>, dates: Array<[string, string]>): { ctx: ArticleContext; claims: Claim[] } {
  const ctx = new ArticleContext(makeArticle(text, '2024-05-16'));
  const sentenceOf = (start: number) => {
    const s = ctx.sentenceAt(start)!;
    return { start: s.start, end: s.end, text: s.text };
  };
  const claims: Claim[] = [];
  figures.forEach(([t, extra], n) => {
    const start = text.indexOf(t);
    const q: QuantityClaim = { id: `q${n}`, articleId: 't', kind: 'quantity', text: t, span: { start, end: start + t.length }, sentence: sentenceOf(start), quantity: { value: 1, unit: 'USD', bound: '=', approximate: false, ...extra } };
    claims.push(q);
  });
  dates.forEach(([t, value], n) => {
    const start = text.lastIndexOf(t);
    const d: DateClaim = { id: `d${n}`, articleId: 't', kind: 'date', text: t, span: { start, end: start + t.length }, sentence: sentenceOf(start), time: { type: 'DATE', value, expression: t, anchored: false } };
    claims.push(d);
  });
  return { ctx, claims };
}

function periods(text: string, figures: Array<[string, Partial<Quantity>?]>, dates: Array<[string, string]>): Array<string | undefined> {
  const { ctx, claims } = setup(text, figures, dates);
  return referencePeriodRefiner
    .refine(ctx, claims)
    .filter((c): c is QuantityClaim => c.kind === 'quantity')
    .map((c) => (c.quantity.timeClaimId ? `${c.quantity.timeClaimId}:${c.quantity.time?.value}` : undefined));
}

const CASES: Array<{ name: string; text: string; figures: Array<[string, Partial<Quantity>?]>; dates: Array<[string, string]>; expected: Array<string | undefined> }> = [
  { name: 'a date right after the figure', text: 'Trade rose to $189 billion last year.', figures: [['$189 billion']], dates: [['last year', '2023']], expected: ['d0:2023'] },
  { name: 'linking words before the date', text: 'He believes it will exceed $200 billion as early as this year.', figures: [['$200 billion']], dates: [['this year', '2024']], expected: ['d0:2024'] },
  {
    name: 'a sentence-opening date governs every figure of the sentence',
    text: 'In 2023, trade exceeded $13 billion and investment reached €7.6 billion, creating 10,000 jobs.',
    figures: [['$13 billion'], ['€7.6 billion'], ['10,000 jobs', { unit: 'job' }]],
    dates: [['2023', '2023']],
    expected: ['d0:2023', 'd0:2023', 'd0:2023'],
  },
  {
    name: 'a closer date after the figure beats the opening one',
    text: 'In 2023, exports reached $5bn, up from $4bn in 2022.',
    figures: [['$5bn'], ['$4bn']],
    dates: [['2023', '2023'], ['2022', '2022']],
    expected: ['d0:2023', 'd1:2022'],
  },
  { name: 'a date in a relative clause dates something else', text: 'The 12-point plan China released last month was vague.', figures: [['12-point', { unit: 'point' }]], dates: [['last month', '2024-04']], expected: [undefined] },
  { name: 'a date before the figure mid-sentence is left alone', text: 'The war unleashed last year has killed tens of thousands.', figures: [['tens of thousands', { unit: null }]], dates: [['last year', '2023']], expected: [undefined] },
  { name: 'ranks have no reference period', text: 'He began his third term in 2023.', figures: [['third term', { unit: 'term', ordinal: true }]], dates: [['2023', '2023']], expected: [undefined] },
  { name: 'durations have no reference period', text: 'In 2023, he made a two-day visit.', figures: [['two-day', { unit: 'day', timex: { type: 'DURATION', value: 'P2D' } }]], dates: [['2023', '2023']], expected: [undefined] },
  { name: 'a date in another sentence is not used', text: 'It happened in 2020. Sales were $5bn.', figures: [['$5bn']], dates: [['2020', '2020']], expected: [undefined] },
  { name: 'punctuation between figure and date breaks the link', text: 'Sales were $5bn; profits fell in 2021.', figures: [['$5bn']], dates: [['2021', '2021']], expected: [undefined] },
];

describe('reference-period refiner', () => {
  test.each(CASES)('$name', ({ text, figures, dates, expected }) => {
    expect(periods(text, figures, dates)).toEqual(expected);
  });

  test('copies the date claim\'s time object', () => {
    const { ctx, claims } = setup('Sales were $5bn in 2021.', [['$5bn']], [['2021', '2021']]);
    const q = referencePeriodRefiner.refine(ctx, claims).find((c) => c.kind === 'quantity') as QuantityClaim;
    expect(q.quantity.time).toEqual({ type: 'DATE', value: '2021', expression: '2021', anchored: false });
  });
});
