import { classOf, LETTER, LOWERS, SPACE } from '../text/char-class.js';
import { hasMoreWordsThan, trailingRunStart, withoutTrailing } from './text-shape.js';

/**
 * Vietnamese personal names, as they stand under a signature. A name is a family name from
 * the closed set below followed by one to four given-name syllables, all capitalised (or
 * all in capitals). The family name is what tells `Hà Minh Hải` from a title or a place.
 */
const FAMILY_NAMES = new Set(
  [
    'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
    'Dương', 'Lý', 'Đinh', 'Trịnh', 'Đoàn', 'Lương', 'Mai', 'Cao', 'Hà', 'Tô', 'Lâm', 'Trương', 'Đào', 'Tạ',
    'Chu', 'Châu', 'Thái', 'Kiều', 'Triệu', 'La', 'Quách', 'Lại', 'Vương', 'Đàm', 'Nông', 'Hứa', 'Lưu',
    'Phùng', 'Thân', 'Tôn', 'Khúc', 'Giang', 'Vi', 'Lục', 'Mạc', 'Tăng', 'Từ', 'Âu', 'Diệp', 'Hầu', 'Lò',
    'Lã', 'Tống', 'Doãn', 'Kim', 'Khổng', 'Ông', 'Quan', 'Ninh', 'Bạch', 'Lăng', 'Thạch', 'Danh', 'Đồng',
    'Đậu', 'Cù', 'Hàn', 'Phí', 'Nghiêm', 'Lữ', 'Khương', 'Tiêu', 'Ứng', 'Đới', 'Giáp', 'Mẫn', 'Nhữ', 'Sầm',
    'Thiều',
  ].map((name) => name.toLocaleUpperCase('vi')),
);

const LONGEST_FAMILY_NAME = Math.max(...[...FAMILY_NAMES].map((name) => name.length));

/** Military ranks that may precede a signer's name (`Đại tướng Lương Tam Quang`). */
const RANK = /^(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy) /iu;
const SYLLABLE = /^\p{L}+$/u;
const MIN_SYLLABLES = 2;
/** A name in capitals needs three syllables, or `HÀ NỘI` and `THÁI NGUYÊN` would pass. */
const MIN_CAPITALS_SYLLABLES = 3;
const MAX_SYLLABLES = 5;

function isCapitalised(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
}

function isCapitals(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Words already looked up, as written: upper-casing a word costs far more than finding it here (the same few words recur). */
const FAMILY_NAME_CACHE = new Map<string, boolean>();
const MAX_CACHED_WORDS = 4096;

/** Vietnamese has no casing rules of its own, so `toUpperCase` equals `toLocaleUpperCase('vi')` and is much cheaper. */
function isFamilyName(word: string): boolean {
  if (word.length > LONGEST_FAMILY_NAME) return false;
  let known = FAMILY_NAME_CACHE.get(word);
  if (known === undefined) {
    if (FAMILY_NAME_CACHE.size >= MAX_CACHED_WORDS) FAMILY_NAME_CACHE.clear();
    known = FAMILY_NAMES.has(word.toUpperCase());
    FAMILY_NAME_CACHE.set(word, known);
  }
  return known;
}

export interface PersonName {
  name: string;
  rank: string | null;
}

function splitRank(text: string): { rank: string | null; rest: string } {
  const rank = RANK.exec(text);
  return rank ? { rank: rank[0].trim(), rest: text.slice(rank[0].length) } : { rank: null, rest: text };
}

function isNameWords(words: readonly string[]): boolean {
  if (words.length < MIN_SYLLABLES || words.length > MAX_SYLLABLES) return false;
  // The family name first: one cached look-up rules out most lines before each word is tested.
  if (!isFamilyName(words[0]!) || !words.every((word) => SYLLABLE.test(word))) return false;
  return words.every(isCapitalised) || (words.length >= MIN_CAPITALS_SYLLABLES && words.every(isCapitals));
}

/** A token of a name read at the start of a text: its letters, and the punctuation that ends the name. */
const NAME_TOKEN = /^(\p{L}+)([.,;:]*)$/u;

const TRAILING_PARENTHESIS = /(?<!\s)\s*\([^()]{0,80}\)\s*$/u;

/** Whether the last character of `text` that is not whitespace is `)` (`text.trimEnd().endsWith(')')` without the copy). */
function endsWithParenthesis(text: string): boolean {
  const end = trailingRunStart(text, isSpace);
  return end > 0 && text.charCodeAt(end - 1) === 0x29;
}

function isSpace(code: number): boolean {
  return (classOf(code) & SPACE) !== 0;
}

/** `.,;:`: a name ends before its final run of them (what `/(?<![.,;:])[.,;:]+$/` matched). */
function isPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3b || code === 0x3a;
}

