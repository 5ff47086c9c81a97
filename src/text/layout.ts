import { capitalCount, classOf, DIGIT, LETTER, LOWER, LOWERS, UPPERS } from './char-class.js';
import { NextMatch } from './next-match.js';
import { type OffsetMap, TextBuilder } from './offset-map.js';

/** One physical line of the cleaned text, trimmed of surrounding spaces. */
interface Line {
  start: number;
  end: number;
  text: string;
  /** Blank lines seen between the previous non-blank line and this one. */
  blankBefore: boolean;
  /** Whether the line is in capitals, once asked (each line is asked as previous and as next); null before. Always present, so that every line has one shape. */
  shouting: boolean | null;
}

/** Lines that begin a block of their own: bullets, numbering, articles, header labels. */
export const STRUCTURAL_START = new RegExp(
  [
    String.raw`^[-+•–—*]\s`,
    String.raw`^\d{1,3}(?:\.\d{1,3})*[.)]\s`,
    String.raw`^[a-zđ]\)\s`,
    String.raw`^[IVXLC]{1,6}[.)]\s`,
    String.raw`^(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]{1,6}[a-zđ]?\b`,
    String.raw`^(?:Phần|Chương|Mục)\s+thứ\s`,
    String.raw`^(?:Số|Kính gửi|Nơi nhận|V\/v|Về việc|Căn cứ|Thực hiện|Theo đề nghị)\b`,
    // An annex's heading alone on its line (`### Phụ lục V` after a paragraph cut off mid-sentence).
    String.raw`^(?:Phụ lục|PHỤ LỤC)(?: (?:[IVXLC]{1,6}|\d{1,3}))?$`,
    String.raw`^(?:TM|KT|TL|TUQ|Q|PT)\.\s`,
    String.raw`^[KT]\/[MTL]\s`,
    String.raw`^\|`,
  ].join('|'),
  'u',
);
/** The characters `STRUCTURAL_START`'s alternatives begin with, but the lower-case letters of `a)`. */
const STRUCTURAL_FIRST = '-+•–—*0123456789IVXLCĐMPSKNTQ|';
const PAREN_CLOSE = 41;

/** What `STRUCTURAL_START` tests, the regex run only for a line whose first characters one of its alternatives begins with. */
export function isStructural(text: string): boolean {
  const first = text.charCodeAt(0);
  const mayBe = STRUCTURAL_FIRST.includes(text[0]!) || (((first >= 97 && first <= 122) || first === 0x111) && text.charCodeAt(1) === PAREN_CLOSE);
  return mayBe && STRUCTURAL_START.test(text);
}
const PAGE_NUMBER = /^(?:[-–]\s?)?\d{1,3}(?:\s?[-–])?$/;
const HAS_WORD = /[\p{L}\d]/u;
/** Besides lower-case letters and digits, what a line continuing a sentence may start with. */
const CONTINUING_PUNCTUATION = '(“"\'‘«';

/** Flags of the line's first code point, a surrogate pair read whole as `/u` regexes read it (lines are never empty). */
function firstClass(line: Line): number {
  return classOf(line.text.codePointAt(0)!);
}

/** What `/[\p{L}\d]/u` tests; most lines start with a letter, which answers without the regex. */
function hasWord(line: Line): boolean {
  return (firstClass(line) & (LETTER | DIGIT)) !== 0 || HAS_WORD.test(line.text);
}

/** What `/^[\p{Ll}\d(“"'‘«]/u` tests, from the first code point's class. */
function startsLower(line: Line): boolean {
  return (firstClass(line) & (LOWER | DIGIT)) !== 0 || CONTINUING_PUNCTUATION.includes(line.text[0]!);
}

/** Whether the line ends in `.`, `;`, `:`, `!` or `?` (what `/[.;:!?]$/` tests). */
function endsSentence(line: Line): boolean {
  const last = line.text.charCodeAt(line.text.length - 1);
  return last === 46 || last === 59 || last === 58 || last === 33 || last === 63;
}

/** A line in capitals (issuing body, motto, document type, signature titles) stands alone. */
function isShouting(line: Line): boolean {
  if (line.shouting === null) {
    // Letters, and characters with case even when not letters (`Ⅻ`); capitals are those lower-casing changes.
    const count = capitalCount(line.text, LETTER | LOWERS | UPPERS, LOWERS);
    line.shouting = count !== null && count.counted >= 3 && count.capitals / count.counted >= 0.8;
  }
  return line.shouting;
}

const PAGE_NUMBER_MAX_LENGTH = 7;

/** A lone page number: only dropped where a blank line comes before it. */
function isPageNumber(line: Line): boolean {
  return line.end - line.start <= PAGE_NUMBER_MAX_LENGTH && PAGE_NUMBER.test(line.text);
}

