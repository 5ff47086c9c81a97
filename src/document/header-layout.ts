import type { AnalyzedText } from './analyzed-text.js';
import { typeLine } from './document-types.js';
import type { HeaderDate, PieceKind } from './header-piece.js';
import { opensBodyName } from './issuer.js';
import { hasLabelAt } from './number.js';
import type { Piece } from './pieces.js';

/** The part a piece plays in a header. */
export type HeaderRole =
  | 'issuer'
  | 'motto'
  | 'tagline'
  | 'number'
  | 'date'
  | 'type'
  | 'subject'
  | 'addressee-label'
  | 'addressee'
  | 'decoration';

export interface HeaderItem {
  role: HeaderRole;
  piece: Piece;
  /** The header date the piece holds for the kind it was classified as (`classifyPieces`). */
  date: HeaderDate | null;
}

export interface HeaderLayout {
  /** Paragraph index where the header block begins, and the first paragraph after it. */
  first: number;
  after: number;
  items: HeaderItem[];
}

/** How far (in paragraphs) the marks of one header block may lie apart. */
const MARK_WINDOW = 8;
const MAX_ISSUER_LINES_BEFORE = 4;
const MAX_HEADER_PARAGRAPHS = 40;
const MAX_NOISE_PARAGRAPHS = 3;
const MAX_NOISE_LENGTH = 160;
const MAX_ADDRESSEE_LENGTH = 160;

/** The header marks of a paragraph as bits of one number: marks add up with `|`. */
const MOTTO_MARK = 1;
const TAGLINE_MARK = 2;
const NUMBER_MARK = 4;
const DATE_MARK = 8;

function markOf(kind: PieceKind): number {
  switch (kind) {
    case 'motto':
      return MOTTO_MARK;
    case 'tagline':
      return TAGLINE_MARK;
    case 'number':
      return NUMBER_MARK;
    case 'date':
      return DATE_MARK;
    default:
      return 0;
  }
}

/** Whether a set of marks holds two or more. */
function hasTwoMarks(marks: number): boolean {
  return (marks & (marks - 1)) !== 0;
}

/** The marks a paragraph holds, a merged number-and-date line counting as both. */
function marksOf(text: AnalyzedText, index: number): number {
  const { kinds, dates } = text.at(index);
  let marks = 0;
  for (let k = 0; k < kinds.length; k++) {
    marks |= markOf(kinds[k]!);
    if (kinds[k] === 'number' && dates[k]) marks |= DATE_MARK;
  }
  return marks;
}

function isDated(text: AnalyzedText, index: number): boolean {
  const { kinds, dates } = text.at(index);
  for (let k = 0; k < kinds.length; k++) {
    if (kinds[k] === 'number' || (kinds[k] === 'date' && dates[k]?.match.year != null)) return true;
  }
  return false;
}

/** Whether `text` holds `Số` or `SỐ`, found in one scan for their `S`. */
function hasNumberWord(text: string): boolean {
  for (let i = text.indexOf('S'); i >= 0; i = text.indexOf('S', i + 1)) if (hasLabelAt(text, i)) return true;
  return false;
}

/**
 * Cheap test before a paragraph is analysed: an anchor holds a motto or a `Số` label, so one
 * of `Số`, `SỐ`, `CỘNG H`, `ĐẢNG CỘNG` (the last two only where `CỘNG` is).
 */
function mayOpenHeader(text: string): boolean {
  return hasNumberWord(text) || (text.includes('CỘNG') && (text.includes('CỘNG H') || text.includes('ĐẢNG CỘNG')));
}

/**
 * Whether paragraph `index` opens a header: it holds a motto or a number, and another mark
 * (motto, tiêu ngữ, number, date) lies close by. `dated` also asks for a real number or a
 * date with its year, which blank forms in annexes lack.
 */
