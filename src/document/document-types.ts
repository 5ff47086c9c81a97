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

const BY_CAPITALS = TYPE_NAMES.map((name) => ({ capitals: foldTones(name), name }));

/**
 * The title-case type named by a header type line (`KẾ HOẠCH` → `Kế hoạch`,
 * `NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ` → `Nghị quyết`), or null when the line names no type.
 */
export function typeNamed(line: string): string | null {
  const folded = foldTones(line).replace(/[.:]+$/u, '').trim();
  for (const { capitals, name } of BY_CAPITALS) {
    if (folded === capitals || folded.startsWith(`${capitals} CỦA `)) return name;
  }
  return null;
}
