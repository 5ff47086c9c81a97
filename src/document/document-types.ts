import { foldTones } from './text-shape.js';

/** Type names as they stand in a header (capitals) and as vbhc reports them (title case). */
const TYPE_NAMES: ReadonlyArray<string> = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Quy chế', 'Quy định',
  'Thông cáo', 'Thông báo', 'Hướng dẫn', 'Chương trình', 'Kế hoạch', 'Phương án', 'Đề án', 'Dự án',
  'Báo cáo', 'Biên bản', 'Tờ trình', 'Hợp đồng', 'Công điện', 'Bản ghi nhớ', 'Bản thỏa thuận',
  'Giấy ủy quyền', 'Giấy mời', 'Giấy giới thiệu', 'Giấy nghỉ phép', 'Phiếu gửi', 'Phiếu chuyển',
  'Phiếu báo', 'Nghị định', 'Thông tư', 'Pháp lệnh', 'Bộ luật', 'Luật', 'Lệnh', 'Hiến pháp', 'Công văn',
  'Kết luận', 'Quy chuẩn kỹ thuật quốc gia',
];

const BY_CAPITALS = TYPE_NAMES.map((name) => ({ capitals: foldTones(name), capitalsAndSpace: `${foldTones(name)} `, name }));

export interface TypeLine {
  type: string;
  /** What the line says after the type name: a subject set on the same line, or "". */
  rest: string;
}

/**
 * The title-case type named by a header type line: `KẾ HOẠCH` → `Kế hoạch`;
 * `NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ` → `Nghị quyết`; `QUYẾT ĐỊNH VỀ VIỆC ...` → `Quyết định` with
 * the rest of the line. Null when the line names no type.
 */
export function typeLine(line: string): TypeLine | null {
  const text = line.replace(/(?<![.:])[.:]+$/u, '').trim();
  const folded = foldTones(text);
  for (const { capitals, capitalsAndSpace, name } of BY_CAPITALS) {
    if (folded === capitals) return { type: name, rest: '' };
    if (folded.startsWith(capitalsAndSpace)) {
      const rest = text.slice(capitals.length + 1).trim();
      return { type: name, rest: foldTones(rest).startsWith('CỦA ') ? '' : rest };
    }
  }
  return null;
}
