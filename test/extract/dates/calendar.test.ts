import { addMonths, easterSunday, holidayDate, isoWeek, weekdayFrom } from '../../../src/extract/dates/calendar';

describe('calendar arithmetic', () => {
  test.each([
    [{ year: 2024, month: 5, day: 16 }, '2024-W20'],
    [{ year: 2023, month: 3, day: 21 }, '2023-W12'],
    [{ year: 2021, month: 1, day: 3 }, '2020-W53'],
    [{ year: 2024, month: 12, day: 30 }, '2025-W01'],
  ])('ISO week of %o is %s', (d, week) => expect(isoWeek(d)).toBe(week));

  test.each([
    ['past', 2, false, '2024-05-14'],
    ['future', 2, false, '2024-05-21'],
    ['past', 4, false, '2024-05-16'],
    ['future', 4, false, '2024-05-16'],
    ['past', 4, true, '2024-05-09'],
    ['future', 4, true, '2024-05-23'],
  ] as const)('%s weekday %d (strict %s) from Thursday 2024-05-16 is %s', (dir, wd, strict, expected) => {
    const d = weekdayFrom({ year: 2024, month: 5, day: 16 }, wd, dir, strict);
    expect(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`).toBe(expected);
  });

  test('month arithmetic crosses years', () => {
    expect(addMonths(2024, 1, -1)).toEqual({ year: 2023, month: 12 });
    expect(addMonths(2023, 12, 1)).toEqual({ year: 2024, month: 1 });
  });
});

describe('holiday rules', () => {
  test.each([
    ['12-25', 2023, { year: 2023, month: 12, day: 25 }],
    ['11-4-4', 1999, { year: 1999, month: 11, day: 25 }], // fourth Thursday of November
    ['11-after-1-2', 1998, { year: 1998, month: 11, day: 3 }], // the Tuesday after the first Monday
    ['11-after-1-2', 2022, { year: 2022, month: 11, day: 8 }], // Nov 1 is a Tuesday: the next one
    ['05-last-1', 2024, { year: 2024, month: 5, day: 27 }],
    ['easter+1', 2024, { year: 2024, month: 4, day: 1 }],
  ])('%s in %d', (rule, year, day) => expect(holidayDate(rule, year)).toEqual(day));
  it('computes Easter (Gregorian)', () => {
    expect(easterSunday(2000)).toEqual({ year: 2000, month: 4, day: 23 });
    expect(easterSunday(2019)).toEqual({ year: 2019, month: 4, day: 21 });
  });
  it('reads no unknown rule', () => expect(holidayDate('constructor', 2024)).toBeUndefined());
});
