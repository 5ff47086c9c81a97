import { describe, expect, it } from 'vitest';
import { issuerFrom } from '../../src/document/issuer.js';

describe('issuerFrom', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'TỈNH ĐẮK LẮK'], { name: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', parent: null }],
    [['ỦY BAN NHÂN DÂN', 'THỊ TRẤN CHỢ CHU'], { name: 'ỦY BAN NHÂN DÂN THỊ TRẤN CHỢ CHU', parent: null }],
    [['TỈNH ỦY THÁI NGUYÊN', 'BAN TUYÊN GIÁO'], { name: 'BAN TUYÊN GIÁO', parent: 'TỈNH ỦY THÁI NGUYÊN' }],
    [['UBND TỈNH LÀO CAI', 'SỞ TƯ PHÁP'], { name: 'SỞ TƯ PHÁP', parent: 'UBND TỈNH LÀO CAI' }],
    [['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH', 'SỞ Y TẾ'], { name: 'SỞ Y TẾ', parent: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH' }],
    [['NGÂN HÀNG NHÀ NƯỚC', 'VIỆT NAM'], { name: 'NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', parent: null }],
    [['BỘ TÀI CHÍNH', '_______'], { name: 'BỘ TÀI CHÍNH', parent: null }],
    [['CHÍNH PHỦ'], { name: 'CHÍNH PHỦ', parent: null }],
    [['UỶ BAN NHÂN DÂN', 'HUYỆN ĐỊNH HOÁ'], { name: 'UỶ BAN NHÂN DÂN HUYỆN ĐỊNH HOÁ', parent: null }],
  ])('%j', (lines, issuer) => {
    expect(issuerFrom(lines)).toEqual(issuer);
  });

  it('is null without issuer lines', () => {
    expect(issuerFrom([])).toBeNull();
    expect(issuerFrom(['---'])).toBeNull();
  });
});
