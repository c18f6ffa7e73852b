import { datesOf } from './helpers';

/** Rules for TimeML anchoring, extents and recall on news-like sentences (publication day given per case). */
interface Case {
  name: string;
  text: string;
  published: string;
  expected: Array<{ text: string; type?: string; value: string }>;
}

const cases: Case[] = [
  {
    name: 'the second day of "April 24 and 25" is a date in the same month',
    text: 'The summit will be held in Washington on April 24 and 25, officials said.',
    published: '1999-02-10',
    expected: [{ text: 'April 24', value: '1999-04-24' }, { text: '25', value: '1999-04-25' }],
  },
  {
    name: 'a year after "post-" is a year even before a plural noun',
    text: 'The post-1959 politics have split thousands of families.',
    published: '2000-02-24',
    expected: [{ text: '1959', value: '1959' }],
  },
  {
    name: '"the previous Friday" counts from the narrative day, not the publication day',
    text: 'On Friday, Oct. 27, the index closed at 2082.1, down 4.5% from the previous Friday.',
    published: '1989-10-30',
    expected: [{ text: 'Friday, Oct. 27', value: '1989-10-27' }, { text: 'the previous Friday', value: '1989-10-20' }],
  },
  {
    name: '"the following Monday" is after the day the text gave',
    text: 'The strike began on March 3, 1998. Talks resumed the following Monday.',
    published: '1998-05-20',
    expected: [{ text: 'the following Monday', value: '1998-03-09' }],
  },
  {
    name: '"the day before last Tuesday" moves the stated day back by one',
    text: "The day before last Tuesday's court hearing, Manuel visited his cousin.",
    published: '2000-02-24',
    expected: [{ text: 'The day before last Tuesday', value: '2000-02-21' }],
  },
  {
    name: '"4 in the morning" is a clock time, on the day restated in the parenthesis',
    text: "''The father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.",
    published: '2000-04-05',
    expected: [{ text: '4 in the morning', type: 'TIME', value: '2000-04-06T04:00' }],
  },
  {
    name: '"9 in the evening" is 21:00 on the publication day',
    text: 'Polls close at 9 in the evening, officials said.',
    published: '2024-05-16',
    expected: [{ text: '9 in the evening', type: 'TIME', value: '2024-05-16T21:00' }],
  },
  {
    name: '"Easter week" is the ISO week of Easter',
    text: 'Protesters prayed for divine help as Easter week began.',
    published: '2000-04-17',
    expected: [{ text: 'Easter week', value: '2000-W16' }],
  },
];

describe('date extractor: anchoring, extents and recall', () => {
  test.each(cases)('$name', ({ text, published, expected }) => {
    const found = datesOf(text, published);
    for (const e of expected) {
      const hit = found.find((d) => d.text === e.text);
      expect(found.map((d) => d.text)).toContain(e.text);
      expect(hit).toMatchObject({ value: e.value, ...(e.type ? { type: e.type } : {}) });
    }
  });
});

/** Words that look like times but name something else here. */
const notTimes: Array<[string, string[]]> = [
  ['Thousands joined the annual March for Life on Capitol Hill.', []],
  ['The Communist Party daily Granma published the letter.', []],
  ['Demonstrators gather daily outside the home.', ['daily']],
  ['Prices rose in March of 1998.', ['March of 1998']],
  ['The index rose 24 and 25 points on two days.', []],
  ['He paid $4 in the morning session.', ['the morning']], // a price, not 4 a.m.
];

describe('date extractor: names and counts that are not times', () => {
  test.each(notTimes)('%s', (text, expected) => {
    expect(datesOf(text, '1999-01-22').map((d) => d.text)).toEqual(expected);
  });
});

/** Tense cues for a bare weekday: a planned event ahead; a time before its verb is the verb's time. */
const tenseCases: Array<[string, string, string]> = [
  ['Exile groups planned a large demonstration in Little Havana on Saturday.', 'Saturday', '2000-01-15'],
  ['On Friday, the Kenyan government planned to pay the first installment.', 'Friday', '2000-01-07'],
  ['The government plans to pay the families on Friday.', 'Friday', '2000-01-14'],
];

describe('date extractor: tense of planning verbs', () => {
  test.each(tenseCases)('%s', (text, expression, value) => {
    expect(datesOf(text, '2000-01-12').find((d) => d.text === expression)?.value).toBe(value);
  });
});

