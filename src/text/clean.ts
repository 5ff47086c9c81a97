import type { Edit } from './edit.js';
import { type OffsetMap, TextBuilder } from './offset-map.js';

/**
 * Characters that need more than a copy: CR, combining marks (NFD text), `Ð` typed for `Đ`,
 * tabs and exotic spaces, invisible format characters.
 */
const NEEDS_WORK = /[\r\t\u00a0\u00ad\u00d0\u00f0\u0300-\u036f\u1dc0-\u1dff\u2000-\u200f\u202f\u2060\ufeff\u20d0-\u20ff\ufe20-\ufe2f]/;
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
const SPACE_LIKE = /[\t\u00a0\u2000-\u200a\u202f]/;
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/;

function copyNormalized(source: string, from: number, to: number, out: TextBuilder): void {
  let i = from;
  while (i < to) {
    const ch = source[i]!;
    if (ch === '\r') {
      const crlf = source[i + 1] === '\n' && i + 1 < to;
      out.replace(i, crlf ? i + 2 : i + 1, '\n');
      i += crlf ? 2 : 1;
    } else if (SPACE_LIKE.test(ch)) {
      out.copyTransformed(i, ' ');
      i++;
    } else if (INVISIBLE.test(ch)) {
      out.replace(i, i + 1, '');
      i++;
    } else if (ch === '\u00d0') {
      // Ð (Icelandic eth) is typed for Đ; its lower case ð stands for đ.
      out.copyTransformed(i, '\u0110');
      i++;
    } else if (ch === '\u00f0') {
      out.copyTransformed(i, '\u0111');
      i++;
    } else if (i + 1 < to && COMBINING.test(source[i + 1]!)) {
      let j = i + 1;
      while (j < to && COMBINING.test(source[j]!)) j++;
      out.replace(i, j, source.slice(i, j).normalize('NFC'));
      i = j;
    } else if (COMBINING.test(ch)) {
      // A combining mark with no base in this run (after deleted markup): keep it as is.
      out.copy(i, i + 1);
      i++;
    } else {
      let j = i + 1;
      while (j < to && !NEEDS_WORK.test(source[j]!)) j++;
      // The last plain character may be the base of a following combining mark.
      if (j < to && COMBINING.test(source[j]!) && j - 1 > i) j--;
      out.copy(i, j);
      i = j;
    }
  }
}

/**
 * Applies markup edits and character normalization (LF line ends, NFC, `Đ`, plain spaces) to
 * a source text. Line structure is kept; the map leads back to source offsets.
 */
export function cleanText(source: string, edits: readonly Edit[]): { text: string; map: OffsetMap } {
  const out = new TextBuilder(source);
  let position = 0;
  const copyRun = (from: number, to: number) => {
    if (to <= from) return;
    if (NEEDS_WORK.test(source.slice(from, to))) copyNormalized(source, from, to, out);
    else out.copy(from, to);
  };
  for (const edit of edits) {
    copyRun(position, edit.start);
    out.replace(edit.start, edit.end, edit.text);
    position = Math.max(position, edit.end);
  }
  copyRun(position, source.length);
  return out.build();
}
