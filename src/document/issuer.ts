import type { Issuer } from '../model/document.js';
import { foldTones, squeeze } from './text-shape.js';

/**
 * Words that open the name of a body. A line that opens with one names a body of its own
 * (`BAN TUYÊN GIÁO` under `TỈNH ỦY THÁI NGUYÊN`); a line that does not finishes the name
 * above it (`TỈNH ĐẮK LẮK` under `ỦY BAN NHÂN DÂN`, `VIỆT NAM` under `NGÂN HÀNG NHÀ NƯỚC`).
 */
const BODY_NOUN = new RegExp(
  `^(?:${[
    'ỦY BAN', 'UBND', 'HỘI ĐỒNG', 'HĐND', 'BỘ', 'SỞ', 'BAN', 'CỤC', 'TỔNG CỤC', 'CHI CỤC', 'VỤ', 'VIỆN', 'TRƯỜNG',
    'HỌC VIỆN', 'ĐẠI HỌC', 'CHÍNH PHỦ', 'QUỐC HỘI', 'VĂN PHÒNG', 'TÒA ÁN', 'NGÂN HÀNG', 'KIỂM TOÁN', 'TỈNH ỦY',
    'HUYỆN ỦY', 'THÀNH ỦY', 'QUẬN ỦY', 'THỊ ỦY', 'ĐẢNG ỦY', 'ĐẢNG BỘ', 'CÔNG AN', 'QUÂN KHU', 'TRUNG TÂM', 'PHÒNG',
    'TẬP ĐOÀN', 'TỔNG CÔNG TY', 'CÔNG TY', 'ĐOÀN', 'MẶT TRẬN', 'LIÊN ĐOÀN', 'LIÊN MINH', 'HỘI', 'THANH TRA', 'ĐÀI',
    'BÁO', 'KHO BẠC', 'BẢO HIỂM', 'BỆNH VIỆN', 'CHỦ TỊCH NƯỚC', 'THỦ TƯỚNG', 'CƠ QUAN', 'CẢNH SÁT', 'HẢI QUAN',
    'THUẾ', 'CHI NHÁNH', 'ĐẠI SỨ QUÁN', 'HỢP TÁC XÃ', 'SƯ ĐOÀN', 'LỮ ĐOÀN', 'TRUNG ĐOÀN', 'BỘ ĐỘI',
  ].join('|')})(?= |$)`,
  'u',
);

export function opensBodyName(line: string): boolean {
  return BODY_NOUN.test(foldTones(line.trim()));
}

const EDGE_ORNAMENT = /^[-–—_*~.,:;\s]+|(?<![-–—_*~.,:;\s])[-–—_*~.,:;\s]+$/gu;

function clean(line: string): string {
  return squeeze(line.replace(EDGE_ORNAMENT, ''));
}

/**
 * The issuing body from the issuer lines of a header, top to bottom:
 * [`ỦY BAN NHÂN DÂN`, `TỈNH ĐẮK LẮK`] → name `ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK`;
 * [`TỈNH ỦY THÁI NGUYÊN`, `BAN TUYÊN GIÁO`] → name `BAN TUYÊN GIÁO`, parent `TỈNH ỦY THÁI NGUYÊN`.
 */
export function issuerFrom(lines: readonly string[]): Issuer | null {
  const bodies: string[] = [];
  // An index loop over the lines: a `map`, a `filter` and a for-of over arrays that are sometimes
  // empty (another elements kind) made extractHeader deoptimise again and again.
  for (let k = 0; k < lines.length; k++) {
    const line = clean(lines[k]!);
    if (line === '') continue;
    const previous = bodies[bodies.length - 1];
    if (previous !== undefined && !opensBodyName(line)) bodies[bodies.length - 1] = `${previous} ${line}`;
    else bodies.push(line);
  }
  const name = bodies[bodies.length - 1];
  if (name === undefined) return null;
  return { name, parent: bodies[bodies.length - 2] ?? null };
}
