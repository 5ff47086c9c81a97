/** Lines that belong to the closing of a document: nơi nhận, archive, signature, annexes. */

import { hasMoreWordsThan } from './text-shape.js';

const NOI_NHAN = /^(?:Nơi nhận|NƠI NHẬN|Nơi Nhận)(?= {0,3}(?:[:;.]|$))/u;
const AUTHORITY = /^(?:(?:TM|KT|TL|TUQ|Q|PT) ?\.|[KT]\/[MTL] |Q\/ ?)(?= ?\p{Lu})/u;
const TITLE_HEAD =
  /^(?:Phó )?(?:Thủ tướng|Bộ trưởng|Thứ trưởng|Chủ tịch|Tổng giám đốc|Giám đốc|Tổng cục trưởng|Cục trưởng|Vụ trưởng|Viện trưởng|Trưởng ban|Trưởng phòng|Thống đốc|Chánh văn phòng|Chánh án|Chánh thanh tra|Tổng thanh tra|Tổng kiểm toán|Tổng bí thư|Bí thư|Chủ nhiệm|Hiệu trưởng|Tư lệnh|Tổng thư ký|Kiểm toán trưởng)(?= |$)/iu;
/** A signer's title is at most this many words (`Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk`). */
export const MAX_TITLE_WORDS = 10;
const ARCHIVE = /^(?:Lưu|LƯU)(?=[ :;.]|$)/u;
const ANNEX = /^(?:\(?(?:Ban hành )?[Kk]èm theo|(?:Phụ lục|PHỤ LỤC|Mẫu|MẪU|Biểu mẫu|BIỂU MẪU)(?=[ :.,\d]|$))/u;
const BULLET = /^[-–~+•] ?/u;

/**
 * For each UTF-16 code unit, one bit for each set of first characters below that holds it (room
 * for 16 sets): a typed-array read costs about half a Set look-up, and these tests run on every
 * closing line.
 */
const FIRST_CHAR_BITS = new Uint16Array(0x10000);
let nextFirstCharBit = 1;

/** A set of first characters: its bit in FIRST_CHAR_BITS. */
export interface FirstChars {
  readonly bit: number;
}

function codesOf(chars: string): FirstChars {
  const bit = nextFirstCharBit;
  // A seventeenth set would get no bit of its own and silently match nothing.
  if (bit > 0x8000) throw new Error('more sets of first characters than FIRST_CHAR_BITS has bits');
  nextFirstCharBit <<= 1;
  for (const char of chars) {
    const code = char.charCodeAt(0);
    FIRST_CHAR_BITS[code] = FIRST_CHAR_BITS[code]! | bit;
  }
  return { bit };
}

/** The characters each pattern above can start with. */
export const NOI_NHAN_FIRST = codesOf('N');
const AUTHORITY_FIRST = codesOf('TKQP');
const ARCHIVE_FIRST = codesOf('L');
export const ANNEX_FIRST = codesOf('(BKkPM');
const BULLET_FIRST = codesOf('-–~+•');
/** Both cases, and the Kelvin sign that an `iu` regex folds to `k`. */
const TITLE_FIRST = codesOf('PpTtBbCcGgVvHhKk\u212a');

/** Whether the UTF-16 code unit `code` (0 to 0xffff) is one of `firsts`. */
export function isFirstChar(code: number, firsts: FirstChars): boolean {
  return (FIRST_CHAR_BITS[code]! & firsts.bit) !== 0;
}

/**
 * Whether `text` starts with one of `firsts`: most lines tried start with none, and this test
 * costs far less than a call of an anchored regex that fails on their first character.
 */
export function startsWithAny(text: string, firsts: FirstChars): boolean {
  return text.length > 0 && isFirstChar(text.charCodeAt(0), firsts);
}

export function isNoiNhan(text: string): boolean {
  return startsWithAny(text, NOI_NHAN_FIRST) && NOI_NHAN.test(text);
}

/** `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, Party `K/T TRƯỞNG BAN`: the prefix, or null. */
export function authorityOf(text: string): string | null {
  const match = startsWithAny(text, AUTHORITY_FIRST) ? AUTHORITY.exec(text) : null;
  return match ? match[0].replace(/ /g, '') : null;
}

/** A title line of a signature: `PHÓ CHỦ TỊCH`, `THỦ TƯỚNG`, `Bộ trưởng Bộ Công an`. */
export function isTitleLine(text: string): boolean {
  // The anchored regex before the word count: it fails on the first word or two of most lines
  // tried, where counting a long line's words took eleven indexOf scans.
  return startsWithAny(text, TITLE_FIRST) && TITLE_HEAD.test(text) && !hasMoreWordsThan(text, MAX_TITLE_WORDS) && !/[,;:]/.test(text);
}

/** The archive entry `Lưu: VT, KGVX.` (its bullet removed). */
export function isArchive(text: string): boolean {
  return startsWithAny(text, ARCHIVE_FIRST) && ARCHIVE.test(text);
}

/** The start of an annex or a form after the signature: `Phụ lục I`, `Mẫu số 01`, `(Kèm theo ...)`. */
export function isAnnexStart(text: string): boolean {
  return startsWithAny(text, ANNEX_FIRST) && ANNEX.test(text);
}

/** The text of a list line without its bullet (`- `, OCR `~ `), or null when it has none. */
export function withoutBullet(text: string): string | null {
  const bullet = startsWithAny(text, BULLET_FIRST) ? BULLET.exec(text) : null;
  return bullet ? text.slice(bullet[0].length) : null;
}
