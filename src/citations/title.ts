import { SP } from './vocabulary.js';
import { afterLead, asciiLetterSet, codeUnitAt, mayStartWith } from './words.js';

export interface TitleMatch {
  start: number;
  end: number;
  text: string;
}

/** A trích yếu starts with one of these ("về việc ...", "phê duyệt Đề án ...", "quy định chi tiết ..."). */
const STARTERS = [
  'về việc', 'v/v', 'về', 'quy định', 'phê duyệt', 'ban hành', 'hướng dẫn', 'sửa đổi', 'bổ sung',
  'bãi bỏ', 'thành lập', 'công bố', 'giao', 'phân bổ', 'điều chỉnh', 'thông qua', 'triển khai', 'tăng cường',
];
const START_LETTERS = asciiLetterSet(STARTERS.map((starter) => starter.charAt(0)).join(''));
const START = new RegExp(`${SP}*(?:,${SP}*)?(?:${STARTERS.map((s) => s.replace(/ /g, `${SP}+`)).join('|')})(?![\\p{L}\\p{N}])`, 'iuy');

/** What the sentence says about the instrument after its title: "... hết hiệu lực kể từ ...", "... được sửa đổi, bổ sung bởi ...". */
const PREDICATE = new RegExp(`${SP}(?:hết${SP}+hiệu${SP}+lực|có${SP}+hiệu${SP}+lực|được${SP}+(?:sửa${SP}+đổi|bổ${SP}+sung|thay${SP}+thế|hướng${SP}+dẫn)|đã${SP}+được)(?![\\p{L}])`, 'u');

/** What a title never ends with: the conjunction before the next list item, punctuation. */
const TRAILING = /(?<![\s,:])(?:[\s,:]+(?:và|hoặc|hay))?[\s,:]*$/u;

const TRAILING_MARK = /[\s,:]/u;

/** `text` without TRAILING; the regex, tried at every position, runs only when the text ends as it may match. */
function withoutTrailing(text: string): string {
  const mayTrail = TRAILING_MARK.test(text.charAt(text.length - 1)) || text.endsWith('và') || text.endsWith('hoặc') || text.endsWith('hay');
  return mayTrail ? text.replace(TRAILING, '') : text;
}

const NEWLINE = 0x0a;
const OPENING_QUOTE = 0x201c;
const CLOSING_QUOTE = 0x201d;
const QUOTE = 0x22;
const SEMICOLON = 0x3b;
const PARENTHESIS = 0x28;
const PERIOD = 0x2e;
const COMMA = 0x2c;

/** Longest title kept; longer ones are cut at a word boundary (keeps extraction linear). */
export const MAX_TITLE = 400;

/** Reads no character past the end (`charAt` there is '' but deoptimizes the caller). */
function endsSentence(text: string, dot: number, limit: number): boolean {
  if (dot + 1 >= limit || dot + 1 >= text.length) return true;
  const next = text.charAt(dot + 1);
  if (next === '\n' || next === '/') return true;
  return /\s/u.test(next) && dot + 2 < text.length && /[\p{Lu}\p{N}]/u.test(text.charAt(dot + 2));
}

/** `, UBND Thành phố chỉ đạo như sau`: after a comma a capital starts the main clause, not the subject. */
function startsClause(text: string, comma: number, limit: number): boolean {
  return comma + 2 < limit && text.charAt(comma + 1) === ' ' && /\p{Lu}/u.test(text.charAt(comma + 2));
}

function lastSpaceBefore(text: string, start: number, stop: number): number {
  for (let i = stop; i > start; i--) if (text.charAt(i) === ' ') return i;
  return stop;
}

/**
 * The trích yếu right after `pos`, up to `;`, `(`, a sentence end or the line end, whichever
 * comes first outside quotation marks, and never past `limit`.
 */
export function matchTitleAt(text: string, pos: number, limit: number): TitleMatch | null {
  // START's lead is what afterLead skips (spaces, a comma): its starter, a letter, begins there.
  const start = afterLead(text, pos);
  if (!mayStartWith(codeUnitAt(text, start), START_LETTERS)) return null;
  START.lastIndex = pos;
  if (!START.test(text)) return null;
  const stop = Math.min(limit, start + MAX_TITLE);
  let end = stop;
  let quoted = false;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      end = i;
      break;
    }
    if (c === OPENING_QUOTE || c === CLOSING_QUOTE || c === QUOTE) {
      quoted = c === OPENING_QUOTE || (c === QUOTE && !quoted);
      continue;
    }
    if (quoted) continue;
    if (c === SEMICOLON || c === PARENTHESIS || (c === PERIOD && endsSentence(text, i, stop)) || (c === COMMA && startsClause(text, i, stop))) {
      end = i;
      break;
    }
  }
  if (end === stop && stop === start + MAX_TITLE) end = lastSpaceBefore(text, start, stop);
  const candidate = text.slice(start, end);
  const predicate = PREDICATE.exec(candidate);
  const body = withoutTrailing(predicate ? candidate.slice(0, predicate.index) : candidate);
  return body.length > 0 ? { start, end: start + body.length, text: body } : null;
}