/** The non-blank lines, trimmed of spaces, without the page numbers that follow a blank line. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && text.charCodeAt(start) === 32) start++;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    if (start === end) blankBefore = true;
    else {
      const line: Line = { start, end, text: text.slice(start, end), blankBefore, shouting: null };
      if (!blankBefore || !isPageNumber(line)) lines.push(line);
      blankBefore = false;
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}

const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 110;
/** Lines per length from `MIN_WRAP_WIDTH` to `MAX_WRAP_WIDTH`, reused by every call. */
const WRAP_LENGTHS = new Int32Array(MAX_WRAP_WIDTH - MIN_WRAP_WIDTH + 1);

/**
 * The width text was hard-wrapped at (the 90th percentile of line lengths, between 40 and
 * 110), or null when lines run to paragraph length. The percentile is read off a histogram of
 * the lengths in that range instead of sorting them all.
 */
function wrapWidth(lines: readonly Line[]): number | null {
  if (lines.length < 8) return null;
  // Index of the 90th percentile in the lengths sorted in ascending order.
  const rank = Math.floor(lines.length * 0.9);
  WRAP_LENGTHS.fill(0);
  let shorter = 0;
  for (const line of lines) {
    const length = line.end - line.start;
    if (length < MIN_WRAP_WIDTH) shorter++;
    else if (length <= MAX_WRAP_WIDTH) WRAP_LENGTHS[length - MIN_WRAP_WIDTH]!++;
  }
  // Short lines are headers and lists, not wrapping: a wrapped text fills its width.
  let seen = shorter;
  if (rank < seen) return null;
  for (let width = MIN_WRAP_WIDTH; width <= MAX_WRAP_WIDTH; width++) {
    seen += WRAP_LENGTHS[width - MIN_WRAP_WIDTH]!;
    if (rank < seen) return width;
  }
  return null;
}

/** A header's place and date, alone on its line: `Tuyên Quang, ngày 27 tháng 4 năm 2026`, a draft's `Hà Nội, ngày     tháng 7 năm 2026`. */
const PLACE_DATE_LINE = /^\p{Lu}[\p{L} .'-]{0,40}, ngày [^\n]{0,40}\d{4}\.?$/u;

function isPlaceDateLine(line: Line): boolean {
  return line.text.includes(', ngày ') && PLACE_DATE_LINE.test(line.text);
}

function continues(previous: Line, next: Line, width: number | null): boolean {
  // The cheapest test first: most lines end a sentence.
  if (endsSentence(previous)) return false;
  if (isStructural(next.text) || previous.text.startsWith('|') || isPlaceDateLine(next)) return false;
  if (!hasWord(previous) || !hasWord(next)) return false;
  if (isShouting(previous) || isShouting(next)) return false;
  if (startsLower(next)) return true;
  // A capitalised word continues a sentence only where the previous line was cut by wrapping.
  return width !== null && previous.text.length >= width * 0.55;
}

/** Two spaces. Unlike `indexOf('  ')`, which stops at every single space of a UTF-16 text, the regex engine skips ahead: half the cost. */
const DOUBLE_SPACE = / {2}/g;

/** Appends a line's text, collapsing runs of spaces inside it. */
function appendLine(text: string, line: Line, spaces: NextMatch, out: TextBuilder): void {
  let position = line.start;
  for (let i = spaces.firstIn(position, line.end); i < line.end; i = spaces.firstIn(position, line.end)) {
    let j = i + 2;
    while (text.charCodeAt(j) === 32) j++;
    out.copy(position, i + 1);
    out.replace(i + 1, j, '');
    position = j;
  }
  out.copy(position, line.end);
}

/**
 * Puts `separator` between two lines. A single line feed kept as it is is a copy: the lines
 * around it then form one run of the map instead of three.
 */
function joinLines(text: string, previous: Line, next: Line, separator: string, out: TextBuilder): void {
  if (separator === '\n' && next.start === previous.end + 1 && text.charCodeAt(previous.end) === 10) out.copy(previous.end, next.start);
  else out.replace(previous.end, next.start, separator);
}

/**
 * Turns cleaned text into logical paragraphs, one per line: hard-wrapped lines and the
 * blank-line-per-line layout of PDF extractions are joined, blank lines and lone page
 * numbers dropped.
 */
export function layoutParagraphs(text: string): { text: string; map: OffsetMap } {
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  const out = new TextBuilder(text);
  const spaces = new NextMatch(text, DOUBLE_SPACE, 2);
  let previous: Line | null = null;
  for (const line of lines) {
    if (previous) joinLines(text, previous, line, continues(previous, line, width) ? ' ' : '\n', out);
    else out.replace(0, line.start, '');
    appendLine(text, line, spaces, out);
    previous = line;
  }
  out.replace(previous ? previous.end : 0, text.length, '');
  return out.build();
}
