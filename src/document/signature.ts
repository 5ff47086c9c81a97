import type { Signature } from '../model/document.js';
import { authorityOf, isTitleLine, MAX_TITLE_WORDS } from './closing-marks.js';
import type { PersonName } from './person-name.js';
import { classOf, LETTER } from '../text/char-class.js';
import { isUpperText, squeeze } from './text-shape.js';

/** Another authority inside one flattened line: `TM. CHÍNH PHỦ KT. THỦ TƯỚNG`. */
const INNER_AUTHORITY = / (?=(?:TM|KT|TL|TUQ|PT) ?\. ?\p{Lu}|[KT]\/[MTL] \p{Lu})/u;

/**
 * Where the signer's title begins among a line's words, after the authority's first two, or
 * -1. A title has at most MAX_TITLE_WORDS words, so only the last few can begin one: looking
 * further back made a long line (`KT. CHỦ TỊCH K.T. K.T. …`) cost the square of its length.
 */
function titleStart(words: readonly string[]): number {
  for (let k = Math.max(2, words.length - MAX_TITLE_WORDS); k < words.length; k++) {
    if (isTitleLine(words.slice(k).join(' '))) return k;
  }
  return -1;
}

function isLetter(codePoint: number): boolean {
  return (classOf(codePoint) & LETTER) !== 0;
}

/** The code point that ends at `end` (a surrogate pair read whole). */
function codePointBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(end - 2)!;
  }
  return low;
}

/**
 * `text` without the non-letters before its first letter and the non-letters other than `.`
 * and `)` after its last letter, `.` or `)` (what `/^[^\p{L}]+|(?<![^\p{L}.)])[^\p{L}.)]+$/gu`
 * removes, in two short scans instead of a regex tried at every position).
 */
function withoutEdgeJunk(text: string): string {
  let start = 0;
  while (start < text.length) {
    const code = text.codePointAt(start)!;
    if (isLetter(code)) break;
    start += code > 0xffff ? 2 : 1;
  }
  let end = text.length;
  while (end > start) {
    const code = codePointBefore(text, end);
    if (isLetter(code) || code === 0x2e || code === 0x29) break; // . )
    end -= code > 0xffff ? 2 : 1;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Splits a flattened signature line into its lines: at each authority, and where the
 * signer's title follows the body an authority names (`KT. CHỦ TỊCH PHÓ CHỦ TỊCH`).
 */
export function signatureLines(text: string): string[] {
  const lines: string[] = [];
  for (const part of squeeze(withoutEdgeJunk(text)).split(INNER_AUTHORITY)) {
    const authority = authorityOf(part);
    const words = part.split(' ');
    const split = authority === null ? -1 : titleStart(words);
    if (split > 0 && isUpperText(words.slice(split).join(' '))) lines.push(words.slice(0, split).join(' '), words.slice(split).join(' '));
    else if (part !== '') lines.push(part);
  }
  return lines;
}

/**
 * The signature from its lines and the signer found under them:
 * [`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH`] → authority `KT.` (the last
 * one: how the signer signs), title `PHÓ CHỦ TỊCH` (the line after the last authority).
 */
export function signatureFrom(lines: readonly string[], signer: PersonName | null): Signature | null {
  if (lines.length === 0 && signer === null) return null;
  let authority: string | null = null;
  let title: string | null = null;
  for (const line of lines) {
    const prefix = authorityOf(line);
    if (prefix !== null) {
      authority = prefix;
      title = null;
    } else {
      title = line;
    }
  }
  return { lines: lines.slice(), authority, title, signer: signer?.name ?? null, rank: signer?.rank ?? null };
}
