import type { DistributionEntry } from '../model/document.js';
import { classOf, SPACE } from '../text/char-class.js';
import { squeeze } from './text-shape.js';

/** Notes that say why a copy is sent: `(b/c)`, `(để báo cáo)`, `(để phối hợp chỉ đạo)`. */
const NOTE = /^(?:để .+|b\/c|t\/h|p\/h|báo cáo|thực hiện|phối hợp|chỉ đạo|theo dõi|biết|kiểm tra)$/iu;

function isTrailingMark(code: number): boolean {
  return code === 0x3b || code === 0x2c || code === 0x2e || code === 0x7c || (classOf(code) & SPACE) !== 0; // ; , . |
}

/** `text` without its trailing spaces and `;,.|` (a `/[\s;,.|]+$/` regex would be tried at every position). */
function withoutTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && isTrailingMark(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}
const MAX_NOTE_LENGTH = 60;

/**
 * One nơi nhận entry, without its bullet and final `;`: a trailing parenthesis that says why
 * the copy is sent becomes the note (`TT Tỉnh ủy, TT HĐND tỉnh (b/c);`, `... ; | (báo cáo)`);
 * other parentheses (`Cục KTVB (Bộ Tư pháp)`) stay in the name.
 */
export function distributionEntry(text: string): DistributionEntry | null {
  const entry = withoutTrailing(text);
  // Only an entry that ends with `)` is searched for its `(`: most do not.
  const open = entry.endsWith(')') ? entry.lastIndexOf('(') : -1;
  if (open >= 0) {
    const note = squeeze(entry.slice(open + 1, -1));
    if (note.length <= MAX_NOTE_LENGTH && NOTE.test(note)) {
      const name = squeeze(withoutTrailing(entry.slice(0, open)));
      return name === '' ? null : { name, note };
    }
  }
  const name = squeeze(entry);
  return name === '' ? null : { name, note: null };
}

export interface ArchiveMatch {
  /** Length of the archive statement in the text, up to and including its final `.`. */
  length: number;
  units: string[];
}

const ARCHIVE_LABEL = /^(?:Lưu|LƯU)\s?[:;.]?\s?/u;
/** A full stop followed by more text ends the statement: `Lưu: VT, TCCV (2). 4â.` */
const STATEMENT_END = /\.(?=\s)/u;

/** `Lưu: VT, KGVX(Nh-06b).` → units `VT`, `KGVX(Nh-06b)`; `Lưu Ban Tuyên giáo Tỉnh ủy.` → one unit. */
export function matchArchive(text: string): ArchiveMatch | null {
  const label = ARCHIVE_LABEL.exec(text);
  if (!label) return null;
  const end = STATEMENT_END.exec(text.slice(label[0].length));
  const length = end ? label[0].length + end.index + 1 : text.trimEnd().length;
  const units = text
    .slice(label[0].length, length)
    .replace(/(?<![.\s])[.\s]+$/u, '')
    .split(',')
    .map(squeeze)
    .filter((unit) => unit !== '');
  return { length, units };
}
