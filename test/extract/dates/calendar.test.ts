import { addMonths, isoWeek, weekdayFrom } from '../../../src/extract/dates/calendar';

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
