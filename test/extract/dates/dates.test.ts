import { datesOf } from './helpers';

/** Thursday 16 May 2024 unless a case says otherwise. */
interface Case {
  text: string;
  published?: string | null;
  /** The expected claim: its text, and the TIMEX3 fields that must hold. */
  expected: { text: string; type?: string; value: string; anchored?: boolean; mod?: string; resolved?: boolean };
}

const cases: Case[] = [
  // explicit calendar dates
  { text: 'The ceasefire began in February 2022 and collapsed.', expected: { text: 'February 2022', type: 'DATE', value: '2022-02', anchored: false } },
  { text: 'The treaty was signed on 21 March 2023 in Moscow.', expected: { text: '21 March 2023', value: '2023-03-21', anchored: false } },
  { text: 'Shares fell on March 21, 2023, the bank said.', expected: { text: 'March 21, 2023', value: '2023-03-21', anchored: false } },
  { text: 'The report was filed on 2021-07-04.', expected: { text: '2021-07-04', value: '2021-07-04', anchored: false } },
  { text: 'The company was founded in 1987 by two engineers.', expected: { text: '1987', value: '1987', anchored: false } },
  { text: 'The 2016 referendum divided the country.', expected: { text: '2016', value: '2016' } },
  { text: 'By 2030, emissions must halve.', expected: { text: '2030', value: '2030' } },
  { text: 'Output grew in the 2019-20 season.', expected: { text: '2019', value: '2019' } },
  // decades and centuries
  { text: 'It recalled the Soviet war of the 1980s.', expected: { text: 'the 1980s', value: '198', anchored: false } },
  { text: 'Music from the early 2000s is back.', expected: { text: 'the early 2000s', value: '200', mod: 'START' } },
  { text: 'Fashion from the \u201990s returned.', expected: { text: 'the \u201990s', value: '199' } },
  { text: 'The bridge dates from the 19th century.', expected: { text: 'the 19th century', value: '18', anchored: false } },
  { text: 'Tactics of the last century were used.', published: '2023-03-21', expected: { text: 'the last century', value: '19', anchored: true } },
  // modifiers
  { text: 'He stays in office until at least 2030, aides said.', expected: { text: 'at least 2030', value: '2030', mod: 'ON_OR_AFTER' } },
  { text: 'The plant will open in early 2026.', expected: { text: 'early 2026', value: '2026', mod: 'START' } },
  { text: 'Prices peaked in mid-2022.', expected: { text: 'mid-2022', value: '2022', mod: 'MID' } },
  { text: 'Growth slowed at the end of 2023.', expected: { text: 'the end of 2023', value: '2023', mod: 'END' } },
  { text: 'Talks stalled late last year.', expected: { text: 'late last year', value: '2023', mod: 'END' } },
  // relative to the publication date (Thursday 16 May 2024)
  { text: 'Trade rose to $240 billion last year.', expected: { text: 'last year', value: '2023', anchored: true } },
  { text: 'Sales should recover this year.', expected: { text: 'this year', value: '2024', anchored: true } },
  { text: 'He backed him in next year\u2019s election.', expected: { text: 'next year', value: '2025' } },
  { text: 'The deal was struck earlier this month.', expected: { text: 'earlier this month', value: '2024-05', anchored: true } },
  { text: 'The paper came out last month.', expected: { text: 'last month', value: '2024-04' } },
  { text: 'He will visit Beijing later this week.', expected: { text: 'later this week', value: '2024-W20', anchored: true } },
  { text: 'Markets fell last week.', expected: { text: 'last week', value: '2024-W19' } },
  { text: 'They met two years ago in Paris.', expected: { text: 'two years ago', value: '2022', anchored: true } },
  { text: 'He first came 10 years ago.', expected: { text: '10 years ago', value: '2014' } },
  { text: 'The plan that Kyiv rejected the previous year was revived.', expected: { text: 'the previous year', value: '2023', anchored: true } },
  { text: 'Sales reached 310 in 2004, up from 287 the previous year.', expected: { text: 'the previous year', value: '2003', anchored: true } },
  { text: 'It was announced today that he would travel.', expected: { text: 'today', value: '2024-05-16', anchored: true } },
  { text: 'The minister resigned yesterday.', expected: { text: 'yesterday', value: '2024-05-15' } },
  { text: 'The vote is tomorrow.', expected: { text: 'tomorrow', value: '2024-05-17' } },
  { text: 'Rebels attacked the town last night.', expected: { text: 'last night', type: 'TIME', value: '2024-05-15TNI' } },
  { text: 'The results come out this summer.', expected: { text: 'this summer', value: '2024-SU' } },
  { text: 'Profits rose in the first quarter of 2023.', expected: { text: 'the first quarter of 2023', value: '2023-Q1' } },
  { text: 'The merger closed in December last year.', expected: { text: 'December last year', value: '2023-12' } },
  // weekdays: tense decides the direction; the publication day itself counts
  { text: 'The leaders met Tuesday in Moscow.', expected: { text: 'Tuesday', value: '2024-05-14', anchored: true } },
  { text: 'A spokesman said Monday that talks would go on.', expected: { text: 'Monday', value: '2024-05-13' } },
  { text: 'The two sides will meet on Friday.', expected: { text: 'Friday', value: '2024-05-17' } },
  { text: 'They are expected Tuesday to sign a deal.', expected: { text: 'Tuesday', value: '2024-05-21' } },
  { text: 'At a summit on Thursday, the leaders spoke.', expected: { text: 'Thursday', value: '2024-05-16' } },
  { text: 'In statements on Thursday afternoon, both sides spoke.', expected: { text: 'Thursday afternoon', type: 'TIME', value: '2024-05-16TAF' } },
  { text: 'The aide told reporters on Friday.', expected: { text: 'Friday', value: '2024-05-10' } },
  { text: 'The flight was cancelled last Thursday.', expected: { text: 'last Thursday', value: '2024-05-09' } },
  // tense cues read in context: a pluperfect looks back, "is to" and reported "would" look ahead, nouns and
  // prepositions are no cues, a capitalized -ed word is a name, a possessive weekday is past
  // months: an -ed adjective is no past verb, "effective" dates look ahead, a date after "since" has begun
  { text: 'The dividend would be paid on a still unspecified date in January.', expected: { text: 'January', value: '2025-01' } },
  { text: 'The board named a new chairman, effective Feb. 1.', expected: { text: 'Feb. 1', value: '2025-02-01' } },
  { text: 'Police have searched for him since shortly after the Oct. 23 shooting.', expected: { text: 'Oct. 23', value: '2023-10-23' } },
  // "the past year": the calendar unit before the reference (TimeBank), a day stays a length
  { text: 'Sales grew over the past year.', expected: { text: 'the past year', type: 'DATE', value: '2023' } },
  { text: 'Prices rose over the past day.', expected: { text: 'the past day', type: 'DURATION', value: 'P1D' } },
  { text: 'The case may be heard in a court hearing the week of March 6, 2000.', expected: { text: 'the week of March 6, 2000', value: '2000-W10' } },
  // a bare figure beside a date is no clock
  { text: 'The index fell 1.4%, or 6.43, on Friday, to 437.68.', expected: { text: 'Friday', type: 'DATE', value: '2024-05-10' } },
  { text: 'It may buy shares after Jan. 1, 1990 at 1,015 francs a share.', expected: { text: 'Jan. 1, 1990', type: 'DATE', value: '1990-01-01' } },
  // the quarter of publication is a forecast, not the quarter the story reports on
  { text: 'Third-quarter profit fell. Fourth-quarter results will be hurt by the storm. In the latest quarter, sales rose.', published: '1989-10-30', expected: { text: 'the latest quarter', value: '1989-Q3' } },
  { text: 'Net income for the fiscal year ended Sept. 30 rose 5%.', expected: { text: 'the fiscal year', type: 'DURATION', value: 'P1Y' } },
  { text: 'The offer had been due to expire Friday.', expected: { text: 'Friday', value: '2024-05-10' } },
  { text: 'The stock is to resume trading in Paris Tuesday.', expected: { text: 'Tuesday', value: '2024-05-21' } },
  { text: 'Officials said the father would be traveling to the United States Saturday.', expected: { text: 'Saturday', value: '2024-05-18' } },
  { text: 'Just ahead of the trip, the ministry on Sunday issued a warning.', expected: { text: 'Sunday', value: '2024-05-12' } },
  { text: 'On Monday, when she set aside vacation plans, the talks began.', expected: { text: 'Monday', value: '2024-05-13' } },
  { text: 'Lawyers will look for ways around Wednesday\'s ruling.', expected: { text: 'Wednesday', value: '2024-05-15' } },
  { text: 'The dinner is to be held in June.', expected: { text: 'June', value: '2024-06', anchored: true } },
  { text: 'He was re-elected in March.', expected: { text: 'March', value: '2024-03', anchored: true } },
  { text: 'The dividend, declared Tuesday, is payable Dec. 7.', published: '1989-11-02', expected: { text: 'Dec. 7', value: '1989-12-07' } },
  { text: 'The law took effect in December.', expected: { text: 'December', value: '2023-12' } },
  { text: 'Mr. Putin will host a dinner in the evening.', published: '2023-03-21', expected: { text: 'the evening', type: 'TIME', value: '2023-03-21TEV' } },
  // underspecified references and vague durations
  { text: 'The firm was recently sanctioned.', expected: { text: 'recently', value: 'PAST_REF', anchored: false } },
  { text: 'The urgent issues today include Ukraine.', expected: { text: 'today', value: 'PRESENT_REF', anchored: false } },
  { text: 'Whatever happens today, the talks go on.', expected: { text: 'today', value: '2024-05-16' } },
  { text: 'Prices are now falling.', expected: { text: 'now', value: 'PRESENT_REF', anchored: false } },
  { text: 'He blamed current market conditions.', expected: { text: 'current', value: 'PRESENT_REF' } },
  { text: 'A recent survey found otherwise.', expected: { text: 'recent', value: 'PAST_REF' } },
  // durations the quantity extractor leaves to dates (TimeML extents include the determiner)
  { text: 'Sales fell in the past three months.', expected: { text: 'the past three months', type: 'DURATION', value: 'P3M' } },
  { text: 'Net rose in the first nine months.', expected: { text: 'the first nine months', type: 'DURATION', value: 'P9M' } },
  { text: 'Stocks fell 12% in the last twenty four hours.', expected: { text: 'the last twenty four hours', type: 'DURATION', value: 'PT24H' } },
  { text: 'The inquiry will finish within a year.', expected: { text: 'a year', type: 'DURATION', value: 'P1Y' } },
  { text: 'Talks could take a couple of weeks.', expected: { text: 'a couple of weeks', type: 'DURATION', value: 'P2W' } },
  { text: 'The dispute has lasted more than a decade.', expected: { text: 'more than a decade', type: 'DURATION', value: 'P10Y', mod: 'MORE_THAN' } },
  // SETs
  { text: 'Rallies are held daily in the square.', expected: { text: 'daily', type: 'SET', value: 'P1D' } },
  { text: 'The board meets every week.', expected: { text: 'every week', type: 'SET', value: 'P1W' } },
  { text: 'The market opens each Thursday.', expected: { text: 'each Thursday', type: 'SET', value: 'XXXX-WXX-4' } },
  { text: 'The deal saves $500 million a year.', expected: { text: 'a year', type: 'SET', value: 'P1Y' } },
  { text: 'The show airs on Tuesday nights.', expected: { text: 'Tuesday nights', type: 'SET', value: 'XXXX-WXX-2TNI' } },
  { text: 'Talks broke off at noon Thursday.', published: '1998-02-13', expected: { text: 'noon Thursday', type: 'TIME', value: '1998-02-12T12:00' } },
  { text: 'He appeared in court on Feb. 22. He seemed healthy the next morning.', published: '2000-02-24', expected: { text: 'the next morning', type: 'TIME', value: '2000-02-23TMO' } },
  // holidays
  { text: 'The boy was found on Thanksgiving Day.', published: '2000-01-07', expected: { text: 'Thanksgiving Day', value: '1999-11-25' } },
  { text: 'Voters go to the polls on Election Day.', published: '1998-10-26', expected: { text: 'Election Day', value: '1998-11-03' } },
  { text: 'They met last Christmas.', published: '2024-05-16', expected: { text: 'last Christmas', value: '2023-12-25' } },
  // anaphora
  { text: 'He fled in June 1998 and returned later that year.', published: '2000-01-28', expected: { text: 'later that year', value: '1998' } },
  // reporting periods
  { text: 'The company reported a third-quarter loss.', published: '1989-11-02', expected: { text: 'third-quarter', value: '1989-Q3' } },
  { text: 'It expects to report fourth-quarter profit.', published: '1998-02-10', expected: { text: 'fourth-quarter', value: '1997-Q4' } },
  { text: 'Net fell in the third quarter. A year earlier, it earned $2 million.', published: '1989-11-02', expected: { text: 'A year earlier', value: '1988-Q3' } },
  { text: 'Profit rose in the third quarter. In the year-earlier quarter, it lost money.', published: '1989-11-02', expected: { text: 'the year-earlier quarter', value: '1988-Q3' } },
  { text: 'Profit rose in the third quarter. Sales in the quarter were flat.', published: '1989-11-02', expected: { text: 'the quarter', value: '1989-Q3' } },
  { text: 'The company posted a loss for its fourth quarter ended Sept. 30.', published: '1989-11-02', expected: { text: 'fourth quarter', value: '1989-Q4' } },
  { text: 'Its net loss for the seasonally slow third quarter narrowed.', published: '1989-11-02', expected: { text: 'third quarter', value: '1989-Q3' } },
  { text: 'It posted net income for the fiscal second-quarter of $8.6 million.', published: '1989-11-02', expected: { text: 'the fiscal second-quarter', value: '1989-Q2' } },
  { text: 'Net rose in the third quarter. After a flat second quarter, sales grew. A year earlier, it lost money.', published: '1989-11-02', expected: { text: 'A year earlier', value: '1988-Q3' } },
  // deadlines ahead of a past reporting verb
  { text: 'Officials postponed until Tuesday morning any action on the permit.', published: '2000-03-30', expected: { text: 'Tuesday morning', value: '2000-04-04TMO' } },
  { text: 'The agency has given the relatives until 9 a.m. Tuesday to sign.', published: '2000-04-03', expected: { text: '9 a.m. Tuesday', value: '2000-04-04T09:00' } },
  { text: 'Until Thursday, they had not called him a suspect.', published: '1999-05-07', expected: { text: 'Thursday', value: '1999-05-06' } },
  // years read out as words (broadcast transcripts)
  { text: 'In nineteen ninety-one he was convicted.', published: '1998-01-15', expected: { text: 'nineteen ninety-one', value: '1991' } },
  { text: 'The approach of the year two thousand worries them.', published: '1998-03-03', expected: { text: 'the year two thousand', value: '2000' } },
  { text: 'January nineteen ninety-seven. Atlanta again.', published: '1998-02-27', expected: { text: 'January nineteen ninety-seven', value: '1997-01' } },
  { text: 'Prices fell to the level we saw in the winter of nineteen ninety-four.', published: '1998-02-23', expected: { text: 'the winter of nineteen ninety-four', value: '1994-WI' } },
  // a clock time takes the weekday after its parenthesis; a part of day the narrative's day
  { text: 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', published: '1998-08-08', expected: { text: '10:35 a.m.', value: '1998-08-07T10:35' } },
  { text: 'Shares were dashed Friday.\n\nDealers placed heavy buy orders in the morning.', published: '1989-10-30', expected: { text: 'the morning', value: '1989-10-27TMO' } },
  { text: 'Prisoners were taken in the first hours of the war.', published: '1991-02-25', expected: { text: 'hours', type: 'DURATION', value: 'PTXH' } },
  { text: 'In London at mid-afternoon yesterday, shares were up.', published: '1989-11-02', expected: { text: 'mid-afternoon yesterday', type: 'TIME', value: '1989-11-01TAF', mod: 'MID' } },
  { text: 'Numbers dropped through the nineties.', published: '1998-03-03', expected: { text: 'the nineties', value: '199' } },
  { text: 'It began in the late eighties.', published: '1998-03-03', expected: { text: 'the late eighties', value: '198', mod: 'END' } },
  { text: 'Over the weekend, officials met.', published: '1990-08-13', expected: { text: 'the weekend', value: '1990-W32-WE' } },
  { text: 'Sanctions may be lifted in the near future.', expected: { text: 'the near future', value: 'FUTURE_REF' } },
  { text: 'Troops have fought for months near the city.', expected: { text: 'months', type: 'DURATION', value: 'PXM' } },
  { text: 'Ties have grown over the last few years.', expected: { text: 'the last few years', type: 'DURATION', value: 'PXY' } },
  { text: 'China avoided the phrase in recent months.', expected: { text: 'recent months', type: 'DURATION', value: 'PXM' } },
  { text: 'Over the years, the bond has held.', expected: { text: 'the years', type: 'DURATION', value: 'PXY' } },
  { text: 'Families were divided for decades.', expected: { text: 'decades', type: 'DURATION', value: 'PXDE' } },
  // times fixed by an event stay open and say why
  { text: 'On the eve of his visit, he gave an interview.', expected: { text: 'the eve of his visit', value: 'XXXX-XX-XX', anchored: true, resolved: false } },
];

describe('date extractor: expressions and their TIMEX3 values', () => {
  test.each(cases)('$text', ({ text, published, expected }) => {
    const found = datesOf(text, published === undefined ? '2024-05-16' : published);
    const hit = found.find((d) => d.text === expected.text);
    expect(found.map((d) => d.text)).toContain(expected.text);
    const { text: _t, ...fields } = expected;
    expect(hit).toMatchObject(fields);
  });
});

/** Things that must not be read as dates (chrono's negative_cases style). */
const negatives: string[] = [
  'Peace may return soon.',
  'Trade rose to $189 billion.',
  'The plant created more than 10,000 jobs.',
  'Comments 2',
  'China unveiled a 12-point plan.',
  'Russia may take the fight to Europe.',
  'Thousands joined a protest march through the capital.',
  'It was the 40th meeting between the two leaders.',
  'Call 555-2022 or 020 7946 2019 for details.',
  'The home side won 2-1 after extra time.',
  'About 1,500 people attended.',
  'Police said 2000 people were arrested.',
  'The route covers 2000 km of desert.',
  'Theresa May said she would resign.',
  'She sat down and wed him in secret.',
  'Six months of talks and a two-day visit ended.',
  'The agreement marks 75 years of ties.',
  'Half of 1/3 of the votes were lost.',
  'The days of cheap oil are over.',
  'The future of Taiwan is uncertain.',
  'Good Friday falls early.',
  'Mr Balls told Today he was confident.',
  'About two thousand people marched.',
  'She is in her nineties.',
];

/** A number beside a time expression that must not be read as a year or a clock time: only the listed times are found. */
const numbersBesideTimes: Array<[string, string[]]> = [
  ['Inflation reached 12.53% in the quarter.', ['the quarter']],
  ['He joined on a salary of \u00a32021 a month.', ['a month']],
  ['The show airs at 1900 on Sundays.', ['Sundays']],
  ['McCaw fell $2.50 a share to $37.75.', []],
];

describe('date extractor: numbers beside times', () => {
  test.each(numbersBesideTimes)('%s', (text, expected) => {
    expect(datesOf(text).map((d) => d.text)).toEqual(expected);
  });
});

describe('date extractor: negative cases', () => {
  test.each(negatives)('%s', (text) => {
    expect(datesOf(text).map((d) => d.text)).toEqual([]);
  });
});
