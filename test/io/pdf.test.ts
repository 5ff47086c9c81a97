import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { describeLocation } from '../../src/io/location.js';
import { readPdf } from '../../src/io/pdf.js';
import { type PlacedText, readingOrder } from '../../src/io/pdf-columns.js';
import { withoutFurniture } from '../../src/io/pdf-furniture.js';
import { lineJoint, paragraphsOf } from '../../src/io/pdf-paragraphs.js';
import { linesOf, type PdfLine, type PositionedItem } from '../../src/io/pdf-lines.js';
import { readSource } from '../../src/io/source.js';
import { parseSource } from '../../src/pipeline.js';
import { parseSummary as summary } from './parse-summary.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const WORD_LAYOUT_PDF = join(FIXTURES, 'pdf/word-layout.pdf');
const A4_WIDTH = 595;

function item(text: string, x: number, y: number, size = 12, width = text.length * size * 0.5): PositionedItem {
  return { text, x, y, width, size };
}

function texts(lines: readonly PdfLine[]): string[][] {
  return lines.map((line) => line.segments.map((segment) => segment.text));
}


describe('a PDF printed from a Word document', () => {
  it('reads the two-column header column by column and drops page numbers and the running footer', async () => {
    const source = await readSource(WORD_LAYOUT_PDF);
    expect(source.format).toBe('pdf');
    const lines = source.text.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH THÁI NGUYÊN',
      'Số: 129/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thái Nguyên, ngày 03 tháng 7 năm 2023',
    ]);
    expect(source.text).not.toMatch(/Trang \d/);
    expect(lines.filter((line) => /^\d+$/.test(line))).toEqual([]);
    expect(lines.slice(-8)).toEqual([
      'Nơi nhận:',
      '- Văn phòng Chính phủ;',
      '- Như mục II;',
      '- Lưu: VT, KGVX.',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
  });

  it('joins the lines the page wrapped into one paragraph each', async () => {
    const lines = (await readSource(WORD_LAYOUT_PDF)).text.split('\n');
    expect(lines).toContain(
      'Triển khai thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về tăng cường công tác truyền thông chính sách',
    );
    expect(lines).toContain('a) Chủ trì hướng dẫn các cơ quan báo chí thông tin kịp thời về chính sách mới;');
  });

  it('writes footnote marks as [^n], not glued to the word before', async () => {
    const source = await readSource(WORD_LAYOUT_PDF);
    expect(source.text).toContain('truyền thông chính sách[^1];');
    expect(source.text).toContain('\n[^1] Đăng trên Cổng Thông tin điện tử Chính phủ.');
  });

  it('parses to the same number, date, signer and citations as the .docx it was printed from', async () => {
    const fromPdf = summary(parseSource(await readSource(WORD_LAYOUT_PDF)));
    expect(fromPdf).toEqual(summary(parseSource(await readSource(join(FIXTURES, 'docx/word-layout.docx')))));
    expect(fromPdf[0]).toMatchObject({ number: '129/KH-UBND', date: '2023-07-03', signer: 'Nguyễn Văn An' });
  });

  it('places lines by page and line on the page, counting the lines a reader sees', async () => {
    const source = await readSource(WORD_LAYOUT_PDF);
    const at = (needle: string) => describeLocation(source, source.text.indexOf(needle));
    expect(at('Số: 129/KH-UBND')).toBe(`${WORD_LAYOUT_PDF}:p1:3`);
    expect(at('CỘNG HÒA')).toBe(`${WORD_LAYOUT_PDF}:p1:1`);
    // Line 1 of page 2 is its page number, dropped from the text but still counted.
    expect(at('III. TỔ CHỨC')).toBe(`${WORD_LAYOUT_PDF}:p2:2`);
    expect(at('Nguyễn Văn An')).toBe(`${WORD_LAYOUT_PDF}:p2:9`);
  });
});

