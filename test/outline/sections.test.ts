import { describe, expect, it } from 'vitest';
import { flatten, outlineOf, outlineOfFixture } from './outline-of.js';

describe('section tree', () => {
  it('nests Roman → Arabic → letters, with paths of ordinals from the top', () => {
    const { sections } = outlineOfFixture('styles/plan-roman-arabic-letters.txt');
    expect(flatten(sections)).toEqual([
      'I I. MỤC ĐÍCH, YÊU CẦU',
      'I.1 1. Mục đích',
      'I.2 2. Yêu cầu',
      'II II. NHIỆM VỤ',
      'II.1 1. Hoàn thiện thể chế',
      'II.1.a a) Rà soát các văn bản quy phạm pháp luật;',
      'II.1.b b) Ban hành quy chế quản lý dữ liệu;',
      'II.1.c c) Hướng dẫn thực hiện;',
      'II.1.d d) Kiểm tra việc thực hiện;',
      'II.1.đ đ) Tổng kết, đánh giá;',
      'II.1.e e) Báo cáo kết quả.',
      'II.2 2. Phát triển hạ tầng số',
      'III III. TỔ CHỨC THỰC HIỆN',
      'III.1 1. Sở Thông tin và Truyền thông: Chủ trì, hướng dẫn thực hiện Kế hoạch này.',
      'III.2 2. Sở Tài chính',
    ]);
    expect(sections[0]!.children[0]!.items).toEqual(['Nâng cao nhận thức về chuyển đổi số.', 'Bảo đảm sự phối hợp giữa các cơ quan.']);
    expect(sections[0]!.children[1]!.paragraphs).toEqual(['Triển khai đồng bộ, hiệu quả.']);
    expect(sections.map((section) => section.level)).toEqual([1, 1, 1]);
    expect(sections[1]!.children[0]!.children[0]!.level).toBe(3);
  });

  it('nests decimals under the number they extend, under Phần', () => {
    const { sections } = outlineOfFixture('styles/parts-and-decimals.txt');
    expect(flatten(sections)).toEqual([
      'I Phần I SỰ CẦN THIẾT',
      'I.1 1. Cơ sở pháp lý',
      'I.1.1 1.1. Các văn bản của Trung ương',
      'I.1.1.1 1.1.1. Luật và nghị định',
      'I.1.1.2 1.1.2. Thông tư hướng dẫn',
      'I.1.2 1.2. Các văn bản của tỉnh',
      'I.2 2. Cơ sở thực tiễn',
      'II Phần II NỘI DUNG ĐỀ ÁN',
      'II.1 1. Mục tiêu',
      'II.2 2. Giải pháp',
    ]);
  });

  it('reads Chương → Mục → Điều → khoản → điểm, titles on the next line, wrapped references', () => {
    const { sections } = outlineOfFixture('styles/decree-articles.md');
    expect(flatten(sections)).toEqual([
      'I Chương I QUY ĐỊNH CHUNG',
      'I.1 Điều 1. Phạm vi điều chỉnh',
      'I.2 Điều 2. Đối tượng áp dụng',
      'I.2.1 1. Cơ quan nhà nước.',
      'I.2.2 2. Tổ chức, cá nhân có liên quan.',
      'II Chương II QUY ĐỊNH CỤ THỂ',
      'II.1 Mục 1 HỒ SƠ',
      'II.1.3 Điều 3. Hồ sơ đề nghị',
      'II.1.3.1 1. Hồ sơ gồm',
      'II.1.3.1.a a) Đơn đề nghị;',
      'II.1.3.1.b b) Bản sao giấy tờ theo quy định tại khoản 2 Điều 2 Nghị định này.',
      'II.1.3.2 2. Thời hạn giải quyết là 10 ngày.',
      'II.2 Mục 2 THỦ TỤC',
      'II.2.4 Điều 4. Trình tự thực hiện',
      'III Chương III ĐIỀU KHOẢN THI HÀNH',
      'III.5 Điều 5. Trách nhiệm thi hành',
      'III.5.1 1. Bộ Tư pháp chủ trì, phối hợp với các bộ, ngành hướng dẫn thi hành Nghị định này.',
      'III.5.2 2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này.',
    ]);
    expect(sections[0]!.children[0]!.paragraphs).toEqual(['Nghị định này quy định chi tiết một số điều của Luật Ví dụ.']);
  });

  it('drops Markdown marks around numbers and keeps a number preceded by stray spaces', () => {
    const { sections } = outlineOf('## 2. Giao trách nhiệm\n\n### 2.1. Sở Tư pháp:\n\n- Việc một.\n\n 2.2. Sở Nội vụ\n\n**3.** Nhiệm vụ khác\n\n3.1. *Rà soát văn bản*\n');
    expect(flatten(sections)).toEqual([
      '2 2. Giao trách nhiệm',
      '2.1 2.1. Sở Tư pháp',
      '2.2 2.2. Sở Nội vụ',
      '3 3. Nhiệm vụ khác',
      '3.1 3.1. Rà soát văn bản',
    ]);
  });

  it('keeps a section whose number continues the sequence, whatever came before', () => {
    const { sections } = outlineOf('1. Một\n\nMột đoạn văn không có dấu chấm\n\n2. Hai\n');
    expect(flatten(sections)).toEqual(['1 1. Một', '2 2. Hai']);
  });

  it('treats a number that breaks the sequence after an open sentence as running text', () => {
    const text = ['1. Sở Tư pháp', '- Hướng dẫn thực hiện theo quy định tại khoản', '3. Điều 5 Luật Tiếp cận thông tin.', '2. Sở Nội vụ'].join('\n\n');
    const { sections } = outlineOf(text);
    expect(flatten(sections)).toEqual(['1 1. Sở Tư pháp', '2 2. Sở Nội vụ']);
    expect(sections[0]!.items).toEqual(['Hướng dẫn thực hiện theo quy định tại khoản 3. Điều 5 Luật Tiếp cận thông tin.']);
  });

  it('treats a number followed by lower case after an open sentence as running text', () => {
    const { sections } = outlineOf('1. Sở Tư pháp\n\nPhối hợp với các cơ quan tại mục\n\n1. của Kế hoạch này.\n');
    expect(flatten(sections)).toEqual(['1 1. Sở Tư pháp']);
    expect(sections[0]!.paragraphs).toEqual(['Phối hợp với các cơ quan tại mục 1. của Kế hoạch này.']);
  });

  it('keeps numbering gaps and repeats as sections, for lint to report', () => {
    const { sections } = outlineOf('1. Một.\n\n3. Ba.\n\n3. Ba nữa.\n');
    expect(sections.map((section) => section.number)).toEqual(['1.', '3.', '3.']);
  });

  it('joins a bullet broken by a blank line or a page break into one item', () => {
    const text = '1. Sở Tư pháp\n\n- Tham mưu, trình\n\nỦy ban nhân dân tỉnh ban hành kế hoạch.\n\n- Việc hai.\n';
    expect(outlineOf(text).sections[0]!.items).toEqual(['Tham mưu, trình Ủy ban nhân dân tỉnh ban hành kế hoạch.', 'Việc hai.']);
  });

  it('joins a title cut at a hyphenated symbol', () => {
    const text = '6.3. Hướng dẫn theo Nghị định số 62/2020/NĐ-\n\nCP ngày 01 tháng 6 năm 2020.\n\n- Chủ trì: Phòng Nội vụ huyện.\n';
    expect(outlineOf(text).sections[0]!.title).toBe('Hướng dẫn theo Nghị định số 62/2020/NĐ- CP ngày 01 tháng 6 năm 2020.');
  });

  it('ends the tree at ./. and Nơi nhận: distribution bullets never become items', () => {
    const text = [
      '1. Sở Tư pháp',
      '- Việc một.',
      'Ủy ban nhân dân tỉnh yêu cầu các cơ quan nghiêm túc thực hiện./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
    ].join('\n');
    const { sections } = outlineOf(text);
    expect(sections[0]!.items).toEqual(['Việc một.']);
    expect(sections[0]!.paragraphs).toEqual([]);
    expect(sections[0]!.position.end.line).toBe(2);
  });

  it('keeps the text of a last section that ends the body with ./.', () => {
    const { sections } = outlineOf('7. Sở Tài chính\n\nBố trí kinh phí thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n');
    expect(sections[0]!.paragraphs).toEqual(['Bố trí kinh phí thực hiện./.']);
    expect(sections[0]!.items).toEqual([]);
  });

  it('starts numbering afresh after the end of one document body (several documents in one span)', () => {
    const text = '1. Việc một.\n\nĐề nghị thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Mục đích\n';
    expect(flatten(outlineOf(text).sections)).toEqual(['1 1. Việc một.', 'I I. MỤC ĐÍCH', 'I.1 1. Mục đích']);
  });

  it('ignores bullets and text before the first section (kính gửi, preamble)', () => {
    const { sections } = outlineOf('Kính gửi:\n- Các sở, ban, ngành;\n\nThực hiện Chỉ thị số 07/CT-TTg, UBND tỉnh chỉ đạo:\n\n1. Sở Tư pháp\n');
    expect(flatten(sections)).toEqual(['1 1. Sở Tư pháp']);
    expect(sections[0]!.items).toEqual([]);
  });

  it('reports where each section runs in the original file', () => {
    const source = 'Mở đầu.\n\n1. Sở Tư pháp:\n\n- Việc một.\n\n2. Sở Nội vụ\n';
    const [first, second] = outlineOf(source).sections;
    expect(first!.position.start).toEqual({ line: 3, column: 1, offset: source.indexOf('1.') });
    expect(first!.position.end).toEqual({ line: 5, column: 12, offset: source.indexOf('\n\n2.') });
    expect(second!.position.start.line).toBe(7);
  });
});
