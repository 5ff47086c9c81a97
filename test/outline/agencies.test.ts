import { describe, expect, it } from 'vitest';
import { headingAgency, isAgencyName, splitAgencies } from '../../src/outline/agencies.js';
import { agencyKey, keyMatches } from '../../src/outline/agency-key.js';

describe('splitAgencies', () => {
  it.each([
    ['Các sở, ban, ngành', ['Các sở, ban, ngành']],
    ['Cơ quan, đơn vị', ['Cơ quan, đơn vị']],
    ['UBND các huyện, thị xã, thành phố', ['UBND các huyện, thị xã, thành phố']],
    ['Ủy ban nhân dân các huyện, thị xã, thành phố', ['Ủy ban nhân dân các huyện, thị xã, thành phố']],
    ['Các Sở, Ban, ngành Thành phố', ['Các Sở, Ban, ngành Thành phố']],
    ['Các cơ quan thông tin, báo chí của tỉnh', ['Các cơ quan thông tin, báo chí của tỉnh']],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Trung tâm Văn hoá, Thể thao và truyền thông huyện', ['Trung tâm Văn hoá, Thể thao và truyền thông huyện']],
    ['Văn phòng HĐND và UBND huyện', ['Văn phòng HĐND và UBND huyện']],
    ['Sở Thông tin và Truyền thông', ['Sở Thông tin và Truyền thông']],
    ['Trung tâm Công nghệ và Cổng Thông tin điện tử tỉnh', ['Trung tâm Công nghệ và Cổng Thông tin điện tử tỉnh']],
    ['Người đứng đầu cơ quan báo chí, truyền thông', ['Người đứng đầu cơ quan báo chí, truyền thông']],
    ['Sở Tài chính (chủ trì, tổng hợp), Sở Nội vụ', ['Sở Tài chính (chủ trì, tổng hợp)', 'Sở Nội vụ']],
  ])('keeps %s together', (text, expected) => {
    expect(splitAgencies(text)).toEqual(expected);
  });

  it.each([
    ['Phòng Văn hoá và Thông tin huyện, Công an huyện', ['Phòng Văn hoá và Thông tin huyện', 'Công an huyện']],
    ['Các sở, ban ngành, UBND các huyện, thị xã, thành phố', ['Các sở, ban ngành', 'UBND các huyện, thị xã, thành phố']],
    ['Cơ quan, đơn vị; UBND các xã, thị trấn..', ['Cơ quan, đơn vị', 'UBND các xã, thị trấn']],
    ['Công an tỉnh, các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố', ['Công an tỉnh', 'các sở, ban, ngành', 'Ủy ban nhân dân các huyện, thị xã, thành phố']],
    ['Báo Hà Nam, Đài Phát thanh và Truyền hình Hà Nam', ['Báo Hà Nam', 'Đài Phát thanh và Truyền hình Hà Nam']],
    ['Công an huyện Định Hóa và các cơ quan, đơn vị liên quan', ['Công an huyện Định Hóa', 'các cơ quan, đơn vị liên quan']],
    ['Các cơ quan, đơn vị thuộc huyện và UBND các xã, thị trấn', ['Các cơ quan, đơn vị thuộc huyện', 'UBND các xã, thị trấn']],
    ['Phòng Nội vụ huyện, cơ quan có liên quan', ['Phòng Nội vụ huyện', 'cơ quan có liên quan']],
    ['Bộ Nội vụ và Bộ Thông tin và Truyền thông', ['Bộ Nội vụ', 'Bộ Thông tin và Truyền thông']],
    [
      'Văn phòng HĐND và UBND huyện, các cơ quan chuyên môn thuộc Sở Thông tin và Truyền thông tỉnh và các cơ quan, đơn vị có liên quan',
      ['Văn phòng HĐND và UBND huyện', 'các cơ quan chuyên môn thuộc Sở Thông tin và Truyền thông tỉnh', 'các cơ quan, đơn vị có liên quan'],
    ],
    [
      'Báo Đắk Lắk, Đài Phát thanh và Truyền hình tỉnh, Tạp chí Chư Yang Sin, Trung tâm Công nghệ và Cổng Thông tin điện tử tỉnh',
      ['Báo Đắk Lắk', 'Đài Phát thanh và Truyền hình tỉnh', 'Tạp chí Chư Yang Sin', 'Trung tâm Công nghệ và Cổng Thông tin điện tử tỉnh'],
    ],
  ])('splits %s', (text, expected) => {
    expect(splitAgencies(text)).toEqual(expected);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(splitAgencies('')).toEqual([]);
    expect(splitAgencies(' ; , . ')).toEqual([]);
  });
});