describe('PDFs vbhc cannot read', () => {
  it('says a scan needs OCR instead of returning an empty model', async () => {
    const path = join(FIXTURES, 'pdf/scanned.pdf');
    await expect(readSource(path)).rejects.toThrowError(new InputError(path, 'no text layer (scanned image?): needs OCR'));
  });

  it('names an encrypted PDF', async () => {
    const path = join(FIXTURES, 'pdf/encrypted.pdf');
    await expect(readSource(path)).rejects.toThrowError(new InputError(path, 'encrypted PDF (needs a password): save an unprotected copy'));
  });

  it('names a damaged PDF', async () => {
    const truncated = readFileSync(WORD_LAYOUT_PDF).subarray(0, 1200);
    await expect(readPdf(truncated, 'cut.pdf')).rejects.toThrowError(/^cut\.pdf: /);
    await expect(readPdf(Buffer.from('%PDF-1.4\nnothing else'), 'junk.pdf')).rejects.toThrowError(InputError);
  });
});

describe('lines of a page', () => {
  it('joins items on one baseline left to right, NFC, whatever their order in the file', () => {
    const lines = linesOf([item('Hà Nội', 300, 100), item('Số: 12/UBND', 60, 300), item('Ngày', 60, 100), item('Ha\u0300 Giang', 60, 120)], A4_WIDTH);
    expect(texts(lines)).toEqual([['Ngày', 'Hà Nội'], ['Hà Giang'], ['Số: 12/UBND']]);
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3]);
  });

  it('keeps a blank left in a draft near the left margin as one space', () => {
    const lines = linesOf([item('Số:', 60, 100, 12, 20), item(' ', 80, 100, 12, 60), item('/UBND-KGVX', 140, 100)], A4_WIDTH);
    expect(texts(lines)).toEqual([['Số: /UBND-KGVX']]);
  });

  it('drops the spaces a fallback font draws its letters over', () => {
    // "TỈNH": the main font leaves a space where the fallback font draws "Ỉ".
    const lines = linesOf([item('T NH', 60, 100, 10, 24), item('Ỉ', 66, 100, 10, 6)], A4_WIDTH);
    expect(texts(lines)).toEqual([['TỈNH']]);
  });

  it('draws fake bold once', () => {
    expect(texts(linesOf([item('KẾ HOẠCH', 250, 100), item('KẾ HOẠCH', 250.3, 100.2)], A4_WIDTH))).toEqual([['KẾ HOẠCH']]);
  });

  it('writes a raised small digit as a footnote mark', () => {
    const lines = linesOf([item('Quyết định số 407/QĐ-TTg', 60, 100, 12, 150), item('2', 210, 96, 7, 4), item('; và', 214, 100, 12, 20)], A4_WIDTH);
    expect(texts(lines)).toEqual([['Quyết định số 407/QĐ-TTg[^2]; và']]);
  });
});

describe('reading order', () => {
  const line = (number: number, y: number, ...segments: Array<[string, number, number]>): PdfLine => ({
    number,
    y,
    size: 12,
    segments: segments.map(([text, x0, x1]) => ({ text, x0, x1 })),
  });

  it('reads a two-column block left column first, then the right one', () => {
    const lines = [
      line(1, 80, ['ỦY BAN NHÂN DÂN', 70, 200], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 260, 520]),
      line(2, 95, ['TỈNH ĐẮK LẮK', 90, 180], ['Độc lập - Tự do - Hạnh phúc', 300, 480]),
      line(3, 110, ['Số: 12/UBND-KGVX', 80, 190]),
      line(4, 125, ['Đắk Lắk, ngày 05 tháng 5 năm 2023', 280, 500]),
      line(5, 170, ['Kính gửi: Sở Tư pháp tỉnh', 180, 400]),
    ];
    expect(readingOrder(lines).map((placed) => ({ text: placed.segment.text, line: placed.line.number }))).toEqual([
      { text: 'ỦY BAN NHÂN DÂN', line: 1 },
      { text: 'TỈNH ĐẮK LẮK', line: 2 },
      { text: 'Số: 12/UBND-KGVX', line: 3 },
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', line: 1 },
      { text: 'Độc lập - Tự do - Hạnh phúc', line: 2 },
      { text: 'Đắk Lắk, ngày 05 tháng 5 năm 2023', line: 4 },
      { text: 'Kính gửi: Sở Tư pháp tỉnh', line: 5 },
    ]);
  });

  it('reads a row of three or more cells one cell per line', () => {
    expect(readingOrder([line(1, 80, ['1', 60, 70], ['Tuyên truyền', 250, 320], ['Sở TTTT', 400, 450])]).map((placed) => placed.segment.text)).toEqual([
      '1',
      'Tuyên truyền',
      'Sở TTTT',
    ]);
  });
});

