import type { Citation } from '../model/citation.js';
import type { Annex } from '../model/document.js';
import type { TextLayer } from '../text/text-layer.js';
import { classOf, LOWER } from '../text/char-class.js';
import { firstIndexWhere } from '../text/first-index.js';
import { AnalyzedText } from './analyzed-text.js';
import { isAnnex } from './closing-start.js';
import type { DocumentSpan } from './span.js';
import { isUpperText } from './text-shape.js';

/** `Phụ lục I`, `PHỤ LỤC II:`, `Mẫu số 01/TK`, `Biểu mẫu 3`: the word, then maybe `số` and the annex's number. */
const LABEL = /^(Phụ lục|PHỤ LỤC|Biểu mẫu|BIỂU MẪU|Mẫu|MẪU)(?:[^\S\n]+(?:(?:số|SỐ)[:.]?[^\S\n]*)?([\p{L}\p{N}][\p{L}\p{N}./-]{0,15}))?/u;
/** What an annex's number looks like: Roman numerals, one capital (`Phụ lục F`), or a token with a digit (`01`, `3a`, `KĐ23a`). */
const ROMAN_OR_LETTER = /^(?:[IVXLC]+|[A-Z])$/;
const DIGIT = /\p{N}/u;
/** The line naming what the annex goes with: `(Kèm theo Thông tư số …)`, `Ban hành kèm theo Quyết định số …`. */
const ATTACHED = /kèm theo/iu;
/** A `Kèm theo` line that heads a text of its own: opened by a parenthesis or a capital, not a sentence's tail (`kèm theo Thông tư này).`). */
const ATTACHMENT_START = /^\(?(?:Ban hành kèm theo|Kèm theo|BAN HÀNH KÈM THEO|KÈM THEO)|^\((?:ban hành )?kèm theo/u;
/** A kèm theo line on a heading's own line: `(Kèm theo …)`, `ban hành kèm theo Thông tư số …`. */
const ATTACHED_ON = /^\(?(?:ban hành )?kèm theo/iu;
/** Paragraphs after a heading where its title and `Kèm theo` line may stand. */
const HEAD_PARAGRAPHS = 4;
/** Title lines in capitals before an attachment's `Kèm theo` line (`QUY CHẾ` / `TỔ CHỨC VÀ HOẠT ĐỘNG …`). */
const TITLE_LINES_BEFORE = 2;
/** Marks that end an annex's number (`I.`, `01:`). */
const TRAILING_MARKS = '.:,;';
/** What stands between a title and the kèm theo line joined onto it: spaces, an opening parenthesis or emphasis. */
const OPENING_CHARS = ' \t(*_';
/** Between a heading and its title on the same line: spaces, maybe around one mark. */
const TITLE_SEPARATOR = /^[^\S\n]*(?:[-–:.][^\S\n]*)?/u;

interface Head {
  kind: Annex['kind'];
  label: string | null;
  number: string | null;
  /** Paragraph indexes: where the annex starts, and the paragraph its heading is read from. */
  first: number;
  heading: number;
  /** Title text on the heading line itself (`PHỤ LỤC I: DANH MỤC …`). */
  inlineTitle: string | null;
}

function isAnnexNumber(token: string): boolean {
  return token !== '' && (ROMAN_OR_LETTER.test(token) || DIGIT.test(token));
}

/** `text` without the characters of `chars` at its end. */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** A title on the heading line, up to the kèm theo line the layout may have joined on (`Phụ lục: Biểu … (Kèm theo …)`). */
function inlineTitleOf(rest: string): string | null {
  const attached = ATTACHED.exec(rest);
  const title = attached ? withoutTrailing(rest.slice(0, attached.index), OPENING_CHARS) : rest;
  return title === '' ? null : title;
}

function kindOf(word: string): Annex['kind'] {
  return word.toLowerCase() === 'phụ lục' ? 'annex' : 'form';
}

/**
 * The heading of an annex or form read from its first piece, or null when it is none: an
 * attachment line, or a sentence that starts with the word (`Mẫu công bố giá nhân công quy định
 * tại …`, `Phụ lục IV gồm …`). The word and its number stand alone, or a title follows them in
 * capitals, after a mark (`Phụ lục: Biểu tổng hợp …`) or, with a number, from a capital; or their
 * kèm theo line follows, on the same line.
 */
function labelledHead(text: string, index: number): Head | null {
  const match = LABEL.exec(text);
  if (!match) return null;
  const candidate = withoutTrailing(match[2] ?? '', TRAILING_MARKS);
  const number = isAnnexNumber(candidate) ? candidate : null;
  // The number is the start of the match's last group, which ends the match.
  const labelEnd = number === null ? match[1]!.length : match[0].length - match[2]!.length + candidate.length;
  const separator = TITLE_SEPARATOR.exec(text.slice(labelEnd))![0];
  const rest = text.slice(labelEnd + separator.length).trim();
  if (rest !== '' && separator.trim() === '' && !isUpperText(rest) && !ATTACHED_ON.test(rest)) {
    // Words in lower case go on a sentence (`Phụ lục IV gồm các mẫu …`); without a number, so does any.
    if (number === null || (classOf(rest.codePointAt(0)!) & LOWER) !== 0) return null;
  }
  return {
    kind: kindOf(match[1]!),
    label: text.slice(0, labelEnd),
    number,
    first: index,
    heading: index,
    inlineTitle: inlineTitleOf(rest),
  };
}

/** A title line: in capitals, not a table row. */
function isTitleLine(paragraph: string): boolean {
  return isUpperText(paragraph) && !paragraph.includes('|');
}

/** The title lines right before `index` (not before `floor`): an attachment's title. */
function titleLinesBefore(text: AnalyzedText, index: number, floor: number): number {
  let first = index;
  while (first > floor && index - first < TITLE_LINES_BEFORE && isTitleLine(text.textAt(first - 1))) first--;
  return first;
}

function titleOf(text: AnalyzedText, head: Head, attachment: number | null): string | null {
  if (head.inlineTitle !== null) return head.inlineTitle;
  const lines: string[] = [];
  if (head.kind === 'attachment') {
    for (let index = head.first; index < head.heading; index++) lines.push(text.textAt(index).trim());
  } else {
    const stop = attachment ?? Math.min(text.length, head.heading + 1 + HEAD_PARAGRAPHS);
    for (let index = head.heading + 1; index < stop && isTitleLine(text.textAt(index)); index++) lines.push(text.textAt(index).trim());
  }
  return lines.length > 0 ? lines.join(' ') : null;
}

/** The `Kèm theo` paragraph among the heading's first paragraphs, or null. */
function attachmentLine(text: AnalyzedText, head: Head, next: number): number | null {
  const stop = Math.min(next, head.heading + 1 + HEAD_PARAGRAPHS);
  for (let index = head.heading; index < stop; index++) if (ATTACHED.test(text.textAt(index))) return index;
  return null;
}

/** Index of the first citation that starts inside paragraph `index`, after its `kèm theo`. */
function citationAfterAttached(layer: TextLayer, text: AnalyzedText, index: number, citations: readonly Citation[]): number | null {
  const paragraph = text.paragraphs[index]!;
  const attached = ATTACHED.exec(paragraph.text)!;
  const from = layer.toOriginal(paragraph.start + attached.index);
  // Citations are in document order.
  const found = firstIndexWhere(citations.length, (at) => citations[at]!.position.start.offset >= from);
  const citation = citations[found];
  return citation && citation.position.start.offset < layer.toOriginal(paragraph.end, 'end') ? found : null;
}

/** Whether paragraph `index` is still in the head of `previous`: near its heading, before its `Kèm theo` line. */
function isInHeadOf(text: AnalyzedText, previous: Head | undefined, index: number): boolean {
  if (!previous || index - previous.heading > HEAD_PARAGRAPHS) return false;
  for (let between = previous.heading; between < index; between++) if (ATTACHED.test(text.textAt(between))) return false;
  return true;
}

/**
 * The headings after the closing: each `Phụ lục`, form, or `Kèm theo` line that is not part of
 * the previous heading (its `Kèm theo` line, a title that starts with `MẪU`, the heading repeated).
 */
function headsOf(text: AnalyzedText): Head[] {
  const heads: Head[] = [];
  for (let index = 0; index < text.length; index++) {
    // A table's cell (`| Mẫu | Kỳ báo cáo |`) heads nothing.
    if (!isAnnex(text, index) || text.textAt(index).trimStart().startsWith('|')) continue;
    const first = text.piecesAt(index)[0]!.text;
    const previous = heads[heads.length - 1];
    const labelled = labelledHead(first, index);
    if (labelled) {
      const inHead = isInHeadOf(text, previous, index);
      if (inHead && labelled.kind === previous!.kind && labelled.number === previous!.number) {
        // The heading again (a converter's `# Phụ lục I` over the document's own `Phụ lục I`): its title follows the last copy.
        previous!.heading = index;
        previous!.inlineTitle = labelled.inlineTitle ?? previous!.inlineTitle;
      } else if (!(inHead && labelled.kind === 'form' && labelled.number === null)) {
        heads.push(labelled);
      }
      continue;
    }
    if (!ATTACHMENT_START.test(first) || isInHeadOf(text, previous, index)) continue;
    const floor = previous ? previous.heading + 1 : 0;
    heads.push({ kind: 'attachment', label: null, number: null, first: titleLinesBefore(text, index, floor), heading: index, inlineTitle: null });
  }
  return heads;
}

/**
 * The annexes after a document's closing (`Phụ lục I`, `Mẫu số 01`, a `QUY CHẾ … (Ban hành kèm
 * theo Quyết định số …)`), in order, each up to the next one or the end of the document, with
 * the citation its `Kèm theo` line names.
 */
export function extractAnnexes(layer: TextLayer, span: DocumentSpan, citations: readonly Citation[]): Annex[] {
  if (span.bodyEnd >= span.end) return [];
  const text = new AnalyzedText(layer, span.bodyEnd, span.end);
  const heads = headsOf(text);
  return heads.map((head, i) => {
    const next = heads[i + 1]?.first ?? text.length;
    const attachment = attachmentLine(text, head, next);
    return {
      kind: head.kind,
      label: head.label,
      number: head.number,
      title: titleOf(text, head, attachment),
      attachedTo: attachment === null ? null : citationAfterAttached(layer, text, attachment, citations),
      position: layer.range(text.startOf(head.first), next < text.length ? text.startOf(next) : span.end),
    };
  });
}
