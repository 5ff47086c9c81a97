import type { AnalyzedText } from './analyzed-text.js';
import { classOf, SPACE } from '../text/char-class.js';
import { ANNEX_FIRST, authorityOf, isAnnexStart, isFirstChar, isNoiNhan, isTitleLine } from './closing-marks.js';
import { personNameLine } from './person-name.js';
import { includesAny } from './text-shape.js';

/** How far below a bare title line (`THỦ TƯỚNG`) the signer's name may stand. */
const NAME_WINDOW = 4;

/** Cheap test before a paragraph is cut into pieces: closings are short or name an authority. */
const MAY_CLOSE = /Nơi nhận|NƠI NHẬN|Nơi Nhận|(?:TM|KT|TL|TUQ|Q|PT) ?\.|[KT]\/[MTL] /u;
const MAX_TITLE_PARAGRAPH = 120;
/** Cheap test before a paragraph is cut into pieces: an annex's first piece holds one of these. */
const ANNEX_WORDS = ['èm theo', 'ụ lục', 'Ụ LỤC', 'ẫu', 'ẪU'];

function opensSignature(text: AnalyzedText, index: number, end: number): boolean {
  const pieces = text.piecesAt(index);
  if (pieces.some((piece) => authorityOf(piece.text) !== null)) return true;
  if (!pieces.some((piece) => isTitleLine(piece.text))) return false;
  for (let k = index + 1; k < Math.min(end, index + 1 + NAME_WINDOW); k++) {
    if (personNameLine(text.textAt(k))) return true;
  }
  return false;
}

/** Whether paragraph `index` opens the closing: nơi nhận, or a signature block. */
export function isClosingStart(text: AnalyzedText, index: number, end: number): boolean {
  const paragraph = text.textAt(index);
  if (paragraph.length > MAX_TITLE_PARAGRAPH && !MAY_CLOSE.test(paragraph)) return false;
  const first = text.piecesAt(index)[0];
  if (first && isNoiNhan(first.text)) return true;
  return opensSignature(text, index, end);
}

/** The first paragraph of the closing in `[from, end)`, or null when the range has none. */
export function findClosingStart(text: AnalyzedText, from: number, end: number): number | null {
  for (let index = from; index < end; index++) if (isClosingStart(text, index, end)) return index;
  return null;
}

const QUOTE = 0x3e; // >
/** `|`, `<`, `&`: a cell break (`|`, `<br>`, `&nbsp;`) there would put the first piece further on. */
const CELL_BREAK_FIRST = new Set([0x7c, 0x3c, 0x26]);

/**
 * Cheap test before the paragraph is searched for annex words: its first piece starts at its
 * first character that is neither a quote mark nor whitespace (unless a cell break stands
 * there), and an annex's first piece starts with one of ANNEX_FIRST.
 */
function mayOpenWithAnnex(paragraph: string): boolean {
  let i = 0;
  while (i < paragraph.length && (paragraph.charCodeAt(i) === QUOTE || (classOf(paragraph.charCodeAt(i)) & SPACE) !== 0)) i++;
  if (i === paragraph.length) return false;
  const first = paragraph.charCodeAt(i);
  return isFirstChar(first, ANNEX_FIRST) || CELL_BREAK_FIRST.has(first);
}

/** Whether paragraph `index` starts an annex or a form (`Phụ lục I`, `Mẫu số 01`). */
export function isAnnex(text: AnalyzedText, index: number): boolean {
  const paragraph = text.textAt(index);
  if (!mayOpenWithAnnex(paragraph) || !includesAny(paragraph, ANNEX_WORDS)) return false;
  const first = text.piecesAt(index)[0];
  return first !== undefined && isAnnexStart(first.text);
}
