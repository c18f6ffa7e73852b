import { ArticleContext } from '../../../src/extract/context';
import { extractQuantities } from '../../../src/extract/quantities';
import type { Quantity } from '../../../src/types';
import { makeArticle } from '../../helpers/article';

/** Ranges, the unit dictionary, rates, currency notations, ages, signs and fractions (issue 9). */
function quantities(text: string): Array<{ text: string; q: Quantity }> {
  const ctx = new ArticleContext(makeArticle(text, '2024-05-16'));
  return extractQuantities(ctx).map((c) => ({ text: c.text, q: (c as { quantity: Quantity }).quantity }));
}
const pick = (q: Quantity) => ({ value: q.value, unit: q.unit, ...(q.low !== undefined ? { low: q.low, high: q.high } : {}) });
const all = (text: string) => quantities(text).map((x) => pick(x.q));

describe('range grammar', () => {
  test.each([
    ['Estimates range from $5 to $7 million.', { value: 5e6, unit: 'USD', low: 5e6, high: 7e6 }],
    ['The plan will cost 5 to 6 million euros.', { value: 5e6, unit: 'EUR', low: 5e6, high: 6e6 }],
    ['Growth of 2% to 4% is forecast.', { value: 2, unit: 'percent', low: 2, high: 4 }],
    ['It is between 5 and 7 km long.', { value: 5, unit: 'kilometre', low: 5, high: 7 }],
    ['Walls eight to 10 feet tall surround it.', { value: 8, unit: 'foot', low: 8, high: 10 }],
    ['Prices of $2.86 to $41.32 a barrel were seen.', { value: 2.86, unit: 'USD-per-barrel', low: 2.86, high: 41.32 }],
    ['Speeds of 8%-10% were reported.', { value: 8, unit: 'percent', low: 8, high: 10 }],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual([expected]);
  });

  test('after a verb of change, "from A to B" is two figures and A takes B\'s scale', () => {
    expect(all('Sales rose from $5 to $7 million.')).toEqual([
      { value: 5e6, unit: 'USD' },
      { value: 7e6, unit: 'USD' },
    ]);
  });

  test('a date after "from ... to" is no range end, and a level after a change amount is no range', () => {
    expect(all('The fair runs from 6 to 9 January.')).toEqual([]);
    expect(all('The index gained 45.4 points to 10,360.')).toEqual([{ value: 45.4, unit: 'point' }, { value: 10360, unit: null }]);
  });
});

describe('unit dictionary', () => {
  test.each([
    ['The engine makes 300 hp at 6,000 rpm.', ['horsepower', 'revolution-per-minute']],
    ['A 3.2GHz chip and a 4,000mAh battery.', ['gigahertz', 'milliampere-hour']],
    ['Levels reached 15 ppb and 98.6°F.', ['part-per-billion', 'fahrenheit']],
    ['The flat is 45 sq m and the farm 300 acres.', ['square-metre', 'acre']],
    ['It ran at 120 km/h, or 75 mph.', ['kilometre-per-hour', 'mile-per-hour']],
    ['The screen is 55″ wide; the parcel weighs 5 lb or 2.3 kg.', ['inch', 'pound', 'kilogram']],
    ['It fell to -5C overnight and 30 degrees Celsius by day.', ['celsius', 'celsius']],
    ['He threw a 30-yard pass and ran a 10-mile race.', ['yard', 'mile']],
  ])('%s', (text, units) => {
    expect(quantities(text).map((x) => x.q.unit)).toEqual(units);
  });

  test('case and gluing matter for symbols: "5G" is a network, "24703m212" a code, "50 Cent" a name', () => {
    expect(all('The 5G rollout began.')).toEqual([]);
    expect(all('Part 24703m212 was recalled.')).toEqual([]);
    expect(all('The rapper 50 Cent performed.')).toEqual([]);
  });
});