export function isHeaderAnchor(text: AnalyzedText, index: number, end: number, dated: boolean): boolean {
  if (!mayOpenHeader(text.textAt(index))) return false;
  if (!text.has(index, 'motto') && !text.has(index, 'number')) return false;
  let marks = 0;
  let hasDate = false;
  for (let k = index; k < Math.min(end, index + MARK_WINDOW); k++) {
    marks |= marksOf(text, k);
    hasDate ||= isDated(text, k);
    // Marks and dates only add up: once the test holds, the paragraphs further on cannot undo it.
    if (hasTwoMarks(marks) && (!dated || hasDate)) return true;
  }
  return false;
}

/** Issuing-body lines (and decorations) right above an anchor belong to its header. */
export function headerBlockStart(text: AnalyzedText, anchor: number, floor: number): number {
  let first = anchor;
  for (let k = anchor - 1; k >= Math.max(floor, anchor - MAX_ISSUER_LINES_BEFORE); k--) {
    const kinds = text.at(k).kinds;
    if (!kinds.every((kind) => kind === 'upper' || kind === 'decoration' || kind === 'type')) break;
    if (kinds.some((kind) => kind !== 'decoration')) first = k;
  }
  return first;
}

type Phase = 'block' | 'titled' | 'addressees';

function addresseeLike(piece: Piece, afterEmptyLabel: boolean): boolean {
  if (piece.text.length > MAX_ADDRESSEE_LENGTH) return false;
  return afterEmptyLabel || /[;,]$/.test(piece.text);
}

/**
 * Reads the header that starts at paragraph `first`: issuing body, motto, number, date, type
 * and subject, kính gửi and its addressees. Stops at the first line of the body (căn cứ,
 * numbered items, long prose) and gives each header piece its role.
 */
export function readHeaderLayout(text: AnalyzedText, first: number, end: number): HeaderLayout {
  const items: HeaderItem[] = [];
  let phase: Phase = 'block';
  let expectSubject = false;
  let afterEmptyLabel = false;
  let noise = 0;
  let after = first;
  const limit = Math.min(end, first + MAX_HEADER_PARAGRAPHS);
  scan: for (let index = first; index < limit; index++) {
    const { paragraph, pieces, kinds, dates } = text.at(index);
    let found = false;
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      const kind = kinds[k]!;
      const date = dates[k] ?? null;
      const add = (role: HeaderRole) => {
        items.push({ role, piece, date });
        if (role !== 'decoration') found = true;
      };
      if (kind === 'body') break scan;
      if (kind === 'decoration') {
        add('decoration');
        continue;
      }
      const wasExpectingSubject = expectSubject;
      expectSubject = false;
      if (phase === 'addressees') {
        if (kind === 'bullet' || addresseeLike(piece, afterEmptyLabel)) add('addressee');
        else if (kind !== 'addressee-label') break scan;
        afterEmptyLabel = false;
        continue;
      }
      switch (kind) {
        case 'motto':
        case 'tagline':
        case 'number':
        case 'date':
          add(kind);
          break;
        case 'type':
          if (wasExpectingSubject) {
            add('subject');
            break;
          }
          add('type');
          // A type line above the number (a flattened or website-titled header) ends nothing.
          if (!items.some((item) => item.role === 'number' || item.role === 'date')) break;
          phase = 'titled';
          expectSubject = typeLine(piece.text)?.rest === '';
          break;
        case 'subject':
          add('subject');
          phase = 'titled';
          break;
        case 'addressee-label':
          add('addressee-label');
          phase = 'addressees';
          afterEmptyLabel = /^Kính gửi\s*:?$/iu.test(piece.text);
          break;
        case 'upper':
          // `NGHỊ ĐỊNH` / `CHÍNH PHỦ` / subject: the issuer's column flattened under the type.
          if (wasExpectingSubject && opensBodyName(piece.text)) {
            add('issuer');
            expectSubject = true;
          } else if (wasExpectingSubject) add('subject');
          else if (phase === 'block') add('issuer');
          break;
        default:
          if (wasExpectingSubject) add('subject');
      }
    }
    if (found) {
      noise = 0;
      after = index + 1;
    } else if (++noise > MAX_NOISE_PARAGRAPHS || paragraph.text.length > MAX_NOISE_LENGTH) {
      break;
    }
  }
  return { first, after, items: items.filter((item) => text.startOf(after) > item.piece.start) };
}
