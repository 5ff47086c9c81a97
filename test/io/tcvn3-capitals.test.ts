import { describe, expect, it } from 'vitest';
import { decodeTcvn3 } from '../../src/io/legacy/tcvn3.js';

describe('TCVN3 capitals with a tone mark, typed as lower-case codes', () => {
  it('are capitals in a word whose other letters are capitals', () => {
    expect(decodeTcvn3('QUYÕT ®ÞNH')).toBe('QUYẾT ĐỊNH');
    expect(decodeTcvn3('Sè: 12/Q§-UBND')).toBe('Số: 12/QĐ-UBND');
  });

  it('in a word too short to tell, follow the nearest words on each side that tell, when they agree', () => {
    expect(decodeTcvn3('CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM')).toBe('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(decodeTcvn3('XỬ Lý Kû LUËT')).toBe('XỬ LÝ KỶ LUẬT');
    expect(decodeTcvn3('Hµ Néi')).toBe('Hà Nội');
    expect(decodeTcvn3('LUËT Hµ néi')).toBe('LUẬT Hà nội');
  });

  it('take nothing from an abbreviation in capitals, which stands beside words in any case', () => {
    expect(decodeTcvn3('UBND Hµ Néi')).toBe('UBND Hà Nội');
    expect(decodeTcvn3('Sè: 12/UBND')).toBe('Số: 12/UBND');
    expect(decodeTcvn3('UBND TØNH Hµ GIANG')).toBe('UBND TỈNH HÀ GIANG');
  });

  it('start a list item and the name Ủy ban; elsewhere a lower-case word stays as it is', () => {
    expect(decodeTcvn3('- ñy quyÒn cho Gi¸m ®èc\n2.1. ¸p dông\na) ®¬n vÞ')).toBe('- Ủy quyền cho Giám đốc\n2.1. Áp dụng\na) Đơn vị');
    expect(decodeTcvn3('c¸c ñy ban vµ ñy viªn')).toBe('các Ủy ban và ủy viên');
    expect(decodeTcvn3('16.000.000 ®ång')).toBe('16.000.000 đồng');
    expect(decodeTcvn3('cña ®¬n vÞ')).toBe('của đơn vị');
  });

  it('look no further than the line', () => {
    expect(decodeTcvn3('QUYÕT ®ÞNH\nX· héi')).toBe('QUYẾT ĐỊNH\nXã hội');
  });
});
