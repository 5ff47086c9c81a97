import { describe, expect, it } from 'vitest';
import { matchNumberAt, symbolParts } from '../../src/citations/number.js';

const at = (text: string, allowBare = false) => matchNumberAt(text, 0, allowBare);

describe('matchNumberAt', () => {
  it.each([
    ['09/2017/NĐ-CP ngày', '09/2017/NĐ-CP', 'state', 9, 2017, ['NĐ', 'CP']],
    ['55/2005/TTLT-BNV-VPCP;', '55/2005/TTLT-BNV-VPCP', 'state', 55, 2005, ['TTLT', 'BNV', 'VPCP']],
    ['407/QĐ- TTg ngày', '407/QĐ-TTg', 'state', 407, null, ['QĐ', 'TTg']],
    // Text-layer text: a paragraph break the layer could not join is one \n.
    ['62/2020/NĐ-\nCP ngày', '62/2020/NĐ-CP', 'state', 62, 2020, ['NĐ', 'CP']],
    ['227 /KH-UBND', '227/KH-UBND', 'state', 227, null, ['KH', 'UBND']],
    ['1/UBND - VHXXH', '1/UBND-VHXXH', 'state', 1, null, ['UBND', 'VHXXH']],
    ['3270-CV/BTGTU ngày', '3270-CV/BTGTU', 'party', 3270, null, ['CV', 'BTGTU']],
    ['08-QĐi/TW,', '08-QĐi/TW', 'party', 8, null, ['QĐi', 'TW']],
    ['15-CP ngày', '15-CP', 'state', 15, null, ['CP']],
    ['93⁄2025/QH15', '93/2025/QH15', 'state', 93, 2025, ['QH15']],
  ])('%j → %s', (text, value, style, sequence, year, groups) => {
    expect(at(text)).toMatchObject({ value, style, sequence, year, groups });
  });

  it('keeps a following word out of the symbol: `CP - Chính phủ`, `UBND tỉnh`', () => {
    expect(at('09/2017/NĐ-CP - Chính phủ')?.value).toBe('09/2017/NĐ-CP');
    expect(at('1719/UBND tỉnh')?.value).toBe('1719/UBND');
  });

  it('reads a bare sequence only where a short form is allowed, and never before a slash', () => {
    expect(at('765)', false)).toBeNull();
    expect(at('765)', true)).toMatchObject({ value: '765', style: 'bare', sequence: 765 });
    expect(at('1/2/1/2/', true)).toBeNull();
    expect(at('21/3/2023', true)).toBeNull();
  });
});

describe('symbolParts', () => {
  const parts = (text: string, type: string) => symbolParts(at(text)!, type);

  it('reads type, issuer and unit like the header number does', () => {
    expect(parts('407/QĐ-TTg', 'Quyết định')).toEqual({ typeCode: 'QĐ', issuerCode: 'TTg', unitCode: null });
    expect(parts('1719/UBND-THCBKS', 'Công văn')).toEqual({ typeCode: null, issuerCode: 'UBND', unitCode: 'THCBKS' });
    expect(parts('80/2015/QH13', 'Luật')).toEqual({ typeCode: null, issuerCode: 'QH13', unitCode: null });
    expect(parts('55/2005/TTLT-BNV-VPCP', 'Thông tư liên tịch')).toEqual({ typeCode: 'TTLT', issuerCode: 'BNV-VPCP', unitCode: null });
    expect(parts('3270-CV/BTGTU', 'Công văn')).toEqual({ typeCode: 'CV', issuerCode: 'BTGTU', unitCode: null });
    expect(parts('12/KH-UBND-VP', 'Kế hoạch')).toEqual({ typeCode: 'KH', issuerCode: 'UBND', unitCode: 'VP' });
  });

  it('never takes TT out of TTg, and gives a công văn no type code', () => {
    expect(parts('1055/TTg-KGVX', 'Công văn')).toEqual({ typeCode: null, issuerCode: 'TTg', unitCode: 'KGVX' });
    expect(parts('1055/TTg-KGVX', 'Văn bản')).toEqual({ typeCode: null, issuerCode: 'TTg', unitCode: 'KGVX' });
    expect(parts('12/CT-TTHT', 'Công văn')).toEqual({ typeCode: null, issuerCode: 'CT', unitCode: 'TTHT' });
  });
});
