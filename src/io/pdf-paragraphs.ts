import type { PlacedText } from './pdf-columns.js';

/** A paragraph of a page: its lines' texts and the visual line each came from. */
export type PdfParagraph = Array<{ text: string; line: number }>;

/**
 * A line that reaches this far across the text (a fraction of its width) may have been
 * wrapped; the last line of a paragraph is told apart by its full stop or semicolon, or by
 * the paragraph spacing after it.
 */
const LONG_LINE = 0.55;
/** Lines of one paragraph lie at most this many line pitches apart. */
const SAME_PARAGRAPH_PITCH = 1.25;
const ENDS_SENTENCE = /[.;:!?]$/;
/** A bullet or a number starts a paragraph of its own. */
const ITEM_START = /^(?:[-+•–—*]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ]\)\s|[IVXLC]{1,6}[.)]\s|\[\^\d+\]\s)/u;

/** The most common distance between successive running lines: the page's line pitch. */
function linePitch(placed: readonly PlacedText[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < placed.length; i++) {
    const delta = Math.round((placed[i]!.line.y - placed[i - 1]!.line.y) * 2) / 2;
    if (delta > 0) counts.set(delta, (counts.get(delta) ?? 0) + 1);
  }
  let pitch = 0;
  let best = 0;
  for (const [delta, count] of counts) {
    if (count > best || (count === best && delta < pitch)) [pitch, best] = [delta, count];
  }
  return pitch;
}

/** What joins a wrapped line to the next: nothing after a hyphen inside a word or symbol (`407/QĐ-` `TTg`), else a space. */
export function lineJoint(before: string): string {
  return /[^\s-]-$/u.test(before) ? '' : ' ';
}

/**
 * Groups a page's running lines into paragraphs where the page shows it: a long line that
 * ends no sentence, followed at the page's line pitch by a line that starts no item, was
 * wrapped. Lines of tables and two-column blocks stay as they are.
 */
export function paragraphsOf(placed: readonly PlacedText[]): PdfParagraph[] {
  const running = placed.filter((text) => text.wholeLine);
  const left = running.reduce((edge, text) => Math.min(edge, text.segment.x0), Infinity);
  const right = running.reduce((edge, text) => Math.max(edge, text.segment.x1), -Infinity);
  const pitch = linePitch(running);
  const paragraphs: PdfParagraph[] = [];
  let previous: PlacedText | undefined;
  for (const text of placed) {
    const wrapped =
      previous !== undefined &&
      previous.wholeLine &&
      text.wholeLine &&
      previous.segment.x1 - left >= LONG_LINE * (right - left) &&
      text.line.y > previous.line.y &&
      text.line.y - previous.line.y <= SAME_PARAGRAPH_PITCH * pitch &&
      !ENDS_SENTENCE.test(previous.segment.text) &&
      !ITEM_START.test(text.segment.text);
    const part = { text: text.segment.text, line: text.line.number };
    if (wrapped) paragraphs[paragraphs.length - 1]!.push(part);
    else paragraphs.push([part]);
    previous = text;
  }
  return paragraphs;
}
