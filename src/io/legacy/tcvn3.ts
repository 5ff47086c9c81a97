/**
 * TCVN3 (ABC), the 8-bit code of TCVN 5712:1993 (table VN3) used by the `.VnTime` fonts.
 * Each Vietnamese letter is one byte in 0xA1–0xFE; read as Windows-1252 or Latin-1 those
 * bytes show as `Céng hoµ x· héi`. Source: the VN3 table of TCVN 5712:1993 as charted by
 * the Vietnamese Unicode FAQ (vietunicode.sourceforge.net/charset) and keyboard drivers.
 *
 * Capitals with a tone mark have no code here: the ABC capital fonts (`.VnTimeH`) draw the
 * lower-case codes as capitals. Such letters become capitals where the word is written in
 * capitals (see `restoreCapitals`).
 */
import { restoreCapitals } from './tcvn3-capitals.js';

/** Runs of consecutive codes and the letters they stand for. */
const RUNS: ReadonlyArray<readonly [first: number, letters: string]> = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [first, letters] of RUNS) {
    [...letters].forEach((letter, index) => table.set(String.fromCharCode(first + index), letter));
  }
  return table;
}

/** Latin-1 character (as the code shows when read as Windows-1252) → Vietnamese letter. */
export const TCVN3_TABLE: ReadonlyMap<string, string> = buildTable();

/**
 * Codes of lower-case letters: a capital font draws them as capitals. Those with a capital code
 * of their own (`ă` `đ` …) are among them: typed in a word of capitals (`®ÞNH`), they were drawn as capitals too.
 */
const CASELESS_CODES = new Set([...TCVN3_TABLE].filter(([, letter]) => letter !== letter.toUpperCase()).map(([code]) => code.charCodeAt(0)));

/** Converts text whose characters are TCVN3 codes read as Latin-1 into Unicode (NFC). */
export function decodeTcvn3(text: string): string {
  const converted = text.replace(/[\u00a1-\u00fe]/g, (char) => TCVN3_TABLE.get(char) ?? char);
  return restoreCapitals(text, converted, (code) => CASELESS_CODES.has(code));
}
