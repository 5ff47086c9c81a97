import { isAsciiDigit } from '../text/markup-chars.js';
import { matchDateAt } from './date.js';
import { matchNumberAt } from './number.js';
import { SP } from './vocabulary.js';
import { asciiLetterSet, isCapitalized, mayStartWith, PhraseSet, separatorAt, startsTypeWord, type Word, wordAt } from './words.js';

export interface LawNameMatch {
  /** End of the name ("Luật Tổ chức Chính phủ"), before its number or date if any. */
  end: number;
  /** Where the law's `số N/YYYY/QHxx` or its date starts, when the name runs up to one. */
  next: number | null;
}

const MAX_WORDS = 48;
/** Words and commas of an amending law's opening ("sửa đổi, bổ sung"), which no stop word ends. */
const AMENDING_OPENING = 6;

/** Lower-case words that end a name cited without number ("Luật Báo chí về ...", "Luật Đất đai năm 2024"). */
const STOP_WORDS = new Set([
  'về', 'được', 'thì', 'để', 'đối', 'có', 'mà', 'gồm', 'bao', 'năm', 'với', 'này', 'đó', 'đã', 'sẽ', 'là',
  'khi', 'từ', 'cho', 'hoặc', 'hay', 'các', 'những', 'hiện', 'sau', 'trước', 'nêu', 'như', 'thuộc', 'điểm',
  'khoản', 'trong', 'trên', 'đến', 'phải', 'nhằm', 'do', 'bởi', 'đang', 'chưa', 'cũng', 'vẫn', 'hết', 'nay',
  'ngày', 'tháng', 'mọi', 'cùng', 'v/v', 'của', 'tại', 'theo', 'nhưng', 'còn', 'tuy', 'vì', 'nên', 'áp', 'trừ',
]);
const STOP_PHRASES = new PhraseSet(['quy định', 'ban hành', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'thực hiện', 'thi hành', 'pháp luật']);
/** A hard-wrapped preamble runs one `Căn cứ` line into the next. */
const CAPITALIZED_STOP_PHRASES = new PhraseSet(['căn cứ', 'theo đề']);
/**
 * First words of the second half of names joined by a comma or `và` ("Phòng, chống", "Trật
 * tự, an toàn", "Chất lượng sản phẩm, hàng hóa", "Phí và lệ phí", "Tiêu chuẩn và quy chuẩn kỹ
 * thuật"); after any other word the join ends the name ("Luật Đất đai, trừ trường hợp ...",
 * "Luật Viên chức và viên chức đã thôi việc"). A number after the name overrides this.
 */
const SECOND_HALVES = new Set([
  'chống', 'an', 'hàng', 'công', 'sử', 'xuất', 'nhập', 'quá', 'cư', 'chữa', 'cứu', 'phá', 'thuế', 'bổ', 'tố',
  'lệ', 'quy', 'nông', 'đổi', 'khoáng', 'đầu', 'cấm',
]);

const TRAILING_JOINERS = ['của', 'và', 'tại', 'theo'];
const HORIZONTAL_SPACE = /[^\S\n]/u;
/** Types an amending law's name may hold: "Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư ...". */
const NESTED_IN_AMENDING = /^(?:Luật|Bộ luật)/u;

function stops(text: string, word: Word, limit: number): boolean {
  if (isCapitalized(word.text)) return CAPITALIZED_STOP_PHRASES.startsAt(text, word, limit);
  if (STOP_WORDS.has(word.text) || isAsciiDigit(word.text.charCodeAt(0)) || STOP_PHRASES.startsAt(text, word, limit)) return true;
  return word.text === 'số' && isAsciiDigit(wordAt(text, word.end, limit)?.text.charCodeAt(0) ?? NaN);
}

function continuesName(next: Word | null): boolean {
  return next !== null && SECOND_HALVES.has(next.text);
}

type Marker = 'number' | 'date' | null;

const NUMBER_WORD = new RegExp(`s[ốô](?:${SP}+|${SP}*\\n${SP}*)`, 'iuy');
const NUMBER_WORD_LETTERS = asciiLetterSet('s');

