import { foldTones, squeeze } from '../document/text-shape.js';

/**
 * Vietnamese text folded for comparison: NFC, `Ð` read as `Đ`, one case, tone marks placed
 * the new way, spaces collapsed. `Ủy ban nhân dân` and `UỶ BAN NHÂN DÂN` fold alike.
 */
export function foldVietnamese(text: string): string {
  return squeeze(foldTones(text.normalize('NFC').replace(/[\u00d0\u00f0]/g, 'Đ')));
}
