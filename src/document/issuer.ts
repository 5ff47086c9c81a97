import type { Issuer } from '../model/document.js';
import { foldTones, squeeze } from './text-shape.js';

/**
 * A line naming an administrative unit (`TỈNH ĐẮK LẮK`, `HUYỆN ĐỊNH HÓA`) finishes the body
 * named on the line above (`ỦY BAN NHÂN DÂN`); `TỈNH ỦY THÁI NGUYÊN` is a body of its own.
 */
const LOCALITY = '(?:TỈNH|THÀNH PHỐ|TP\\.|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?= )(?! ỦY)';
const STARTS_WITH_LOCALITY = new RegExp(`^${LOCALITY}`, 'u');
const NAMES_LOCALITY = new RegExp(`(?:^| )${LOCALITY}`, 'u');
const EDGE_ORNAMENT = /^[-–—_*~.,:;\s]+|[-–—_*~.,:;\s]+$/gu;

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
  for (const line of lines.map(clean).filter((text) => text !== '')) {
    const previous = bodies[bodies.length - 1];
    const completesPrevious =
      previous !== undefined && STARTS_WITH_LOCALITY.test(foldTones(line)) && !NAMES_LOCALITY.test(foldTones(previous));
    if (completesPrevious) bodies[bodies.length - 1] = `${previous} ${line}`;
    else bodies.push(line);
  }
  const name = bodies[bodies.length - 1];
  if (name === undefined) return null;
  return { name, parent: bodies[bodies.length - 2] ?? null };
}