/** A number (`số 59/2020/QH14`, `108/2025/QH15`) or a date (`ngày 19 tháng 6 năm 2015`) starting at `word`. */
function markerAt(text: string, word: Word): Marker {
  if (isAsciiDigit(word.text.charCodeAt(0))) return matchNumberAt(text, word.start, false) ? 'number' : null;
  NUMBER_WORD.lastIndex = word.start;
  if (mayStartWith(word.text.charCodeAt(0), NUMBER_WORD_LETTERS) && NUMBER_WORD.test(text)) {
    return matchNumberAt(text, NUMBER_WORD.lastIndex, false) ? 'number' : null;
  }
  // Lower-casing keeps the length of any word that can read `ngày` (only `İ` grows).
  return word.text.length === 4 && word.text.toLowerCase() === 'ngày' && matchDateAt(text, word.start) ? 'date' : null;
}

/**
 * The name of a law cited by name, starting after its type word at `pos`. Without number the
 * name ends at the first word that cannot belong to it ("Luật Tiếp cận thông tin của người
 * dân" → "Luật Tiếp cận thông tin"); when `số N/YYYY/QHxx` follows in the same clause the name
 * runs up to it ("Luật Tương trợ tư pháp về dân sự số 102/2025/QH15"); a date must follow a
 * name that is whole without it ("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"). Null when
 * no name follows ("Luật này", "Luật có liên quan").
 */
export function matchLawName(text: string, pos: number, limit: number, type: string): LawNameMatch | null {
  let cursor = pos;
  let end = pos;
  let softEnd: number | null = null;
  /** Where the number or date the name runs up to starts, if any. */
  let next: number | null = null;
  const amending = type === 'Luật' && wordAt(text, pos, limit)?.text === 'sửa';
  for (let count = 0; count < MAX_WORDS; count++) {
    const opening = amending && count < AMENDING_OPENING;
    const word = wordAt(text, cursor, limit);
    if (!word) {
      const separator = separatorAt(text, cursor);
      if (separator?.mark !== ',' || end === pos) break;
      if (softEnd === null && !opening && !continuesName(wordAt(text, separator.end, limit))) softEnd = end;
      cursor = separator.end;
      continue;
    }
    const marker = markerAt(text, word);
    // Tests and exits that every word or name reaches: a path first taken after optimization deoptimizes this function.
    const named = end > pos;
    if (named && (marker === 'number' || (marker === 'date' && softEnd === null))) {
      next = word.start;
      break;
    }
    if (count === 0 && !amending && !isCapitalized(word.text) && type !== 'Hiến pháp') softEnd = pos;
    const nested = amending && NESTED_IN_AMENDING.test(word.text);
    if (isCapitalized(word.text) && startsTypeWord(text, word.start) && !nested) break;
    if (softEnd === null && !opening) {
      const joiner = word.text === 'và' && !continuesName(wordAt(text, word.end, limit));
      if (joiner || (!(amending && word.text === 'của') && stops(text, word, limit))) softEnd = end;
    }
    end = word.end;
    cursor = word.end;
  }
  const nameEnd = next === null ? (softEnd ?? end) : end;
  if (next === null && nameEnd === pos && type !== 'Hiến pháp') return null;
  return { end: trimmed(text, pos, nameEnd), next };
}

/**
 * Where the name ends without its trailing joiners (` của`, ` và tại`), read back from the end:
 * a pattern anchored at the end would be tried at every joiner, the square of their number.
 */
function trimmed(text: string, start: number, end: number): number {
  let cut = end;
  for (;;) {
    const joiner = TRAILING_JOINERS.find((word) => cut - word.length > start && text.startsWith(word, cut - word.length));
    if (joiner === undefined) return cut;
    let space = cut - joiner.length;
    while (space > start && HORIZONTAL_SPACE.test(text.charAt(space - 1))) space--;
    if (space === cut - joiner.length) return cut;
    cut = space;
  }
}