describe('currencies and rates', () => {
  test.each([
    ['Tickets cost 5 € or 5€.', [{ value: 5, unit: 'EUR' }, { value: 5, unit: 'EUR' }]],
    ['The bid was US$5m, A$7m, C$8m and HK$9m.', [{ value: 5e6, unit: 'USD' }, { value: 7e6, unit: 'AUD' }, { value: 8e6, unit: 'CAD' }, { value: 9e6, unit: 'HKD' }]],
    ['It sold for 500 USD and 300 yen.', [{ value: 500, unit: 'USD' }, { value: 300, unit: 'JPY' }]],
    ['Shares closed at 120p, up 30 pence.', [{ value: 120, unit: 'penny' }, { value: 30, unit: 'penny' }]],
    ['Oil was $50 a barrel and the dividend 12 cents per share.', [{ value: 50, unit: 'USD-per-barrel' }, { value: 12, unit: 'cent-per-share' }]],
    ['Staff earn £9 an hour and growth is 3% per annum.', [{ value: 9, unit: 'GBP-per-hour' }, { value: 3, unit: 'percent-per-year' }]],
    ['Fines of 2,000 kuna and 100 Rs. were paid.', [{ value: 2000, unit: 'HRK' }]],
  ])('%s', (text, expected) => {
    expect(all(text).slice(0, expected.length)).toEqual(expected);
  });

  test('"a year ago" is a date, not a rate', () => {
    expect(all('Profit was $5m a year ago.')).toEqual([{ value: 5e6, unit: 'USD' }]);
  });
});

describe('ages, signs and fractions', () => {
  test.each([
    ['Smith, 52, was arrested.', { value: 52, unit: 'year' }],
    ['The man, aged 71, died.', { value: 71, unit: 'year' }],
    ['A 52-year-old man was hurt.', { value: 52, unit: 'year' }],
    ['Children of 3 years of age were tested.', { value: 3, unit: 'year' }],
    ['The victim was 52 years old.', { value: 52, unit: 'year' }],
    ['A 6-year-old boy was rescued.', { value: 6, unit: 'year' }],
  ])('age: %s', (text, expected) => {
    const [q] = quantities(text);
    expect(pick(q.q)).toEqual(expected);
    expect(q.q.measure).toMatch(/^age/);
    // TimeML marks no age as a TIMEX3, so an age carries no timex (a judge counting timexes would count it)
    expect(q.q.timex).toBeUndefined();
  });

  test('a period written like an age keeps its timex: "a five-year plan"', () => {
    const [q] = quantities('They agreed a five-year plan.');
    expect(q.q.timex).toEqual({ type: 'DURATION', value: 'P5Y' });
  });

  test.each([
    ['Output shrank by -0.5% in May.', -0.5],
    ['It was minus 5 degrees.', -5],
    ['It was −12C at dawn.', -12],
  ])('sign: %s', (text, value) => {
    expect(quantities(text)[0].q.value).toBe(value);
  });

  test.each([
    ['Two-thirds of voters agreed.', 2 / 3],
    ['Add 1/2 cup of milk.', 0.5],
    ['It is a 10 1/2 mile course.', 10.5],
    ['Allow 1½ hours.', 1.5],
    ['It cost half a million dollars.', 5e5],
    ['It cost a quarter million dollars.', 2.5e5],
    ['It cost three quarters billion dollars.', 7.5e8],
  ])('fraction: %s', (text, value) => {
    expect(quantities(text)[0].q.value).toBeCloseTo(value);
  });

  test('dates and names are not fractions: "9/11", "24/7", "12/05/2024"', () => {
    expect(all('After 9/11, shops open 24/7 since 12/05/2024.')).toEqual([]);
  });

  test('a bare figure after "to"/"at" counts in a clause that already has a figure', () => {
    expect(all('Sales rose 6.2% to 1,450 units and shares closed at 197.').map((q) => q.value)).toEqual([6.2, 1450, 197]);
    expect(all('We met at 10 and left.')).toEqual([]);
  });
});

