import { composeLetters } from '../text/clean.js';

/**
 * How vbhc names one instrument (văn bản) across documents. A normative number carries its
 * year (`09/2017/NĐ-CP`) and names one instrument; other sequence numbers restart every
 * year (NĐ 30/2020 Art. 15), so `07/CT-TTg` of 2012 and of 2023 are different instruments:
 * their key adds the year of the date.
 */
export function instrumentKey(number: string, numberYear: number | null, dateYear: number | null): string | null {
  if (numberYear === null && dateYear === null) return null;
  const symbol = normalizeNumber(number);
  return numberYear !== null ? symbol : `${symbol} (${dateYear})`;
}

/** Whether composing, reading `Ð` as `Đ` and dropping spaces leave `number` as it is: ASCII without spaces, and `Đ`/`đ`. */
function isPlainNumber(number: string): boolean {
  for (let i = 0; i < number.length; i++) {
    const code = number.charCodeAt(i);
    const plain = code < 0x80 ? code !== 0x20 && (code < 0x09 || code > 0x0d) : code === 0x110 || code === 0x111;
    if (!plain) return false;
  }
  return true;
}

/** A number compared loosely: NFC, `Ð` read as `Đ`, no spaces, one case. */
export function normalizeNumber(number: string): string {
  if (isPlainNumber(number)) return number.toUpperCase();
  return composeLetters(number).replace(/\s+/g, '').toUpperCase();
}
