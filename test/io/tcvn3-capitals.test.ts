import { describe, expect, it } from 'vitest';
import { decodeTcvn3 } from '../../src/io/legacy/tcvn3.js';

/** TCVN3 codes as they show read as Latin-1 → the text they stand for, by what decides the case. */
const CASES: Record<string, Array<[codes: string, text: string]>> = {
  'a word whose other letters are capitals is in capitals': [
    ['QUYÕT ®ÞNH', 'QUYẾT ĐỊNH'],
    ['Sè: 12/Q§-UBND', 'Số: 12/QĐ-UBND'],
  ],
  'a word too short to tell follows the nearest words on each side that tell, when they agree': [
    ['CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['XỬ Lý Kû LUËT', 'XỬ LÝ KỶ LUẬT'],
    ['Hµ Néi', 'Hà Nội'],
    ['LUËT Hµ néi', 'LUẬT Hà nội'],
  ],
  'an abbreviation in capitals tells nothing: it stands beside words in any case': [
    ['UBND Hµ Néi', 'UBND Hà Nội'],
    ['Sè: 12/UBND', 'Số: 12/UBND'],
    ['UBND TØNH Hµ GIANG', 'UBND TỈNH HÀ GIANG'],
  ],
  'a list item and the name Ủy ban start with a capital; elsewhere a lower-case word stays': [
    ['- ñy quyÒn cho Gi¸m ®èc\n2.1. ¸p dông\na) ®¬n vÞ', '- Ủy quyền cho Giám đốc\n2.1. Áp dụng\na) Đơn vị'],
    ['c¸c ñy ban vµ ñy viªn', 'các Ủy ban và ủy viên'],
    ['16.000.000 ®ång', '16.000.000 đồng'],
    ['cña ®¬n vÞ', 'của đơn vị'],
  ],
  'nothing is looked for beyond the line': [['QUYÕT ®ÞNH\nX· héi', 'QUYẾT ĐỊNH\nXã hội']],
};

describe('TCVN3 capitals with a tone mark, typed as lower-case codes', () => {
  it.each(Object.entries(CASES))('%s', (_rule, cases) => {
    for (const [codes, text] of cases) expect(decodeTcvn3(codes), codes).toBe(text);
  });
});