describe('paragraphs of a page', () => {
  const placed = (number: number, y: number, text: string, x1 = 530): PlacedText => {
    const segment = { text, x0: 60, x1 };
    return { segment, line: { number, y, size: 12, segments: [segment] }, wholeLine: true };
  };

  it('joins lines wrapped at the line pitch; paragraph spacing, sentence ends and new items break', () => {
    const paragraphs = paragraphsOf([
      placed(1, 100, 'V/v tăng cường công tác truyền thông chính sách trên địa bàn'),
      placed(2, 115, 'Thành phố Hà Nội', 200),
      placed(3, 145, 'Hà Nội, ngày 18 tháng 5 năm 2023', 260),
      placed(4, 175, 'Thực hiện Quyết định số 407/QĐ-'),
      placed(5, 190, 'TTg ngày 30/3/2022 của Thủ tướng Chính phủ về việc triển khai;'),
      placed(6, 205, 'Căn cứ Kế hoạch số 208/KH-UBND ngày 26/10/2022 của UBND tỉnh về'),
      placed(7, 220, '1. Các sở, ban, ngành', 250),
    ]);
    expect(paragraphs.map((parts) => parts.map((part) => part.line))).toEqual([[1, 2], [3], [4, 5], [6], [7]]);
  });

  it('joins a line broken after a hyphen inside a symbol without a space', () => {
    expect(lineJoint('Quyết định số 407/QĐ-')).toBe('');
    expect(lineJoint('giai đoạn 2022 -')).toBe(' ');
    expect(lineJoint('của Thủ tướng')).toBe(' ');
  });

  it('leaves the cells of a table and of a two-column block alone', () => {
    const cell = { ...placed(2, 115, 'Thành phố Hà Nội'), wholeLine: false };
    expect(paragraphsOf([placed(1, 100, 'Một dòng dài của đoạn văn bản không có dấu chấm'), cell])).toHaveLength(2);
  });
});

describe('page furniture', () => {
  const page = (...texts: string[]): PdfLine[] =>
    texts.map((text, i) => ({ number: i + 1, y: i === texts.length - 1 ? 800 : 50 + 15 * i, size: 12, segments: [{ text, x0: 60, x1: 400 }] }));
  const words = ['một', 'hai', 'ba', 'bốn'];
  const body = (page: number) => [`Mục ${words[page - 1]} mở đầu`, `Mục ${words[page - 1]} nội dung`, `Mục ${words[page - 1]} kết thúc`];
  const textsOf = (pages: PdfLine[][]) => pages.map((lines) => lines.map((line) => line.segments[0]!.text));

  it('drops lone page numbers and footers repeated on the pages', () => {
    const pages = [page('ỦY BAN NHÂN DÂN', ...body(1), 'Trang 1/3'), page('2', ...body(2), 'Trang 2/3'), page('- 3 -', ...body(3), 'Trang 3/3')];
    expect(textsOf(withoutFurniture(pages))).toEqual([['ỦY BAN NHÂN DÂN', ...body(1)], body(2), body(3)]);
  });

  it("keeps each document's header and signer when one PDF holds several one-page documents", () => {
    const header = 'ỦY BAN NHÂN DÂN';
    const pages = [1, 2, 3].map((n) => page(header, ...body(n), 'Nguyễn Văn An').map((line, i, all) => (i === all.length - 1 ? { ...line, y: 500 + 40 * n } : line)));
    expect(textsOf(withoutFurniture(pages))).toEqual(textsOf(pages));
    const mottoPages = [1, 2, 3, 4].map((n) => page('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ...body(n)));
    expect(textsOf(withoutFurniture(mottoPages))).toEqual(textsOf(mottoPages));
  });
});
