import type { Archive, DistributionEntry } from '../model/document.js';
import { classOf, LETTER } from '../text/char-class.js';
import type { TextLayer } from '../text/text-layer.js';
import { authorityOf, isArchive, isNoiNhan, isTitleLine, NOI_NHAN_FIRST, startsWithAny, withoutBullet } from './closing-marks.js';
import { distributionEntry, matchArchive } from './distribution.js';
import { innerPersonName, leadingPersonName, type PersonName, personNameLine } from './person-name.js';
import { signatureLines } from './signature.js';
import { isUpperText } from './text-shape.js';

const NOI_NHAN_LABEL = /^(?:Nơi nhận|NƠI NHẬN|Nơi Nhận)\s?[:;.]?\s?/u;
const OPEN_PARENTHESIS = 0x28;

/**
 * `text` without its leading code points other than letters and `(` (what `/^[^\p{L}(]+/u`
 * removed): two in five texts read start with a number or a bullet, and a replace cost them
 * several times this loop.
 */
function withoutLeadingJunk(text: string): string {
  let start = 0;
  while (start < text.length) {
    const code = text.codePointAt(start)!;
    if (code === OPEN_PARENTHESIS || (classOf(code) & LETTER) !== 0) break;
    start += code > 0xffff ? 2 : 1;
  }
  return start === 0 ? text : text.slice(start);
}

/** `(đã ký): Nguyễn Văn Thắng` — the copy says who signed, in the flow of a line. */
const SIGNED = /\(?(?:đã ký|Đã ký|ĐÃ KÝ)\)?\s?:?\s?/u;

/** Whether `text` holds `ký` or `KÝ`, which every SIGNED match does: two indexOf scans cost less than the regex, and most entries hold neither. */
function maySaySigned(text: string): boolean {
  return text.includes('ký') || text.includes('KÝ');
}

/** Whether `text` starts with `|` or `(` (`/^[|(]/` without a RegExp object made for every entry). */
function opensCellOrNote(text: string): boolean {
  const first = text.charCodeAt(0);
  return first === 0x7c || first === OPEN_PARENTHESIS;
}

/** How far (in paragraphs) from the last closing line the signer's name may stand. */
const NAME_REACH = 6;

/** Whether `text` ends with `;` or `,` (`/[;,]$/` without a regex tried at every position). */
function endsWithListMark(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x3b || last === 0x2c;
}

/**
 * Reads the closing paragraph by paragraph. Real closings are often two columns flattened
 * into one: signature lines and the signer's name can sit at the end of nơi nhận entries
 * (`- Ban Bí thư Trung ương Đảng; KT. THỦ TƯỚNG`), so each entry's tail is looked at too.
 */
export class ClosingReader {
  readonly entries: DistributionEntry[] = [];
  archive: Archive | null = null;
  readonly lines: string[] = [];
  private signer: PersonName | null = null;
  private earlyName: PersonName | null = null;
  private inList = false;
  seenList = false;
  lastClosing: number;
  private index: number;

  constructor(
    private readonly layer: TextLayer,
    from: number,
  ) {
    this.lastClosing = this.index = from;
  }

  get found(): PersonName | null {
    return this.signer ?? this.earlyName;
  }

  get listOpen(): boolean {
    return this.inList;
  }

  read(index: number, text: string, start: number): void {
    this.index = index;
    const noiNhan = startsWithAny(text, NOI_NHAN_FIRST) ? NOI_NHAN_LABEL.exec(text) : null;
    if (noiNhan && isNoiNhan(text)) {
      this.inList = this.seenList = true;
      this.touch();
      this.readLabelTail(text.slice(noiNhan[0].length), start + noiNhan[0].length);
      return;
    }
    const entry = withoutBullet(text);
    if (entry !== null && (this.inList || (!this.seenList && this.lines.length > 0))) {
      this.inList = this.seenList = true;
      return this.readEntry(entry, start + text.length - entry.length);
    }
    if (this.inList && this.readNoteCell(text)) return;
    if (this.inList && isArchive(text)) return this.readEntry(text, start);
    if (this.readSignatureText(text)) return;
    if (this.inList && text.includes(';')) this.readInlineList(text);
    else if (this.inList && endsWithListMark(text)) this.addEntry(text);
  }

