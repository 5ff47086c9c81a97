import { describe, expect, it } from 'vitest';
import { matchDocumentNumber } from '../../src/document/number.js';

describe('matchDocumentNumber', () => {
  it.each([
    ['Số: 1719/UBND-THCBKS', { value: '1719/UBND-THCBKS', sequence: 1719, year: null, typeCode: null, issuerCode: 'UBND', unitCode: 'THCBKS', style: 'state' }],
    ['Số: 09/2017/NĐ-CP', { value: '09/2017/NĐ-CP', sequence: 9, year: 2017, typeCode: 'NĐ', issuerCode: 'CP', unitCode: null, style: 'state' }],
    ['Số: /KH-UBND', { value: '/KH-UBND', sequence: null, year: null, typeCode: 'KH', issuerCode: 'UBND', unitCode: null, style: 'state' }],
    ['Số: 227 /KH-UBND', { value: '227/KH-UBND', sequence: 227, typeCode: 'KH', issuerCode: 'UBND' }],
    ['Số: /UBND - VHXXH', { value: '/UBND-VHXXH', sequence: null, typeCode: null, issuerCode: 'UBND', unitCode: 'VHXXH' }],
    ['Số 3270-CV/BTGTU', { value: '3270-CV/BTGTU', sequence: 3270, year: null, typeCode: 'CV', issuerCode: 'BTGTU', unitCode: null, style: 'party' }],
    ['Số: 16-NQ/TW', { value: '16-NQ/TW', sequence: 16, typeCode: 'NQ', issuerCode: 'TW', style: 'party' }],
    ['Số: 1255/QĐ-TTg', { value: '1255/QĐ-TTg', typeCode: 'QĐ', issuerCode: 'TTg' }],
    ['Số: 407/QĐ- TTg', { value: '407/QĐ-TTg', typeCode: 'QĐ', issuerCode: 'TTg' }],
    ['Số: 80/2015/QH13', { value: '80/2015/QH13', year: 2015, typeCode: null, issuerCode: 'QH13' }],
    ['Số: 55/2005/TTLT-BNV-VPCP', { value: '55/2005/TTLT-BNV-VPCP', year: 2005, typeCode: 'TTLT', issuerCode: 'BNV-VPCP' }],
    ['Số: 30/HĐPB', { value: '30/HĐPB', typeCode: null, issuerCode: 'HĐPB', unitCode: null }],
    ['SỐ: 12/CTr-UBND', { value: '12/CTr-UBND', typeCode: 'CTr', issuerCode: 'UBND' }],
    ['-—-— Số: 174/2026/NĐ-CP Hà Nội, ngày 15 tháng 5 năm 2026', { value: '174/2026/NĐ-CP' }],
    ['Số: 227 /KH-UBND Định Hóa, ngày 22 tháng 09 năm 2023', { value: '227/KH-UBND' }],
  ])('%s', (text, fields) => {
    expect(matchDocumentNumber(text)).toMatchObject(fields);
  });

  it('ends the match at the end of the symbol, before a merged date', () => {
    const text = 'Số: 227 /KH-UBND Định Hóa, ngày 22 tháng 09 năm 2023';
    const match = matchDocumentNumber(text)!;
    expect(text.slice(match.start, match.end)).toBe('Số: 227 /KH-UBND');
  });

  it.each([
    'Số hiệu: 233/2026/NĐ-CP',
    'Số ký hiệu',
    'Số 1: Phản ánh loại hóa đơn điện tử',
    'Số: ..................',
    'Số .... /QĐ-... (2)',
    'Số trẻ, học sinh',
    'Số lợi bất hợp pháp có được',
    'Sở Tư pháp',
    'Số: 1719',
  ])('does not match %s', (text) => {
    expect(matchDocumentNumber(text)).toBeNull();
  });

  it('stays linear on a long hostile symbol', () => {
    const text = `Số: 1${'/A -'.repeat(50_000)}`;
    const started = performance.now();
    matchDocumentNumber(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
