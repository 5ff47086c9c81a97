import { authorityOf, isTitleLine } from './closing-marks.js';
import { type DateMatch, matchHeaderDate } from './date.js';
import { typeLine } from './document-types.js';
import { matchDocumentNumber } from './number.js';
import { personNameLine } from './person-name.js';
import { isMotto, isTagline, type Piece } from './pieces.js';
import { isDecoration, isUpperText } from './text-shape.js';

/** What a piece of text can be in a header, judged on the piece alone. */
export type PieceKind =
  | 'decoration'
  | 'motto'
  | 'tagline'
  | 'number'
  | 'date'
  | 'type'
  | 'subject'
  | 'addressee-label'
  | 'bullet'
  | 'upper'
  | 'signature'
  | 'body'
  | 'other';

const SUBJECT_LABEL = /^(?:V\/v|V\/V|v\/v|Về việc|VỀ VIỆC)(?=[ :.]|$)/u;
const ADDRESSEE_LABEL = /^Kính gửi(?=[ :]|$)/iu;
const BULLET = /^[-–+•] /u;
const BODY_START =
  /^(?:Căn cứ|CĂN CỨ|Thực hiện|Theo đề nghị|Xét đề nghị|Điều \d|Chương [IVXLC\d]|CHƯƠNG [IVXLC\d]|Phần [IVXLC\d]|PHẦN [IVXLC\d]|Mục \d|[IVXLC]{1,6}[.)-] |\d{1,3}[.)] )/u;
/** Section labels of the websites documents are copied from, not part of any header. */
const WEBSITE_LABEL = /^(?:VĂN BẢN|TOÀN VĂN|NỘI DUNG(?: VĂN BẢN| CHI TIẾT| TOÀN VĂN)?|THÔNG TIN VĂN BẢN)$/iu;
const MAX_UPPER_LENGTH = 100;

/** A header date in a piece: its match, read from `offset` in the piece's text. */
export interface HeaderDate {
  match: DateMatch;
  offset: number;
}

interface HeaderMark {
  kind: 'number' | 'date';
  /** The date line's date, or the date after the number on a merged number-and-date line. */
  date: HeaderDate | null;
}

/** A number or date piece's kind and the header date it holds, each match read once; null for other pieces. */
function headerMark(text: string): HeaderMark | null {
  const number = matchDocumentNumber(text);
  if (number) {
    const match = matchHeaderDate(text.slice(number.end));
    return { kind: 'number', date: match ? { match, offset: number.end } : null };
  }
  const match = matchHeaderDate(text);
  return match ? { kind: 'date', date: { match, offset: 0 } } : null;
}

/** The kind of a piece that is no decoration, motto, tagline, number or date. */
function otherKind(text: string): PieceKind {
  if (SUBJECT_LABEL.test(text)) return 'subject';
  if (ADDRESSEE_LABEL.test(text)) return 'addressee-label';
  if (BODY_START.test(text)) return 'body';
  if (BULLET.test(text)) return 'bullet';
  if (authorityOf(text) || personNameLine(text)) return 'signature';
  if (isUpperText(text)) {
    if (typeLine(text)) return 'type';
    if (isTitleLine(text)) return 'signature';
    if (text.length <= MAX_UPPER_LENGTH && !WEBSITE_LABEL.test(text)) return 'upper';
  }
  return 'other';
}

export interface PieceClasses {
  kinds: PieceKind[];
  /** The header date each piece holds: a date piece's, or the one after a number piece's number. */
  dates: (HeaderDate | null)[];
}

/** The kind of each piece, judged on the piece alone, and the header date it holds. */
export function classifyPieces(pieces: readonly Piece[]): PieceClasses {
  const kinds: PieceKind[] = [];
  const dates: (HeaderDate | null)[] = [];
  for (const piece of pieces) {
    const text = piece.text;
    const shape = isDecoration(text) ? 'decoration' : isMotto(piece) ? 'motto' : isTagline(piece) ? 'tagline' : null;
    const mark = shape === null ? headerMark(text) : null;
    kinds.push(shape ?? mark?.kind ?? otherKind(text));
    dates.push(mark?.date ?? null);
  }
  return { kinds, dates };
}
