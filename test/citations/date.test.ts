import { describe, expect, it } from 'vitest';
import { isoDate, matchDateAt } from '../../src/citations/date.js';

describe('matchDateAt', () => {
  it.each([
    [' ngày 21/3/2023 của', 21, 3, 2023, '2023-03-21', 'ngày 21/3/2023'],
    [', ngày 11/3/2024', 11, 3, 2024, '2024-03-11', 'ngày 11/3/2024'],
    [' ngày ngày 21/3/2023', 21, 3, 2023, '2023-03-21', 'ngày ngày 21/3/2023'],
    [' ngày 30 tháng 3 năm 2022', 30, 3, 2022, '2022-03-30', 'ngày 30 tháng 3 năm 2022'],
    [' ngày 09 tháng 02 năm 2017', 9, 2, 2017, '2017-02-09', 'ngày 09 tháng 02 năm 2017'],
    [' ngày\n10/9/2020', 10, 9, 2020, '2020-09-10', 'ngày\n10/9/2020'],
    [' Ngày 01-6-2020', 1, 6, 2020, '2020-06-01', 'Ngày 01-6-2020'],
    [' ngày 31/6/2023', 31, 6, 2023, null, 'ngày 31/6/2023'],
  ])('%j', (text, day, month, year, iso, raw) => {
    const date = matchDateAt(text, 0);
    expect(date).toMatchObject({ day, month, year, iso });
    expect(text.slice(date!.start, date!.end)).toBe(raw);
  });

  it('needs `ngày` and a year', () => {
    expect(matchDateAt(' 21/3/2023', 0)).toBeNull();
    expect(matchDateAt(' ngày 30/11 hằng năm', 0)).toBeNull();
    expect(matchDateAt(' ngày 14/03/2', 0)).toBeNull();
  });
});

describe('isoDate', () => {
  it('accepts only days on the calendar', () => {
    expect(isoDate(29, 2, 2024)).toBe('2024-02-29');
    expect(isoDate(29, 2, 2023)).toBeNull();
    expect(isoDate(1, 13, 2023)).toBeNull();
    expect(isoDate(0, 1, 2023)).toBeNull();
  });
});