describe('headingAgency', () => {
  it.each([
    ['Sở Tư pháp', 'Sở Tư pháp', ['Sở Tư pháp'], null],
    ['Sở Nội vụ: Chủ trì, phối hợp với Sở Thông tin và Truyền thông.', 'Sở Nội vụ', ['Sở Nội vụ'], 'Chủ trì, phối hợp với Sở Thông tin và Truyền thông.'],
    ['Văn phòng UBND Thành phố', 'Văn phòng UBND Thành phố', ['Văn phòng UBND Thành phố'], null],
    ['Sở Tài chính căn cứ khả năng cân đối ngân sách, tham mưu bố trí kinh phí.', 'Sở Tài chính', ['Sở Tài chính'], 'Sở Tài chính căn cứ khả năng cân đối ngân sách, tham mưu bố trí kinh phí.'],
    ['Đề nghị Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', ['Ban Tuyên giáo Tỉnh ủy'], null],
    ['Các cơ quan, đơn vị, địa phương (mục Kính gửi): Theo chức năng, nhiệm vụ thực hiện.', 'Các cơ quan, đơn vị, địa phương (mục Kính gửi)', ['Các cơ quan, đơn vị, địa phương (mục Kính gửi)'], 'Theo chức năng, nhiệm vụ thực hiện.'],
    ['Công chức Văn hóa-xã hội', 'Công chức Văn hóa-xã hội', ['Công chức Văn hóa-xã hội'], null],
    ['Bộ Ngoại giao chủ trì, hướng dẫn.', 'Bộ Ngoại giao', ['Bộ Ngoại giao'], 'Bộ Ngoại giao chủ trì, hướng dẫn.'],
  ])('%s names an agency', (title, assignee, agencies, task) => {
    expect(headingAgency(title)).toEqual({ assignee, agencies, task });
  });

  it.each([
    'MỤC ĐÍCH, YÊU CẦU',
    'Mục đích',
    'Tổ chức Hội nghị phổ biến, quán triệt nâng cao nhận thức.',
    'Ban hành Kế hoạch triển khai thực hiện Quyết định số 407/QĐ-TTg.',
    'Báo cáo kết quả thực hiện',
    'Hội nghị sơ kết',
    'Trường hợp văn bản được sửa đổi',
    'Các trường hợp khác',
    'Phòng, chống tham nhũng',
    'Công tác chỉ đạo, định hướng, cung cấp thông tin',
    'Nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị',
    'Thực hiện tốt việc công khai thông tin theo quy định',
    'Cơ quan',
    '',
  ])('%s names no agency', (title) => {
    expect(headingAgency(title)).toBeNull();
  });

  it('accepts offices and groups as agency names, not phrases', () => {
    expect(['Bộ trưởng', 'Chủ tịch Ủy ban nhân dân tỉnh', 'Các sở, ban, ngành', 'Cơ quan, đơn vị'].every(isAgencyName)).toBe(true);
    expect(['Ban hành', 'Báo cáo', 'Cơ quan', 'Bảo đảm tiến độ'].some(isAgencyName)).toBe(false);
  });
});

describe('agencyKey', () => {
  it.each([
    ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['Uỷ ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['Sở TTTT', 'Sở Thông tin và Truyền thông'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Sở Thông tin và Thông tin và truyền thông', 'Sở Thông tin và Truyền thông'],
    ['Phòng Văn hoá và Thông tin huyện', 'Phòng Văn hóa và Thông tin huyện'],
    ['Ban Tuyên giáo Tỉnh uỷ', 'Ban Tuyên giáo Tỉnh ủy'],
    ['SỞ TƯ PHÁP', 'Sở Tư pháp'],
    ['Sở TP', 'Sở Tư pháp'],
    ['Phòng Tài chính - Kế hoạch huyện', 'Phòng Tài chính Kế hoạch huyện'],
    ['Cơ quan, đơn vị', 'Các cơ quan, đơn vị'],
    ['các cơ quan, đơn vị có liên quan', 'Các cơ quan, đơn vị liên quan'],
    ['Đài PT-TH Thái Nguyên', 'Đài Phát thanh và Truyền hình Thái Nguyên'],
    ['VPUB', 'Văn phòng Ủy ban nhân dân'],
  ])('%s ↔ %s', (a, b) => {
    expect(agencyKey(a)).toBe(agencyKey(b));
  });

  it.each([
    ['Sở Tư pháp', 'Phòng Tư pháp huyện'],
    ['UBND TP', 'Sở TP'],
    ['Sở Tài chính', 'Sở Tài nguyên và Môi trường'],
  ])('%s ≠ %s', (a, b) => {
    expect(agencyKey(a)).not.toBe(agencyKey(b));
  });

  it('keeps the tone of qu- words and of words with a final consonant', () => {
    expect(agencyKey('Quỹ Hỗ trợ nông dân')).toBe('quỹ hỗ trợ nông dân');
    expect(agencyKey('Ban Thi đua - Khen thưởng hoàn thành')).toBe('ban thi đua khen thưởng hoàn thành');
  });

  it('matches a query on whole leading words', () => {
    expect(keyMatches(agencyKey('Sở Tư pháp tỉnh'), agencyKey('Sở Tư pháp'))).toBe(true);
    expect(keyMatches(agencyKey('Sở Tư pháp'), agencyKey('sở tư pháp'))).toBe(true);
    expect(keyMatches(agencyKey('Sở Tư pháp'), agencyKey('Sở Tư'))).toBe(true);
    expect(keyMatches(agencyKey('Sở Tài chính'), agencyKey('Sở Tài nguyên'))).toBe(false);
    expect(keyMatches(agencyKey('Sở Tư phápx'), agencyKey('Sở Tư pháp'))).toBe(false);
  });
});
