import type { Edit } from './edit.js';
import { toNfc } from './nfc.js';
import { type OffsetMap, TextBuilder } from './offset-map.js';
import type { SourceScan } from './source-scan.js';

/** What a character of the source needs, by UTF-16 code unit (one table lookup instead of regex tests per character). */
const NEEDS_WORK = 1;
const COMBINING = 2;
const SPACE_LIKE = 4;
const INVISIBLE = 8;

/**
 * Characters that need more than a copy: CR, combining marks (NFD text), `Ð` typed for `Đ`,
 * tabs and exotic spaces, invisible format characters.
 */
export const NEEDS_WORK_RANGES = [[0x0d, 0x0d], [0x09, 0x09], [0xa0, 0xa0], [0xad, 0xad], [0xd0, 0xd0], [0xf0, 0xf0], [0x300, 0x36f], [0x1dc0, 0x1dff], [0x2000, 0x200f], [0x202f, 0x202f], [0x2060, 0x2060], [0xfeff, 0xfeff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]] as const;

const KIND = (() => {
  const kind = new Uint8Array(0x10000);
  const mark = (from: number, to: number, flags: number) => {
    for (let code = from; code <= to; code++) kind[code]! |= flags;
  };
  for (const [from, to] of NEEDS_WORK_RANGES) mark(from, to, NEEDS_WORK);
  for (const [from, to] of [[0x300, 0x36f], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f]] as const) mark(from, to, COMBINING);
  for (const [from, to] of [[0x09, 0x09], [0xa0, 0xa0], [0x2000, 0x200a], [0x202f, 0x202f]] as const) mark(from, to, SPACE_LIKE);
  for (const [from, to] of [[0xad, 0xad], [0x200b, 0x200f], [0x2060, 0x2060], [0xfeff, 0xfeff]] as const) mark(from, to, INVISIBLE);
  return kind;
})();

function is(source: string, index: number, flag: number): boolean {
  return (KIND[source.charCodeAt(index)]! & flag) !== 0;
}

/**
 * The first character needing work in `source[from, to)`, or `to`. A loop rather than a regex
 * search: in a CRLF text every line ends in one, and starting a search costs more than a line's scan.
 */
function firstNeedingWork(source: string, from: number, to: number): number {
  let i = from;
  while (i < to && !is(source, i, NEEDS_WORK)) i++;
  return i;
}

function copyNormalized(source: string, from: number, to: number, out: TextBuilder): void {
  let i = from;
  while (i < to) {
    const ch = source[i]!;
    if (ch === '\r') {
      const crlf = source[i + 1] === '\n' && i + 1 < to;
      out.replace(i, crlf ? i + 2 : i + 1, '\n');
      i += crlf ? 2 : 1;
    } else if (is(source, i, SPACE_LIKE)) {
      out.copyTransformed(i, ' ');
      i++;
    } else if (is(source, i, INVISIBLE)) {
      out.replace(i, i + 1, '');
      i++;
    } else if (ch === '\u00d0') {
      // Ð (Icelandic eth) is typed for Đ; its lower case ð stands for đ.
      out.copyTransformed(i, '\u0110');
      i++;
    } else if (ch === '\u00f0') {
      out.copyTransformed(i, '\u0111');
      i++;
    } else if (i + 1 < to && is(source, i + 1, COMBINING)) {
      let j = i + 1;
      while (j < to && is(source, j, COMBINING)) j++;
      out.replace(i, j, source.slice(i, j).normalize('NFC'));
      i = j;
    } else if (is(source, i, COMBINING)) {
      // A combining mark with no base in this run (after deleted markup): keep it as is.
      out.copy(i, i + 1);
      i++;
    } else {
      // The first character needing work after `i`, or `to`.
      let j = firstNeedingWork(source, i + 1, to);
      // The last plain character may be the base of a following combining mark.
      if (j < to && is(source, j, COMBINING) && j - 1 > i) j--;
      out.copy(i, j);
      i = j;
    }
  }
}

/**
 * Applies markup edits and character normalization (LF line ends, NFC, `Đ`, plain spaces) to
 * a source text. Line structure is kept; the map leads back to source offsets. `scan`, when
 * given, is `source`'s own.
 */
export function cleanText(source: string, edits: readonly Edit[], scan?: SourceScan): { text: string; map: OffsetMap } {
  const out = new TextBuilder(source);
  // Without a character needing work (the scan found none), every run is a copy.
  const mayNeedWork = scan?.needsWork !== false;
  let position = 0;
  const copyRun = (from: number, to: number) => {
    if (to <= from) return;
    if (mayNeedWork && firstNeedingWork(source, from, to) < to) copyNormalized(source, from, to, out);
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

/** NFC, with `Ð` and `ð` (eth, typed for `Đ` and `đ`) read as the letters meant: for comparing a short string, as `cleanText` reads whole texts. */
export function composeLetters(text: string): string {
  return toNfc(text).replace(/\u00d0/g, '\u0110').replace(/\u00f0/g, '\u0111');
}
