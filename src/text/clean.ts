import type { Edit } from './edit.js';
import { NextMatch } from './next-match.js';
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

function codeUnitPattern(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The `NEEDS_WORK` characters as one class: the regex engine scans for them faster than a loop over the table. */
const NEEDS_WORK_CHAR = new RegExp(`[${NEEDS_WORK_RANGES.map(([from, to]) => codeUnitPattern(from) + (to > from ? `-${codeUnitPattern(to)}` : '')).join('')}]`, 'g');

/** `work` finds the `NEEDS_WORK` characters of `source`. */
function copyNormalized(source: string, from: number, to: number, work: NextMatch, out: TextBuilder): void {
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
      // The first character needing work after `i`, or `to`: what a loop testing `NEEDS_WORK` finds.
      let j = work.firstIn(i + 1, to);
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
  const work = scan?.needsWork === false ? null : new NextMatch(source, NEEDS_WORK_CHAR, 1);
  let position = 0;
  const copyRun = (from: number, to: number) => {
    if (to <= from) return;
    if (work !== null && work.firstIn(from, to) < to) copyNormalized(source, from, to, work, out);
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
