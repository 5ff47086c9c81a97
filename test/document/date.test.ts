import { describe, expect, it } from 'vitest';
import { matchHeaderDate } from '../../src/document/date.js';

describe('matchHeaderDate', () => {
  it.each([
    ['Tuyên Quang, ngày 27 tháng 4 năm 2023', { place: 'Tuyên Quang', day: 27, month: 4, year: 2023, iso: '2023-04-27' }],
    ['Hà Nam, ngày tháng năm 2023', { place: 'Hà Nam', day: null, month: null, year: 2023, iso: null }],
    ['Đắk Lắk, ngày tháng 5 năm 2023', { place: 'Đắk Lắk', day: null, month: 5, year: 2023, iso: null }],
    ['Lào Cai, ngày 05 tháng12 năm 2024', { day: 5, month: 12, year: 2024, iso: '2024-12-05' }],
    ['Định Hóa, ngày 22 tháng 09 năm 2023', { place: 'Định Hóa', month: 9, iso: '2023-09-22' }],
    ['Hà Nội , Ngày 29 tháng 11 năm 2005', { place: 'Hà Nội', iso: '2005-11-29' }],
    ['----- o0o ----- Hà Nội, ngày 17 tháng 6 năm 2009', { place: 'Hà Nội', iso: '2009-06-17' }],
    ['TP. Hồ Chí Minh, ngày 01 tháng 02 năm 2024', { place: 'TP. Hồ Chí Minh', iso: '2024-02-01' }],
    ['ngày 02 tháng 4 năm 2024', { place: null, iso: '2024-04-02' }],
    ['Hà Nội, ngày ngày 21 tháng 3 năm 2023', { day: 21, iso: '2023-03-21' }],
    ['Hà Nội, ngày 30 tháng 02 năm 2023', { day: 30, month: 2, year: 2023, iso: null }],
    ['..........., ngày .... tháng .... năm .....', { day: null, month: null, year: null, iso: null }],
  ])('%s', (text, fields) => {
    expect(matchHeaderDate(text)).toMatchObject(fields);
  });

  it('spans `ngày ...` only, not the place', () => {
    const text = 'Tuyên Quang, ngày 27 tháng 4 năm 2023';
    const match = matchHeaderDate(text)!;
    expect(text.slice(match.start, match.end)).toBe('ngày 27 tháng 4 năm 2023');
  });

  it.each([
    'Nghị định số 125/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ',
    'Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ',
    'Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.',
    'Tuyên Quang, ngày 27',
  ])('does not take a date in running text: %s', (text) => {
    expect(matchHeaderDate(text)).toBeNull();
  });
});
