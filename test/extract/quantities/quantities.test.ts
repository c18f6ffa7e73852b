import { ArticleContext } from '../../../src/extract/context';
import { extractQuantities } from '../../../src/extract/quantities';
import type { Quantity } from '../../../src/types';
import { makeArticle } from '../../helpers/article';

interface Found {
  text: string;
  quantity: Quantity;
}

function quantities(text: string): Found[] {
  const ctx = new ArticleContext(makeArticle(text, '2024-05-16'));
  return extractQuantities(ctx).map((c) => ({ text: c.text, quantity: (c as { quantity: Quantity }).quantity }));
}

/** The one quantity whose text contains `needle`. */
function only(text: string, needle: string): Found {
  const hits = quantities(text).filter((q) => q.text.includes(needle));
  if (hits.length !== 1) throw new Error(`expected one quantity containing ${JSON.stringify(needle)} in ${JSON.stringify(text)}, got ${JSON.stringify(quantities(text).map((q) => q.text))}`);
  return hits[0];
}

type Expected = Partial<Quantity> & { text?: string };

const POSITIVE: Array<{ text: string; find: string; expected: Expected }> = [
  // a unit written before its number; a bare figure reported by a value verb
  { text: 'A magnitude 6.8 earthquake struck on Monday.', find: '6.8', expected: { value: 6.8, unit: 'magnitude', bound: '=', text: 'magnitude 6.8' } },
  { text: 'The death toll has risen to 35, officials said.', find: '35', expected: { value: 35, unit: null, bound: '=', text: '35' } },
  { text: 'Unemployment stood at 12 in the survey of regions.', find: '12', expected: { value: 12, unit: null } },
  { text: 'Casualties totalled 350 by the evening.', find: '350', expected: { value: 350, unit: null } },
  // money: currencies and scales
  { text: 'Exports rose to $189 billion in the year.', find: '$189', expected: { value: 189e9, unit: 'USD', bound: '=', text: '$189 billion' } },
  { text: 'The fund holds €7.6 billion in assets.', find: '€7.6', expected: { value: 7.6e9, unit: 'EUR' } },
  { text: 'The council saved £4bn over the decade.', find: '£4bn', expected: { value: 4e9, unit: 'GBP' } },
  { text: 'The deal was valued at $419.3bn by analysts.', find: '419.3', expected: { value: 419.3e9, unit: 'USD' } },
  { text: 'A grant of US$5m was approved.', find: 'US$5m', expected: { value: 5e6, unit: 'USD', text: 'US$5m' } },
  { text: 'Shares worth HK$12 billion changed hands.', find: 'HK$', expected: { value: 12e9, unit: 'HKD' } },
  { text: 'The miner paid A$3.2m in fines.', find: 'A$', expected: { value: 3.2e6, unit: 'AUD' } },
  { text: 'The city spent 3 million yuan on parks.', find: 'yuan', expected: { value: 3e6, unit: 'CNY', text: '3 million yuan' } },
  { text: 'He was fined 500 rubles for the offence.', find: 'rubles', expected: { value: 500, unit: 'RUB' } },
  { text: 'The scheme costs Rs 20 crore a year.', find: 'crore', expected: { value: 2e8, unit: 'INR-per-year' } },
  { text: 'Banks lent USD 40 million to the firm.', find: 'USD', expected: { value: 40e6, unit: 'USD' } },
  { text: 'The club was sold for 2 million pounds last week.', find: 'pounds', expected: { value: 2e6, unit: 'GBP' } },
  { text: 'Investors lost tens of billions of dollars in the crash.', find: 'tens', expected: { value: 1e10, low: 1e10, high: 1e11, unit: 'USD', bound: '~', approximate: true } },
  { text: 'The insurer faces claims of hundreds of millions of euros.', find: 'hundreds', expected: { value: 1e8, low: 1e8, high: 1e9, unit: 'EUR' } },
  { text: 'The bill was half a million dollars.', find: 'half', expected: { value: 5e5, unit: 'USD' } },
  { text: 'Profits were $5bn to $6bn, the bank said.', find: '$5bn', expected: { value: 5e9, low: 5e9, high: 6e9, unit: 'USD' } },
  { text: 'The repairs will cost between $2m and $3m.', find: '$2m', expected: { value: 2e6, low: 2e6, high: 3e6, unit: 'USD' } },
  // bounds written before the figure
  { text: 'The firm employs more than 10,000 people.', find: '10,000', expected: { value: 10000, unit: 'person', bound: '>', text: 'more than 10,000 people' } },
  { text: 'At least 30,000 soldiers were wounded.', find: '30,000', expected: { value: 30000, unit: 'soldier', bound: '>=' } },
  { text: 'Turnout reached nearly 60% in the north.', find: '60%', expected: { value: 60, unit: 'percent', bound: '<', approximate: true } },
  { text: 'The ship carried about 300 passengers.', find: '300', expected: { value: 300, unit: 'passenger', bound: '~', approximate: true } },
  { text: 'Some 2,000 protesters gathered outside.', find: '2,000', expected: { value: 2000, unit: 'protester', bound: '~' } },
  { text: 'Fines can reach up to $50,000 per offence.', find: '50,000', expected: { value: 50000, unit: 'USD-per-offence', bound: '<=' } },
  { text: 'Fewer than 200 votes separated them.', find: '200', expected: { value: 200, unit: 'vote', bound: '<' } },
  { text: 'The match drew just over 45,000 fans.', find: '45,000', expected: { value: 45000, unit: 'fan', bound: '>' } },
  { text: 'The vaccine was tested on almost 3,000 volunteers.', find: '3,000', expected: { value: 3000, unit: 'volunteer', bound: '<' } },
  // bounds carried by a verb: the span holds the figure only
  { text: 'Sales exceeded $13 billion for the first time.', find: '$13', expected: { value: 13e9, unit: 'USD', bound: '>', text: '$13 billion' } },
  { text: 'Officials say revenue will exceed $200 billion soon.', find: '$200', expected: { value: 200e9, bound: '>', modality: 'forecast' } },
  { text: 'Attendance topped 80,000 spectators on Sunday.', find: '80,000', expected: { value: 80000, unit: 'spectator', bound: '>' } },
  // percentages
  { text: 'Inflation eased to 12.53% in April.', find: '12.53', expected: { value: 12.53, unit: 'percent', text: '12.53%' } },
  { text: 'Unemployment fell to 4.2 per cent.', find: '4.2', expected: { value: 4.2, unit: 'percent', text: '4.2 per cent' } },
  { text: 'Support rose 12.5 percent among women.', find: '12.5', expected: { value: 12.5, unit: 'percent' } },
  { text: 'The bank raised rates by 0.25 percentage points.', find: '0.25', expected: { value: 0.25, unit: 'percent-point' } },
  { text: 'Prices rose 5-7% over the summer.', find: '5-7', expected: { value: 5, low: 5, high: 7, unit: 'percent' } },
  // counts, with the counted noun singular
  { text: 'The plant will create 1,200 jobs.', find: '1,200', expected: { value: 1200, unit: 'job', text: '1,200 jobs' } },
  { text: 'The two sides held 40 in-person meetings.', find: '40', expected: { value: 40, unit: 'meeting', text: '40 in-person meetings' } },
  { text: 'Police arrested twenty-five men after the match.', find: 'twenty', expected: { value: 25, unit: 'man' } },
  { text: 'The storm destroyed a dozen homes.', find: 'dozen', expected: { value: 12, unit: 'home' } },
  { text: 'The flood displaced 1.5 million people.', find: '1.5', expected: { value: 1.5e6, unit: 'person' } },
  { text: 'Thousands of children were evacuated.', find: 'Thousands', expected: { value: 1000, low: 1000, high: 1e6, unit: 'child', bound: '~' } },
  { text: 'The war has killed tens of thousands on both sides.', find: 'tens', expected: { value: 10000, low: 10000, high: 100000, unit: null } },
  { text: 'The company plans 10 to 12 new stores.', find: '10 to 12', expected: { value: 10, low: 10, high: 12, unit: 'store' } },
  { text: 'Between 5 and 7 ministers are expected to resign.', find: '5', expected: { value: 5, low: 5, high: 7, unit: 'minister' } },
  { text: 'Five crises hit the region.', find: 'Five', expected: { value: 5, unit: 'crisis' } },
  // ordinals that carry a fact
  { text: 'It was the 40th meeting between the two leaders.', find: '40th', expected: { value: 40, unit: 'meeting', ordinal: true, text: '40th meeting' } },
  { text: 'She began her fifth presidential term on Monday.', find: 'fifth', expected: { value: 5, unit: 'term', ordinal: true, text: 'fifth presidential term' } },
  { text: 'It was his first trip abroad since the election.', find: 'first', expected: { value: 1, unit: 'trip', ordinal: true } },
  { text: 'The couple marked their 75th anniversary.', find: '75th', expected: { value: 75, unit: 'anniversary', ordinal: true } },
  { text: 'The talks entered a third round of negotiations.', find: 'third', expected: { value: 3, unit: 'round', ordinal: true } },
  { text: 'The trip – the first of her new term – went well.', find: 'first', expected: { value: 1, unit: 'trip', ordinal: true } },
  // durations and ages
  { text: 'The minister began a two-day visit to Paris.', find: 'two-day', expected: { value: 2, unit: 'day', timex: { type: 'DURATION', value: 'P2D' } } },
  { text: 'They held a four-and-a-half-hour meeting.', find: 'four', expected: { value: 4.5, unit: 'hour', timex: { type: 'DURATION', value: 'PT4H30M' } } },
  { text: 'He won a six-year term in office.', find: 'six-year', expected: { value: 6, unit: 'year', timex: { type: 'DURATION', value: 'P6Y' } } },
  { text: 'The city celebrated 75 years since its founding.', find: '75 years', expected: { value: 75, unit: 'year', timex: { type: 'DURATION', value: 'P75Y' } } },
  { text: 'It is her second visit in just over six months.', find: 'six months', expected: { value: 6, unit: 'month', bound: '>', approximate: true } },
  { text: 'At the age of 71, he still runs the firm.', find: '71', expected: { value: 71, unit: 'year', measure: 'age' } },
  { text: 'The 34-year-old striker scored twice.', find: '34', expected: { value: 34, unit: 'year' } },
  { text: 'The two-year-old conflict shows no sign of ending.', find: 'two-year-old', expected: { value: 2, unit: 'year' } },
  // measure, modality, source
  { text: 'Trade between the two countries rose to $189 billion last year.', find: '$189', expected: { measure: 'Trade between the two countries', modality: 'asserted' } },
  { text: 'In 2023, bilateral trade volume between Chile and Peru exceeded $13 billion.', find: '$13', expected: { measure: 'bilateral trade volume between Chile and Peru' } },
  { text: 'The output is expected to reach 5 million tonnes.', find: '5 million', expected: { modality: 'forecast' } },
  { text: 'The damage was estimated at $3bn by insurers.', find: '$3bn', expected: { modality: 'estimate' } },
  { text: 'Losses reached 4,000 troops, according to the U.K. Ministry of Defence.', find: '4,000', expected: { source: 'U.K. Ministry of Defence' } },
  { text: 'The plant accounts for 20% of the total electricity output.', find: '20%', expected: { measure: 'total electricity output' } },
];

