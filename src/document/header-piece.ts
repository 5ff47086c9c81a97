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

export function classifyPiece(piece: Piece): PieceKind {
  const text = piece.text;
  if (isDecoration(text)) return 'decoration';
  if (isMotto(piece)) return 'motto';
  if (isTagline(piece)) return 'tagline';
  if (matchDocumentNumber(text)) return 'number';
  if (matchHeaderDate(text)) return 'date';
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

/** A header date in a piece: its match, read from `offset` in the piece's text. */
export interface HeaderDate {
  match: DateMatch;
  offset: number;
}

/** The header date a piece of kind `kind` holds: a date line, or the date after the number on a merged line. */
export function headerDateIn(kind: PieceKind, piece: Piece): HeaderDate | null {
  if (kind !== 'date' && kind !== 'number') return null;
  const offset = kind === 'number' ? (matchDocumentNumber(piece.text)?.end ?? 0) : 0;
  const match = matchHeaderDate(piece.text.slice(offset));
  return match ? { match, offset } : null;
}
