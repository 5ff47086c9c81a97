import { classOf, SPACE } from '../text/char-class.js';
import type { Paragraph } from './paragraphs.js';

/**
 * A piece of a paragraph: a table cell, a `<br>`-separated line, or the text on either side
 * of a motto merged into the same line by a flattened two-column header. Offsets are
 * text-layer offsets; `text` is `layer.text.slice(start, end)`.
 */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

const CELL_BREAK = /\||<br\s?\/?>|(?:&nbsp;\s?)+/gi;
/** Quốc hiệu and the Party heading, written in capitals in every header. */
const MOTTO_SOURCE = '(?:(?<!\\p{L} ?)NƯỚC )?CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM';
const TAGLINE_SOURCE = 'Độc lập ?[-–—]{1,3} ?T[ựu] ?[dđ]o ?[-–—]{1,3} ?Hạnh ?phúc';
const MOTTO = new RegExp(MOTTO_SOURCE, 'gu');
const TAGLINE = new RegExp(TAGLINE_SOURCE, 'giu');
const WHOLE_MOTTO = new RegExp(`^(?:${MOTTO_SOURCE})$`, 'u');
const WHOLE_TAGLINE = new RegExp(`^(?:${TAGLINE_SOURCE})$`, 'iu');
const QUOTE_MARK = /^(?:>\s?)+/;
/** A `Số:` label run into the issuer cell before it: `CHÍNH PHỦSố: 211/2026/NĐ-CP`. */
const NUMBER_LABEL = /(?<=\p{Lu} ?)(?=Số ?:)/gu;

const CAPITAL_N = 0x4e;
const CAPITAL_C = 0x43;
const CAPITAL_D_STROKE = 0x110;
const SMALL_D_STROKE = 0x111;

/** The piece is exactly the Quốc hiệu or the Party heading (which start with `N`, `C` or `Đ`: the first-letter test skips the regex). */
export function isMotto(piece: Piece): boolean {
  const first = piece.text.charCodeAt(0);
  return (first === CAPITAL_N || first === CAPITAL_C || first === CAPITAL_D_STROKE) && WHOLE_MOTTO.test(piece.text);
}

/** The piece is exactly the tiêu ngữ `Độc lập - Tự do - Hạnh phúc` (which starts with `Đ` or `đ`: the first-letter test skips the regex). */
export function isTagline(piece: Piece): boolean {
  const first = piece.text.charCodeAt(0);
  return (first === CAPITAL_D_STROKE || first === SMALL_D_STROKE) && WHOLE_TAGLINE.test(piece.text);
}

function isSpace(text: string, index: number): boolean {
  return (classOf(text.charCodeAt(index)) & SPACE) !== 0;
}

function trimmed(text: string, start: number, end: number): Piece | null {
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

/** Splits `[start, end)` of `text` at every match of `pattern`, keeping matches as pieces when asked. */
function splitAt(text: string, start: number, end: number, pattern: RegExp, keep: boolean): Piece[] {
  const pieces: Piece[] = [];
  const push = (from: number, to: number) => {
    const piece = trimmed(text, from, to);
    if (piece) pieces.push(piece);
  };
  const segment = text.slice(start, end);
  pattern.lastIndex = 0;
  let position = 0;
  for (let match = pattern.exec(segment); match; match = pattern.exec(segment)) {
    if (match[0].length === 0) pattern.lastIndex++;
    push(start + position, start + match.index);
    if (keep) push(start + match.index, start + match.index + match[0].length);
    position = match.index + match[0].length;
  }
  push(start + position, end);
  return pieces;
}

/** Which splitting marks a stretch of text may hold, told by letters each must contain. */
interface Marks {
  cell: boolean;
  motto: boolean;
  tagline: boolean;
  numberLabel: boolean;
}

const SMALL_C = 0x63;

/**
 * Sets `motto` (`CỘN` of `CỘNG`) and `tagline` (`độc` in any case) from the letters on either
 * side of each `mark` after `from`: one scan finds both. The letter after matters: `động`, one
 * of the commonest words, would otherwise send its paragraph down the slow splitting path.
 */
function markMottoLetters(text: string, from: number, mark: string, marks: Marks): void {
  for (let i = text.indexOf(mark, from + 1); i >= 0 && !(marks.motto && marks.tagline); i = text.indexOf(mark, i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (before === CAPITAL_C && after === CAPITAL_N) marks.motto = true;
    else if ((before === CAPITAL_D_STROKE || before === SMALL_D_STROKE) && (after === SMALL_C || after === CAPITAL_C)) marks.tagline = true;
  }
}

/** The marks in `text` from `from` on (indexOf scans are much faster than a loop over every character). */
function marksIn(text: string, from: number): Marks {
  const marks = {
    cell: text.indexOf('|', from) >= 0 || text.indexOf('<', from) >= 0 || text.indexOf('&', from) >= 0,
    motto: false,
    tagline: false,
    numberLabel: text.indexOf('Số', from) >= 0,
  };
  markMottoLetters(text, from, 'Ộ', marks);
  markMottoLetters(text, from, 'ộ', marks);
  return marks;
}

/** `[start, end)` trimmed as the only piece, or no piece when it is blank. */
function whole(text: string, start: number, end: number): Piece[] {
  const piece = trimmed(text, start, end);
  return piece ? [piece] : [];
}

/** The paragraph from `start` on as its only piece: the (unchanging) paragraph object itself when nothing is trimmed. */
function wholeParagraph(text: string, paragraph: Paragraph, start: number): Piece[] {
  let end = paragraph.end;
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (end === start) return [];
  return [start === paragraph.start && end === paragraph.end ? paragraph : { start, end, text: text.slice(start, end) }];
}

/** The pieces of one paragraph of `text` (the text layer), in reading order. */
export function piecesOf(text: string, paragraph: Paragraph): Piece[] {
  const quote = paragraph.text.startsWith('>') ? QUOTE_MARK.exec(paragraph.text) : null;
  const start = paragraph.start + (quote ? quote[0].length : 0);
  const marks = marksIn(paragraph.text, start - paragraph.start);
  if (!marks.cell && !marks.motto && !marks.tagline && !marks.numberLabel) return wholeParagraph(text, paragraph, start);
  const split = (from: number, to: number, pattern: RegExp, keep: boolean, present: boolean) =>
    present ? splitAt(text, from, to, pattern, keep) : whole(text, from, to);
  const pieces: Piece[] = [];
  for (const cell of split(start, paragraph.end, CELL_BREAK, false, marks.cell)) {
    for (const part of split(cell.start, cell.end, MOTTO, true, marks.motto)) {
      for (const line of split(part.start, part.end, TAGLINE, true, marks.tagline)) {
        pieces.push(...split(line.start, line.end, NUMBER_LABEL, false, marks.numberLabel));
      }
    }
  }
  return pieces;
}
