import { describe, expect, it } from 'vitest';
import { isStructural, layoutParagraphs, STRUCTURAL_START } from '../../src/text/layout.js';

describe('layoutParagraphs', () => {
  it('joins a wrapped line that starts in lower case', () => {
    expect(layoutParagraphs('V/v tăng cường công tác\ntruyền thông chính sách').text).toBe('V/v tăng cường công tác truyền thông chính sách');
  });

  it('keeps ordinal part and chapter headings on lines of their own', () => {
    const text = 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015\nPhần thứ nhất\nNHỮNG QUY ĐỊNH CHUNG';
    expect(layoutParagraphs(text).text.split('\n')).toEqual([
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015',
      'Phần thứ nhất',
      'NHỮNG QUY ĐỊNH CHUNG',
    ]);
  });

  it("never joins a header's place and date onto the line before, even in hard-wrapped text", () => {
    const filler = 'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị báo cáo theo mẫu đúng thời hạn quy định';
    const lines = [
      'V/v báo cáo tình hình thực hiện Chỉ thị số 07/CT-TTg',
      'Tuyên Quang, ngày 27 tháng 4 năm 2026',
      'Hà Nội, ngày      tháng 7 năm 2026',
      ...Array.from({ length: 8 }, () => `${filler};`),
    ];
    const paragraphs = layoutParagraphs(lines.join('\n\n')).text.split('\n');
    // Runs of spaces collapse, as in any line.
    expect(paragraphs.slice(0, 3)).toEqual([lines[0], lines[1], 'Hà Nội, ngày tháng 7 năm 2026']);
  });

  it('still joins a wrapped sentence that goes on past a place and a date', () => {
    const filler = 'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị báo cáo theo mẫu đúng thời hạn quy định';
    const lines = [
      ...Array.from({ length: 8 }, () => `${filler};`),
      'Hội nghị tổng kết công tác năm 2025 của toàn ngành sẽ được tổ chức tại hội trường lớn ở',
      'Hà Nội, ngày 5 tháng 3 năm 2026 với sự tham dự của các đại biểu.',
    ];
    expect(layoutParagraphs(lines.join('\n')).text.split('\n')).toHaveLength(9);
  });

  it("keeps an annex's heading off a paragraph cut off mid-sentence, and joins a sentence that names one", () => {
    const filler = 'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị báo cáo theo mẫu đúng thời hạn quy định;';
    const fillers = Array.from({ length: 8 }, () => filler);
    const cut = 'Danh mục này không gồm các chất nằm trong Phụ lục II hoặc Phụ lục III ban hành';
    const heading = layoutParagraphs([...fillers, cut, 'Phụ lục V', 'BẢNG GIỚI HẠN'].join('\n\n')).text.split('\n');
    expect(heading.slice(8)).toEqual([cut, 'Phụ lục V', 'BẢNG GIỚI HẠN']);
    const sentence = [...fillers, 'Các đơn vị báo cáo kết quả thực hiện hằng quý theo mẫu quy định tại', 'Phụ lục V ban hành kèm theo Thông tư này.'];
    expect(layoutParagraphs(sentence.join('\n')).text.split('\n')).toHaveLength(9);
  });

  it('drops a lone page number between blank lines', () => {
    expect(layoutParagraphs('- Lưu: VT, KGVX.\n\n4\n\nTM. ỦY BAN NHÂN DÂN').text).toBe('- Lưu: VT, KGVX.\nTM. ỦY BAN NHÂN DÂN');
  });
});

describe('layoutParagraphs on tables and short files', () => {
  it('never joins a paragraph onto a table row', () => {
    expect(layoutParagraphs('| **Số ký hiệu** | 234/2026/NĐ-CP |\nngày 26 tháng 6 năm 2026').text.split('\n')).toHaveLength(2);
  });

  it('does not take a file of short lines for wrapped text', () => {
    const lines = ['Kính gửi: Sở Y tế', 'Nội dung đề nghị', 'Phối hợp thực hiện', 'Báo cáo kết quả', 'Trân trọng cảm ơn', 'Người nhận thư', 'Bản sao gửi', 'Văn thư lưu'];
    expect(layoutParagraphs(lines.join('\n')).text.split('\n')).toEqual(lines);
  });
});

describe('isStructural', () => {
  /** What follows the first character in each of `STRUCTURAL_START`'s alternatives, and a few that follow none. */
  const RESTS = [
    ' a', ') a', '. a', '.) a', '1. a', '2.3) a', 'I. a', 'iều 1', 'iều 12a', 'hương II', 'ục 3', 'hần 1', 'hần thứ hai', 'hương thứ ',
    'ố', 'ố:', 'ính gửi', 'ơi nhận', '/v', 'ề việc', 'ăn cứ', 'hực hiện', 'heo đề nghị', 'M. ', 'T. ', 'L. ', 'UQ. ', '/M ', '/T ', '/L ',
    'hụ lục', 'hụ lục V', 'HỤ LỤC 12', 'hụ lục V ban hành', '', 'x', '|', ')',
  ];

  it('answers what STRUCTURAL_START tests, for every first character', () => {
    for (let code = 0; code < 0x10000; code++) {
      const first = String.fromCharCode(code);
      for (const rest of RESTS) {
        const text = first + rest;
        if (isStructural(text) !== STRUCTURAL_START.test(text)) expect({ text, structural: isStructural(text) }).toEqual({ text, structural: STRUCTURAL_START.test(text) });
      }
    }
  });
});