const NEGATIVE: Array<{ text: string; why: string }> = [
  { text: 'The number of members rose to 2005 levels after the reform.', why: 'a year after a value verb is still a year' },
  { text: 'The team climbed to second in the table.', why: 'a written rank is not a bare figure' },
  { text: 'The magnitude of the task was huge.', why: 'the unit word without a number' },
  { text: 'The law was passed in 2022 after a long debate.', why: 'a year is a date' },
  { text: 'The summit opens on May 16 in the capital.', why: 'a day of a month is a date' },
  { text: 'The vote is on 16 May, officials said.', why: 'a day of a month is a date' },
  { text: 'Fans look forward to the 2023-24 season.', why: 'a season is a date range' },
  { text: 'Comments 2', why: 'page furniture' },
  { text: 'See page 5 and Article 5 of the treaty.', why: 'labels' },
  { text: 'Call 020 7946 0000 for details.', why: 'phone number' },
  { text: 'The G7 and BRICS met as COVID-19 spread.', why: 'names with digits' },
  { text: 'The air force bought new F-16 jets and Su-35 fighters.', why: 'model numbers' },
  { text: 'The two leaders met for one-on-one talks.', why: 'the two leaders refers to known entities; one-on-one is an idiom' },
  { text: 'He was one of the first to arrive.', why: '"one of" is a pronoun' },
  { text: 'The meeting starts at 10:30 and ends at 3pm.', why: 'times of day' },
  { text: 'At first the plan failed.', why: '"at first" carries no rank' },
  { text: 'Chelsea won 3-1 at home.', why: 'a score' },
  { text: 'The trial ended 10 years ago.', why: 'a date' },
  { text: 'The plant will close five years from now.', why: 'a date ahead' },
  { text: 'The Second World War ended in 1945.', why: 'a name' },
  { text: 'It is the second-largest economy.', why: 'a superlative compound' },
  { text: 'Both countries signed the deal.', why: 'no number' },
  { text: 'The top 10 films were listed.', why: 'a ranking label' },
  { text: 'He stayed there until at least 2030.', why: 'a bounded year is a date' },
];

describe('quantity extractor: figures it must find', () => {
  test.each(POSITIVE)('$text → $find', ({ text, find, expected }) => {
    const q = only(text, find);
    const { text: span, ...fields } = expected;
    if (span !== undefined) expect(q.text).toBe(span);
    expect(q.quantity).toMatchObject(fields);
  });
});

describe('quantity extractor: numbers that are not quantities', () => {
  test.each(NEGATIVE)('$text ($why)', ({ text }) => {
    expect(quantities(text).map((q) => q.text)).toEqual([]);
  });

  test('the figure in "12.53%" is a percentage, not a date or a bare number', () => {
    expect(quantities('Yields hit 12.53% on Friday.').map((q) => q.quantity.unit)).toEqual(['percent']);
  });
});

describe('quantity extractor: measure of a pronoun subject', () => {
  test('"it" does not say what is measured: no measure is borrowed from an earlier figure', () => {
    const qs = quantities('Trade between the two countries rose to $189 billion last year. The minister believes it will exceed $200 billion this year.');
    expect(qs.map((q) => q.quantity.measure)).toEqual(['Trade between the two countries', null]);
    expect(qs[1].quantity.modality).toBe('forecast');
  });
});
