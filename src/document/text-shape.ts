/** Small predicates on the shape of a line of text: capitals, decoration, Vietnamese tone folding. */

import { capitalCount, LETTER, UPPER } from '../text/char-class.js';

const HAS_LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** A line set in capitals (issuing body, motto, document type, signature titles). */
export function isUpperText(text: string): boolean {
  const count = capitalCount(text, LETTER, UPPER);
  if (count === null || count.counted < 2) return false;
  return count.capitals / count.counted >= 0.8;
}

/** A line of rules and ornaments only: `*`, `---`, `_____`, `o0o`, `-----o0o-----`. */
export function isDecoration(text: string): boolean {
  const stripped = text.replace(/o0o|&nbsp;|<\/?[a-z][^<>]{0,80}>/gi, '');
  return !HAS_LETTER_OR_DIGIT.test(stripped);
}

const OLD_STYLE_TONES: ReadonlyArray<[RegExp, string]> = [
  [/OÀ/g, 'ÒA'],
  [/OÁ/g, 'ÓA'],
  [/OẢ/g, 'ỎA'],
  [/OÃ/g, 'ÕA'],
  [/OẠ/g, 'ỌA'],
  [/UỶ/g, 'ỦY'],
  [/UÝ/g, 'ÚY'],
  [/UỲ/g, 'ÙY'],
  [/UỸ/g, 'ŨY'],
  [/UỴ/g, 'ỤY'],
];

/**
 * Upper case with the tone mark placed the new way (`HOÀ` → `HÒA`, `UỶ` → `ỦY`), so that
 * both spellings found in real headers compare equal.
 */
export function foldTones(text: string): string {
  let folded = text.toUpperCase();
  for (const [pattern, replacement] of OLD_STYLE_TONES) folded = folded.replace(pattern, replacement);
  return folded;
}

const SPACES = /\s+/g;
const SPACE = /\s/;

/** Whether `text` has whitespace other than single spaces between words (most lines have none). */
function hasLooseSpace(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return true;
    } else if ((code >= 9 && code <= 13) || (code >= 0xa0 && SPACE.test(text[i]!))) return true;
  }
  return false;
}

/** Collapses runs of spaces and trims. */
export function squeeze(text: string): string {
  return hasLooseSpace(text) ? text.replace(SPACES, ' ').trim() : text;
}
