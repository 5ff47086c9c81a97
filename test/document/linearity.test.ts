import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.js';
import { extractAnnexes } from '../../src/document/annexes.js';
import { extractClosing } from '../../src/document/closing.js';
import { extractHeader } from '../../src/document/header.js';
import { splitDocuments } from '../../src/document/split.js';
import { decodeSource } from '../../src/io/source.js';
import { buildTextLayer } from '../../src/text/text-layer.js';

/** Inputs built to make a careless pattern backtrack or a careless scan go quadratic. */
const HOSTILE: Record<string, string> = {
  'one long line of symbol parts': `Số: 1${' / A - B'.repeat(30_000)}`,
  'many number lines': 'Số: 12/UBND-VP Hà Nội, ngày 01 tháng 01 năm 2024\n'.repeat(4_000),
  'many mottos and signatures': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/KH-UBND\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn An\n'.repeat(2_000),
  'a nơi nhận list that never ends': `Nơi nhận:\n${'- Sở Tư pháp; KT. CHỦ TỊCH Nguyễn Văn An Kiểm toán\n'.repeat(5_000)}`,
  'dates without end': `Hà Nội, ${'ngày ngày tháng tháng năm '.repeat(20_000)}`,
  'capitals everywhere': 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK BAN TUYÊN GIÁO '.repeat(8_000),
  'names everywhere': 'Nguyễn Văn An Trần Thị Bình Lê Quân '.repeat(8_000),
  'pipes and breaks': '| Số: 1/A<br>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'.repeat(6_000),
  'annexes without end': `Số: 1/QĐ-UB\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nNguyễn Văn An\n${'Phụ lục I\nMẪU SỐ 01\n(Kèm theo Quyết định số 1/QĐ-UB ngày 1/1/2020) kèm theo\n'.repeat(5_000)}`,
};

describe('splitting and extraction stay linear on hostile input', () => {
  it.each(Object.entries(HOSTILE))('%s', (_name, text) => {
    const layer = buildTextLayer(decodeSource(Buffer.from(text), 'hostile.txt'));
    const started = performance.now();
    for (const span of splitDocuments(layer)) {
      extractHeader(layer, span);
      extractClosing(layer, span);
      extractAnnexes(layer, span, findCitations(layer, span));
    }
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