function withoutTrailingPunctuation(text: string): string {
  return withoutTrailing(text, isPunctuation);
}

/**
 * The whole line as a person's name, or null: `Hà Minh Hải`, `NGUYỄN CHÍ DŨNG`,
 * `Đại tướng Lương Tam Quang` (rank kept apart), `Phạm Gia Túc (Thủ tướng Chính phủ)`.
 */
export function personNameLine(line: string): PersonName | null {
  // The end test only skips a regex that could not match: most lines tried are not names.
  const text = withoutTrailingPunctuation(endsWithParenthesis(line) ? line.replace(TRAILING_PARENTHESIS, '') : line);
  const { rank, rest } = splitRank(text.trim());
  // isNameWords asks its first word to be a family name too: most short lines fail that before they are split.
  if (hasMoreWordsThan(rest, MAX_SYLLABLES) || !startsWithFamilyName(rest)) return null;
  return isNameWords(rest.split(' ')) ? { name: rest, rank } : null;
}

/** Whether `text` up to its first space (`text.split(' ')[0]`) is a family name. */
function startsWithFamilyName(text: string): boolean {
  const space = text.indexOf(' ');
  const end = space < 0 ? text.length : space;
  return end <= LONGEST_FAMILY_NAME && isFamilyName(text.slice(0, end));
}

/**
 * Whether the first word of `text`, without the punctuation after it, is a family name: a name
 * read by leadingPersonName always starts with that word, and most texts tried start otherwise.
 */
function opensWithFamilyName(text: string): boolean {
  const space = text.indexOf(' ');
  return isFamilyName(withoutTrailingPunctuation(space < 0 ? text : text.slice(0, space)));
}

/**
 * A name at the start of a text that goes on with something else, as when a flattened
 * signature column runs into a nơi nhận entry: `Phạm Thị Thanh Trà Kiểm toán nhà nước`.
 * A capitalised word followed by a lower-case one starts the next phrase, not the name.
 */
export function leadingPersonName(text: string): PersonName | null {
  const { rank, rest } = splitRank(text.trim());
  if (!opensWithFamilyName(rest)) return null;
  const words: string[] = [];
  let next: string | undefined;
  // The loop reads at most one token past the longest name.
  for (const token of rest.split(' ', MAX_SYLLABLES + 1)) {
    const word = NAME_TOKEN.exec(token);
    if (!word || !isCapitalised(word[1]!) || words.length === MAX_SYLLABLES) {
      next = word?.[1];
      break;
    }
    words.push(word[1]!);
    if (word[2]) break;
  }
  if (next !== undefined && !isCapitalised(next) && words.length > MIN_SYLLABLES) words.pop();
  return isNameWords(words) ? { name: words.join(' '), rank } : null;
}

/** Where the word at `start` (ending at `stop`) has its first letter, past leading marks and digits. */
function firstLetterOf(text: string, start: number, stop: number): number {
  while (start < stop) {
    const code = text.codePointAt(start)!;
    if (classOf(code) & LETTER) break;
    start += code > 0xffff ? 2 : 1;
  }
  return start;
}

/** Whether the character at `index` is a capital (`isCapitalised` of a word starting there needs one). */
function isCapitalAt(text: string, index: number): boolean {
  return index < text.length && (classOf(text.charCodeAt(index)) & LOWERS) !== 0;
}

/** Fewest syllables for a name found after other words, where two could be a place (`Hà Nội`). */
const MIN_INNER_SYLLABLES = 3;

/**
 * A name standing after other text in a flattened line (`cà Phạm Thị Thanh Trà`,
 * `Phó Thủ tướng (đã ký): Nguyễn Văn Thắng`), with where it starts; at least three syllables.
 */
export function innerPersonName(text: string): { name: PersonName; index: number } | null {
  // Only a word followed by a space and a capital can start a name (leadingPersonName reads three
  // syllables only if the word after the family name is capitalised too): the scan goes from space
  // to space and looks at the word before one only when a capital follows it.
  for (let wordStart = 0, space = text.indexOf(' '); space >= 0; wordStart = space + 1, space = text.indexOf(' ', wordStart)) {
    if (!isCapitalAt(text, space + 1)) continue;
    const start = firstLetterOf(text, wordStart, space);
    // A name starts capitalised (leadingPersonName finds none otherwise): most words need no more look.
    if (start < space && space - start <= LONGEST_FAMILY_NAME && isCapitalAt(text, start) && isFamilyName(text.slice(start, space))) {
      const name = leadingPersonName(text.slice(start));
      if (name && name.name.split(' ').length >= MIN_INNER_SYLLABLES) return { name, index: start };
    }
  }
  return null;
}
