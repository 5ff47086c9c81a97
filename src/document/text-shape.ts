/** Small predicates on the shape of a line of text: capitals, decoration, Vietnamese tone folding. */

import { capitalCount, classOf, DIGIT, LETTER, UPPER } from '../text/char-class.js';

/** Whether `text` holds one of `words` (a few indexOf scans cost far less than one regex of alternatives). */
export function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** Whether `text.split(' ')` gives more than `max` words (counting stops there). */
export function hasMoreWordsThan(text: string, max: number): boolean {
  let count = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++count > max) return true;
  return false;
}

const HAS_LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** A line set in capitals (issuing body, motto, document type, signature titles). */
export function isUpperText(text: string): boolean {
  const count = capitalCount(text, LETTER, UPPER);
  if (count === null || count.counted < 2) return false;
  return count.capitals / count.counted >= 0.8;
}

const SMALL_O = 0x6f;
const CAPITAL_O = 0x4f;

/** A line of rules and ornaments only: `*`, `---`, `_____`, `o0o`, `-----o0o-----`. */
export function isDecoration(text: string): boolean {
  // Only `o0o`, `&nbsp;` and tags are removed, so a first letter or digit other than `o` stays: no decoration.
  const first = text.charCodeAt(0);
  if (text.length > 0 && first !== SMALL_O && first !== CAPITAL_O && (classOf(first) & (LETTER | DIGIT)) !== 0) return false;
  const stripped = text.replace(/o0o|&nbsp;|<\/?[a-z][^<>]{0,80}>/gi, '');
  return !HAS_LETTER_OR_DIGIT.test(stripped);
}

const NEW_STYLE_TONES = new Map([
  ['OÀ', 'ÒA'],
  ['OÁ', 'ÓA'],
  ['OẢ', 'ỎA'],
  ['OÃ', 'ÕA'],
  ['OẠ', 'ỌA'],
  ['UỶ', 'ỦY'],
  ['UÝ', 'ÚY'],
  ['UỲ', 'ÙY'],
  ['UỸ', 'ŨY'],
  ['UỴ', 'ỤY'],
]);
/** Every old-style pair in one pass (no replacement can make another pair: none holds a plain O or U). */
const OLD_STYLE_TONES = new RegExp([...NEW_STYLE_TONES.keys()].join('|'), 'g');

/**
 * Upper case with the tone mark placed the new way (`HOÀ` → `HÒA`, `UỶ` → `ỦY`), so that
 * both spellings found in real headers compare equal.
 */
export function foldTones(text: string): string {
  return text.toUpperCase().replace(OLD_STYLE_TONES, (pair) => NEW_STYLE_TONES.get(pair)!);
}

const SPACES = /\s+/g;
/**
 * In a trimmed text, whitespace that is not a single space between words (a test twice as fast
 * as a loop over the characters; with the class first, about 15% faster than ` {2}|[^\S ]`).
 */
const LOOSE_SPACE = /[^\S ]| {2}/;

/** Collapses runs of spaces and trims (trimming first leaves most texts, spaced only at their ends, with nothing to collapse). */
export function squeeze(text: string): string {
  const trimmed = text.trim();
  return LOOSE_SPACE.test(trimmed) ? trimmed.replace(SPACES, ' ') : trimmed;
}

/** Where the final run of code units that `isTrailing` accepts starts: `text.length` when there is none. */
export function trailingRunStart(text: string, isTrailing: (code: number) => boolean): number {
  let end = text.length;
  while (end > 0 && isTrailing(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `text` without its final run of code units that `isTrailing` accepts (no regex tried at every position). */
export function withoutTrailing(text: string, isTrailing: (code: number) => boolean): string {
  const end = trailingRunStart(text, isTrailing);
  return end === text.length ? text : text.slice(0, end);
}
