import { describe, expect, it } from 'vitest';
import { distributionEntry, matchArchive } from '../../src/document/distribution.js';
import { innerPersonName, leadingPersonName, personNameLine } from '../../src/document/person-name.js';
import { signatureFrom, signatureLines } from '../../src/document/signature.js';

describe('distributionEntry', () => {
  it.each([
    ['Như trên;', { name: 'Như trên', note: null }],
    ['TT Tỉnh ủy, TT HĐND tỉnh (b/c);', { name: 'TT Tỉnh ủy, TT HĐND tỉnh', note: 'b/c' }],
    ['Bộ Thông tin và Truyền thông (để báo cáo);', { name: 'Bộ Thông tin và Truyền thông', note: 'để báo cáo' }],
    ['PCT UBND tỉnh Hoàng Việt Phương; | (báo cáo)', { name: 'PCT UBND tỉnh Hoàng Việt Phương', note: 'báo cáo' }],
    ['Cục KTVB và TCTHPL (Bộ Tư pháp);', { name: 'Cục KTVB và TCTHPL (Bộ Tư pháp)', note: null }],
    ['VPUB: CPVP, TH, NC(H), VXNV(2);', { name: 'VPUB: CPVP, TH, NC(H), VXNV(2)', note: null }],
    ['Ban Tuyên giáo Trung ương,', { name: 'Ban Tuyên giáo Trung ương', note: null }],
    ['Các đ/c Thứ trưởng Bộ Y tế (để phối hợp chỉ đạo);', { name: 'Các đ/c Thứ trưởng Bộ Y tế', note: 'để phối hợp chỉ đạo' }],
  ])('%s', (text, entry) => {
    expect(distributionEntry(text)).toEqual(entry);
  });

  it('gives nothing for an empty entry', () => {
    expect(distributionEntry(' ; ')).toBeNull();
  });
});

describe('matchArchive', () => {
  it.each([
    ['Lưu: VT, KGVX(Nh-06b).', 'Lưu: VT, KGVX(Nh-06b).', ['VT', 'KGVX(Nh-06b)']],
    ['Lưu VT, THCBKS (T).', 'Lưu VT, THCBKS (T).', ['VT', 'THCBKS (T)']],
    ['Lưu Ban Tuyên giáo Tỉnh ủy.', 'Lưu Ban Tuyên giáo Tỉnh ủy.', ['Ban Tuyên giáo Tỉnh ủy']],
    ['Lưu: VT, VXNV_(D).', 'Lưu: VT, VXNV_(D).', ['VT', 'VXNV_(D)']],
    ['Lưu: VT, TCCV (2). 4â.', 'Lưu: VT, TCCV (2).', ['VT', 'TCCV (2)']],
    ['Lưu: VT, KTTH (2b)', 'Lưu: VT, KTTH (2b)', ['VT', 'KTTH (2b)']],
  ])('%s', (text, statement, units) => {
    const archive = matchArchive(text)!;
    expect(text.slice(0, archive.length)).toBe(statement);
    expect(archive.units).toEqual(units);
  });

  it('needs the Lưu label', () => {
    expect(matchArchive('Lãnh đạo Ban;')).toBeNull();
  });
});

describe('person names', () => {
  it.each([
    ['Hà Minh Hải', { name: 'Hà Minh Hải', rank: null }],
    ['Nguyễn Quốc Thái', { name: 'Nguyễn Quốc Thái', rank: null }],
    ['NGUYỄN CHÍ DŨNG', { name: 'NGUYỄN CHÍ DŨNG', rank: null }],
    ['Lê Quân', { name: 'Lê Quân', rank: null }],
    ['Đại tướng Lương Tam Quang', { name: 'Lương Tam Quang', rank: 'Đại tướng' }],
    ['Phạm Gia Túc (Thủ tướng Chính phủ)', { name: 'Phạm Gia Túc', rank: null }],
  ])('%s is a name', (line, name) => {
    expect(personNameLine(line)).toEqual(name);
  });

  it.each(['PHÓ CHỦ TỊCH', 'THỦ TƯỚNG', 'HÀ NỘI', 'Tuyên Quang', 'Bộ trưởng Bộ Công an', 'ạ 1 hị Thanh Trà', 'Như trên', 'VĂN PHÒNG CHÍNH PHỦ'])(
    '%s is not a name',
    (line) => {
      expect(personNameLine(line)).toBeNull();
    },
  );

  it('finds a name that runs into the next entry, or stands after junk', () => {
    expect(leadingPersonName('Phạm Thị Thanh Trà Kiểm toán nhà nước;')?.name).toBe('Phạm Thị Thanh Trà');
    expect(leadingPersonName('Nguyễn Văn Thắng.')?.name).toBe('Nguyễn Văn Thắng');
    expect(innerPersonName('cà Phạm Thị Thanh Trà')?.name.name).toBe('Phạm Thị Thanh Trà');
    expect(innerPersonName('Văn phòng Hà Nội')).toBeNull();
  });
});

describe('signature lines', () => {
  it('splits flattened lines at each authority and before the signer title', () => {
    expect(signatureLines('TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG')).toEqual(['TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG']);
    expect(signatureLines('KT. CHỦ TỊCH PHÓ CHỦ TỊCH')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signatureLines('TM. ỦY BAN NHÂN DÂN')).toEqual(['TM. ỦY BAN NHÂN DÂN']);
    expect(signatureLines('—TM.CHÍNH PHỦ, \'')).toEqual(['TM.CHÍNH PHỦ']);
  });

  it('reads Party authorities', () => {
    expect(signatureFrom(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], null)).toMatchObject({ authority: 'T/M', title: 'BÍ THƯ' });
    expect(signatureFrom(['T/L BAN BÍ THƯ', 'CHÁNH VĂN PHÒNG'], null)).toMatchObject({ authority: 'T/L', title: 'CHÁNH VĂN PHÒNG' });
  });

  it('takes the last authority and the title after it', () => {
    expect(signatureFrom(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], { name: 'Hà Minh Hải', rank: null })).toEqual({
      lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      authority: 'KT.',
      title: 'PHÓ CHỦ TỊCH',
      signer: 'Hà Minh Hải',
      rank: null,
    });
    expect(signatureFrom(['TM. CHÍNH PHỦ', 'THỦ TƯỚNG'], null)).toMatchObject({ authority: 'TM.', title: 'THỦ TƯỚNG', signer: null });
    expect(signatureFrom(['KT. BỘ TRƯỞNG'], null)).toMatchObject({ authority: 'KT.', title: null });
    expect(signatureFrom([], null)).toBeNull();
  });
});
