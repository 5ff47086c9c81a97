import { describe, expect, it } from 'vitest';
import { layoutParagraphs } from '../../src/text/layout.js';

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