describe('spaced forms, compound units and rates after the stuff measured', () => {
  test.each([
    ['He is about 40 - 50 years old.', [{ value: 40, unit: 'year', low: 40, high: 50 }]],
    ['It takes a 75 -300mm lens.', [{ value: 75, unit: 'millimetre', low: 75, high: 300 }]],
    ['She bought 30 - year bonds.', [{ value: 30, unit: 'year' }]],
    ['A 28 - year - old man won.', [{ value: 28, unit: 'year' }]],
    ['It was ninety five years of age.', [{ value: 95, unit: 'year' }]],
    ['Around 80, 000 spectators came.', [{ value: 80000, unit: 'spectator' }]],
    ['The weight is 20 (kg) and 30 [kg].', [{ value: 20, unit: 'kilogram' }, { value: 30, unit: 'kilogram' }]],
    ['Convert - 20 degrees fahrenheit to celsius.', [{ value: -20, unit: 'fahrenheit' }]],
    ['They withdrew the one-yen bid.', [{ value: 1, unit: 'JPY' }]],
    ['It only cost thirteen dollars forty five', [{ value: 13.45, unit: 'USD' }]],
    ['It pumps 2 million barrels of crude oil a day.', [{ value: 2e6, unit: 'barrel-per-day' }]],
    ['It offered a $ 70 - a - share price.', [{ value: 70, unit: 'USD-per-share' }]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  test('a time unit before "old" is an age, not the noun that follows', () => {
    const [q] = quantities('A 90 day old utilities bill is late.');
    expect(pick(q.q)).toEqual({ value: 90, unit: 'day' });
    expect(q.q.measure).toMatch(/^age/);
    expect(pick(quantities('The promise is one year old.')[0].q)).toEqual({ value: 1, unit: 'year' });
  });

  test('the spaced forms stay narrow: a score, a list, a word after " - ", a dash aside, a rate after "of"', () => {
    expect(all('Chelsea won 3 - 1 on Sunday.')).toEqual([]);
    expect(all('They scored 10, 20 and 30 points.')).toEqual([{ value: 30, unit: 'point' }]);
    expect(all('They built 2 - door cars.')).toEqual([]);
    expect(all('He served 10 – years of hell – in jail.')).toEqual([]);
    expect(all('Profits - 20 million dollars - fell.')).toEqual([{ value: 2e7, unit: 'USD' }]);
    // after "of NP" only a time makes a rate
    expect(all('They shipped 20 tonnes of rice a person.')).toEqual([{ value: 20, unit: 'tonne' }]);
  });
});

describe('codes, inches after feet, rates per second, sub-units after a code', () => {
  test.each([
    ['The site is 24703m2.', [{ value: 24703, unit: 'square-metre' }]],
    ['He is 6 ft 2 in tall.', [{ value: 6, unit: 'foot' }, { value: 2, unit: 'inch' }]],
    ['The lifts reach 17m/s, or 1,020 metres a min.', [{ value: 17, unit: 'metre-per-second' }, { value: 1020, unit: 'metre-per-minute' }]],
    ['He faces two cup ties.', [{ value: 2, unit: 'tie' }]],
    ['Only 16 - 21 year olds may apply.', [{ value: 16, unit: 'year', low: 16, high: 21 }]],
    ['The three-quarters had no space.', []],
    ['Water boils at 100° Celsius.', [{ value: 100, unit: 'celsius' }]],
    ['The fee will rise to 17 USD 25.', [{ value: 17.25, unit: 'USD' }]],
    ['It sold its one - third interest.', [{ value: 1 / 3, unit: 'interest' }]],
    ['It kept its two-thirds stake.', [{ value: 2 / 3, unit: 'stake' }]],
    ['It is 1 m x 1 m.', [{ value: 1, unit: 'metre' }, { value: 1, unit: 'metre' }]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  test('a unit glued to more digits is a code, and so is a number hyphened to one', () => {
    expect(all('Part 24703 m212 and scp2-173m were filed.')).toEqual([]);
    expect(all('Item 24703m212 shipped.')).toEqual([]);
    expect(all('He stood in 2 inches of water.')).toEqual([{ value: 2, unit: 'inch' }]);
    expect(all('Only 2 in 10 voters agree.').map((q) => q.unit)).not.toContain('inch');
  });
});

describe('sentences with number words only', () => {
  test.each([
    ['Seventeen tests were successful.', [{ value: 17, unit: 'test' }]],
    ['A quarter of voters agreed.', [{ value: 0.25, unit: null }]],
    ['Scores of people were hurt.', [{ value: 40, unit: 'person', low: 40, high: 400 }]],
  ])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

test('"scores" alone is music or a match, not a magnitude', () => {
  expect(all('He missed a chance to level the scores again.')).toEqual([]);
});
