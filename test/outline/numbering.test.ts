import { describe, expect, it } from 'vitest';
import { markerRank, readMarker, romanValue, VIETNAMESE_LETTERS } from '../../src/outline/numbering.js';

describe('readMarker', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I.', 1, 'MỤC ĐÍCH, YÊU CẦU'],
    ['IV. TỔ CHỨC THỰC HIỆN', 'roman', 'IV.', 4, 'TỔ CHỨC THỰC HIỆN'],
    ['2. Sở Thông tin và Truyền thông', 'arabic', '2.', 2, 'Sở Thông tin và Truyền thông'],
    ['2.1. Sở Tư pháp:', 'decimal', '2.1.', 1, 'Sở Tư pháp:'],
    ['2.1 Sở Tư pháp', 'decimal', '2.1', 1, 'Sở Tư pháp'],
    ['1.1.2. Thông tư hướng dẫn', 'decimal', '1.1.2.', 2, 'Thông tư hướng dẫn'],
    ['a) Đơn đề nghị;', 'letter', 'a)', 1, 'Đơn đề nghị;'],
    ['đ) Tổng kết;', 'letter', 'đ)', 5, 'Tổng kết;'],
    ['g) Báo cáo;', 'letter', 'g)', 7, 'Báo cáo;'],
    ['3) Ba', 'parenthesized', '3)', 3, 'Ba'],
    ['Điều 5. Trách nhiệm thi hành', 'article', 'Điều 5.', 5, 'Trách nhiệm thi hành'],
    ['Điều 12a. Điều bổ sung', 'article', 'Điều 12a.', 12, 'Điều bổ sung'],
    ['Điều 5.Trách nhiệm', 'article', 'Điều 5.', 5, 'Trách nhiệm'],
    ['Chương II', 'chapter', 'Chương II', 2, ''],
    ['CHƯƠNG III. ĐIỀU KHOẢN THI HÀNH', 'chapter', 'CHƯƠNG III.', 3, 'ĐIỀU KHOẢN THI HÀNH'],
    ['Mục 1', 'division', 'Mục 1', 1, ''],
    ['Tiểu mục 2. VI PHẠM QUY ĐỊNH CHUNG', 'subdivision', 'Tiểu mục 2.', 2, 'VI PHẠM QUY ĐỊNH CHUNG'],
    ['Phần I', 'part', 'Phần I', 1, ''],
    ['Phần thứ hai', 'part', 'Phần thứ hai', 2, ''],
  ])('%s', (text, kind, number, ordinal, rest) => {
    expect(readMarker(text)).toMatchObject({ kind, number, ordinal, rest });
  });

  it.each([
    ['2023. Các cơ quan', 'a year is no number'],
    ['10.000 đồng', 'a thousands separator'],
    ['1.5 triệu đồng', 'a decimal fraction'],
    ['Điều 9 Nghị định này, thuộc một trong các trường hợp', 'an article cited in running text'],
    ['Chương trình hành động', 'a word starting like Chương'],
    ['Chương IV Nghị định này', 'a chapter cited in running text'],
    ['Mục tiêu', 'a word starting like Mục'],
    ['Mục 5.1, 5.2 của Kế hoạch', 'a cited item'],
    ['f) không có chữ f', 'a letter outside the Vietnamese alphabet'],
    ['IIII. Sai', 'a malformed Roman numeral'],
    ['Sở Tư pháp', 'no number'],
    ['1 Sở Tư pháp', 'a number without its dot'],
  ])('%s is not a section number (%s)', (text) => {
    expect(readMarker(text)).toBeNull();
  });

  it('orders điểm letters as the Vietnamese alphabet: no f, j, w, z; đ after d', () => {
    expect([...VIETNAMESE_LETTERS].map((letter) => readMarker(`${letter}) x`)?.ordinal)).toEqual(
      Array.from({ length: 23 }, (_, i) => i + 1),
    );
  });

  it('reads only canonical Roman numerals', () => {
    expect(['I', 'IV', 'IX', 'XIV', 'XL', 'XC'].map(romanValue)).toEqual([1, 4, 9, 14, 40, 90]);
    expect(['IIII', 'VX', 'IL', ''].map(romanValue)).toEqual([null, null, null, null]);
  });

  it('ranks Phần > Chương > Mục > Điều > I. > 1. > 1.1. > a)', () => {
    const ranks = ['Phần I', 'Chương I', 'Mục 1', 'Điều 1. X', 'I. X', '1. X', '1.1. X', '1.1.1. X', 'a) X'].map((text) =>
      markerRank(readMarker(text)!),
    );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});