describe('date extractor: the article\'s quarter a year back', () => {
  const text =
    'Net income rose 12% in the third quarter. It earned $1.8 million in the corresponding period last year. ' +
    "U.K. sales for last year's quarter were $3 million. For the quarter a year ago, it earned $16 million.";
  test.each([['the corresponding period last year'], ["last year's quarter"], ['the quarter a year ago']])('%s', (expression) => {
    const found = datesOf(text, '1989-10-20');
    expect(found.find((d) => d.text === expression)?.value).toBe('1988-Q3');
    expect(found.map((d) => d.text)).not.toContain('a year ago');
  });
  it('without a quarter before, it is last year', () => {
    expect(datesOf('Sales matched the corresponding period last year.', '1989-10-20').map((d) => d.value)).toEqual(['1988']);
  });
});

describe('date extractor: hyphenated durations without a figure', () => {
  test.each([
    ['The family emerged from their third day-long meeting with officials.', 'day-long', 'P1D'],
    ['The boy became a symbol of a decades-long battle with the exiles.', 'decades-long', 'PXDE'],
    ['He followed a several-year tenure as editor in chief.', 'several-year', 'PXY'],
  ])('%s', (text, expression, value) => {
    expect(datesOf(text)).toEqual([expect.objectContaining({ text: expression, type: 'DURATION', value })]);
  });
  it('leaves counted ones ("a three-day-long visit") and plain nouns alone', () => {
    expect(datesOf('A three-day-long visit ended. The long day ended.').map((d) => d.text)).toEqual([]);
    expect(datesOf('She is an eleven year-old girl. The 41 year-old striker scored. A two hour-long set.').map((d) => d.text)).toEqual([]);
  });
});

describe('date extractor: the modifier of a counted shift is in its extent', () => {
  test.each([
    ['He was kidnapped almost two years ago, police said.', 'almost two years ago', 'APPROX'],
    ['The men launched the revolution more than four decades ago.', 'more than four decades ago', 'BEFORE'],
    ['He returned more than a week later.', 'more than a week later', 'AFTER'],
  ])('%s', (text, expression, mod) => {
    expect(datesOf(text, '2000-04-01').find((d) => d.text === expression)).toMatchObject({ mod });
  });
  it('leaves a bare shift without a mod', () => {
    expect(datesOf('It began two years ago.', '2000-04-01')[0]).toMatchObject({ text: 'two years ago', value: '1998' });
    expect(datesOf('It began two years ago.', '2000-04-01')[0].mod).toBeUndefined();
  });
});

describe('date extractor: "the year" the text is about', () => {
  it('before the year\'s figure and after a part of it', () => {
    const found = datesOf('The stock rose to a high for the year of $42.875. Sales grew in the first nine months of the year.', '1989-10-30');
    expect(found.filter((d) => d.text === 'the year').map((d) => d.value)).toEqual(['1989', '1989']);
  });
  it('not in a title or a name', () => {
    expect(datesOf('She was named person of the year. The year of the dragon began.', '1989-10-30').map((d) => d.text)).toEqual([]);
  });
});

describe('date extractor: a plural unit "of" a date is part of that date', () => {
  test.each([
    ['Police arrested him in the early hours of Thursday morning.', ['Thursday morning']],
    ['Talks went on into the small hours of Friday.', ['Friday']],
    ['After months of talks, they agreed.', ['months']],
  ])('%s', (text, expected) => {
    expect(datesOf(text, '1999-10-08').map((d) => d.text)).toEqual(expected);
  });
});

describe('date extractor: year-end in the direction of the sentence; "of tomorrow"', () => {
  test.each([
    ['The percentage change is since year-end.', 'year-end', '1988'],
    ['The deal should close by year-end.', 'year-end', '1989'],
    ['If I were choosing the people of tomorrow, I would pick them.', 'tomorrow', 'FUTURE_REF'],
    ["Tomorrow's vote matters.", 'Tomorrow', '1989-10-31'],
    ['The events of yesterday shocked him.', 'yesterday', '1989-10-29'],
  ])('%s', (text, expression, value) => {
    expect(datesOf(text, '1989-10-30').find((d) => d.text === expression)?.value).toBe(value);
  });
});

describe('date extractor: the first day of "22 and 23 June"', () => {
  it('is a date in the month that follows', () => {
    const found = datesOf('The collection goes under the hammer in London on 22 and 23 June. A vote could follow on 16 or 17 March 2006.', '2005-03-15');
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['22', '2005-06-22'], ['23 June', '2005-06-23'], ['16', '2006-03-16'], ['17 March 2006', '2006-03-17'],
    ]);
  });
  it('not in figures', () => {
    expect(datesOf('He scored 2 and 3 points in 1.22 and 23 seconds.', '2005-03-15').map((d) => d.text)).toEqual([]);
  });
});