  /** Entries on one line separated by `;`, where the flattened signature column may cut in. */
  private readInlineList(text: string): void {
    for (const part of text.split(';')) if (!this.readTail(part)) this.addEntry(part);
  }

  /** A note in a cell of its own after the entry (`- PCT UBND tỉnh ...; | (báo cáo)`). */
  private readNoteCell(text: string): boolean {
    const last = this.entries[this.entries.length - 1];
    if (!last || last.note !== null || this.lastClosing !== this.index || !/^\(.*\)[;,.]?$/u.test(text)) return false;
    const note = distributionEntry(`${last.name} ${text}`)?.note ?? null;
    if (note === null) return false;
    last.note = note;
    return true;
  }

  private touch(): void {
    this.lastClosing = this.index;
  }

  private addEntry(text: string): void {
    const entry = distributionEntry(text);
    if (entry) this.entries.push(entry);
    this.touch();
  }

  private addLines(lines: readonly string[]): void {
    if (this.signer === null || this.lines.length === 0) this.lines.push(...lines);
    this.touch();
  }

  private addName(name: PersonName): void {
    if (this.index - this.lastClosing > NAME_REACH && (this.lines.length > 0 || this.seenList)) return;
    if (this.lines.length > 0) this.signer ??= name;
    else this.earlyName ??= name;
    this.touch();
  }

  private readLabelTail(tail: string, start: number): void {
    const entry = withoutBullet(tail);
    if (entry !== null) return this.readEntry(entry, start + tail.length - entry.length);
    const text = withoutLeadingJunk(tail);
    if (text === '' || this.readSignatureText(text)) return;
    if (text.includes(';')) this.readInlineList(text);
    else if (!isUpperText(text)) this.addEntry(text);
  }

  private readEntry(text: string, start: number): void {
    if (isArchive(text)) {
      const archive = matchArchive(text);
      if (archive) {
        this.archive ??= { raw: this.layer.raw(start, start + archive.length), units: archive.units };
        this.inList = false;
        this.touch();
        this.readTail(text.slice(archive.length));
      }
      return;
    }
    const signed = maySaySigned(text) ? SIGNED.exec(text) : null;
    const signer = signed ? leadingPersonName(text.slice(signed.index + signed[0].length)) : null;
    if (signed && signer) {
      this.addName(signer);
      this.addEntry(text.slice(0, signed.index));
      return;
    }
    const cut = this.tailCut(text);
    const tail = cut < 0 ? '' : text.slice(cut + 1).trim();
    if (tail !== '' && !opensCellOrNote(tail) && this.readTail(tail)) this.addEntry(text.slice(0, cut));
    else this.addEntry(text);
  }

  /**
   * Where an entry's own text ends and a flattened column's text may begin: at its `;`, or,
   * when OCR turned that `;` into a comma, before a full name after the last comma
   * (`Tòa án nhân dân tối cao, Phạm Gia Túc`).
   */
  private tailCut(text: string): number {
    const semicolon = text.indexOf(';');
    if (semicolon >= 0) return semicolon;
    const comma = text.lastIndexOf(',');
    const name = comma < 0 ? null : personNameLine(text.slice(comma + 1).trim());
    return name && name.name.split(' ').length >= 3 ? comma : -1;
  }

  /** What follows an entry on its line: signature lines, or the signer's name. */
  private readTail(tail: string): boolean {
    const text = withoutLeadingJunk(tail);
    if (text === '') return false;
    if (authorityOf(text) || (isTitleLine(text) && isUpperText(text))) {
      this.addLines(signatureLines(text));
      return true;
    }
    const leading = leadingPersonName(text);
    const found = leading ? { name: leading, index: text.indexOf(leading.name) } : innerPersonName(text);
    if (!found) return false;
    this.addName(found.name);
    const rest = text.slice(found.index + found.name.name.length);
    if (/\p{L}/u.test(rest)) this.addEntry(rest);
    return true;
  }

  private readSignatureText(line: string): boolean {
    const text = withoutLeadingJunk(line);
    if (authorityOf(text)) {
      this.addLines(signatureLines(text));
      return true;
    }
    if (isTitleLine(text)) {
      this.addLines([text]);
      return true;
    }
    const name = personNameLine(text);
    if (name) {
      this.addName(name);
      return true;
    }
    return false;
  }
}
