import { datesOf } from './helpers';

/** The contract: relative time resolves to the precision the publication date allows, never against today. */
const text = 'Trade grew last year. The leaders met on Tuesday. He returns next month. They speak later this week. The summit is in June.';

interface Case {
  published: string | null;
  expected: Record<string, { value: string; resolved?: boolean }>;
}

const cases: Case[] = [
  {
    published: '2024-05-16',
    expected: {
      'last year': { value: '2023' },
      Tuesday: { value: '2024-05-14' },
      'next month': { value: '2024-06' },
      'later this week': { value: '2024-W20' },
      June: { value: '2024-06' },
    },
  },
  {
    published: '2024-05',
    expected: {
      'last year': { value: '2023' },
      Tuesday: { value: 'XXXX-XX-XX', resolved: false },
      'next month': { value: '2024-06' },
      'later this week': { value: 'XXXX-WXX', resolved: false },
      June: { value: '2024-06' },
    },
  },
  {
    published: '2024',
    expected: {
      'last year': { value: '2023' },
      Tuesday: { value: 'XXXX-XX-XX', resolved: false },
      'next month': { value: 'XXXX-XX', resolved: false },
      'later this week': { value: 'XXXX-WXX', resolved: false },
      June: { value: 'XXXX-06', resolved: false },
    },
  },
  {
    published: null,
    expected: {
      'last year': { value: 'XXXX', resolved: false },
      Tuesday: { value: 'XXXX-XX-XX', resolved: false },
      'next month': { value: 'XXXX-XX', resolved: false },
      'later this week': { value: 'XXXX-WXX', resolved: false },
      June: { value: 'XXXX-06', resolved: false },
    },
  },
];

describe('resolution follows the precision of the publication date', () => {
  test.each(cases)('published $published', ({ published, expected }) => {
    const found = datesOf(text, published);
    expect(Object.fromEntries(found.map((d) => [d.text, { value: d.value, ...(d.resolved === false ? { resolved: false } : {}) }]))).toEqual(expected);
    for (const d of found.filter((f) => f.resolved === false)) expect(d.unresolvedReason).toMatch(/publication date/);
  });

  test('explicit dates need no publication date and are not anchored', () => {
    expect(datesOf('It began in February 2022.', null)).toMatchObject([{ value: '2022-02', anchored: false }]);
  });

  test('implied fields name what came from the anchor', () => {
    const [tuesday] = datesOf('They met on Tuesday.');
    expect(tuesday.implied).toEqual(['year', 'month', 'day']);
    const [june] = datesOf('It happens in June.');
    expect(june.implied).toEqual(['year']);
    const [explicit] = datesOf('It happened in June 2020.');
    expect(explicit.implied).toBeUndefined();
  });

  test('a weekday on a Tuesday publication is that Tuesday, past or future', () => {
    expect(datesOf('The two met Tuesday.', '2023-03-21')[0].value).toBe('2023-03-21');
    expect(datesOf('They are expected Tuesday to sign.', '2023-03-21')[0].value).toBe('2023-03-21');
    expect(datesOf('Ushakov told reporters on Friday.', '2023-03-21')[0].value).toBe('2023-03-17');
  });

  test('"the next day" counts from a day the paragraph gave, or stays open', () => {
    expect(datesOf('The talks began on 3 June 2021. The deal came the next day.')).toMatchObject([
      { text: '3 June 2021', value: '2021-06-03' },
      { text: 'the next day', value: '2021-06-04', anchored: true },
    ]);
    expect(datesOf('The deal came the next day.')).toMatchObject([{ value: 'XXXX-XX-XX', resolved: false }]);
  });
});
