import type { Citation } from '../model/citation.js';
import type { VbhcDocument } from '../model/document.js';
import type { Range } from '../text/line-index.js';
import type { TextLayer } from '../text/text-layer.js';
import { foldVietnamese } from './fold.js';
import { paragraphAt } from './locate.js';

/** The range of the citation's number, or of the whole citation. */
export function numberRangeOf(citation: Citation): Range {
  return citation.numberPosition ?? citation.position;
}

/** The range of the citation's date, or of the whole citation. */
export function dateRangeOf(citation: Citation): Range {
  return citation.date?.position ?? citation.position;
}

/**
 * ASCII characters other than a space in `text[start, end)`, counted up to `limit + 1`: each
 * stays at least one character when folded (NFC composes it only with marks after it, upper
 * case never shortens, squeezing removes spaces only).
 */
function keptAsciiCount(text: string, start: number, end: number, limit: number): number {
  let kept = 0;
  for (let i = start; i < end && kept <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && code > 32) kept++;
  }
  return kept;
}

/** A subject lead-in (`V/v`, `Về việc`, any case) takes at most this many of the characters `keptAsciiCount` counts. */
const LEAD_IN_ASCII = 4;
const SUBJECT_LEAD_IN = /^(?:V\/v|Về việc)\s*/iu;

/**
 * Whether citations sit in the document's subject (trích yếu, `V/v …`): a header part, where
 * the rules for citing in the body do not apply. The subject is folded once, and each
 * paragraph once however many citations it holds. Body paragraphs are far longer than a
 * subject: they are told apart by counting, with no folding. Null when the document has no
 * subject: no citation sits in it, and no caller need find where one is.
 */
export function subjectTest(layer: TextLayer, document: VbhcDocument): ((layerStart: number) => boolean) | null {
  if (document.subject === null) return null;
  const subject = foldVietnamese(document.subject);
  const byParagraph = new Map<number, boolean>();
  return (layerStart) => {
    const paragraph = paragraphAt(layer, layerStart);
    let inside = byParagraph.get(paragraph.start);
    if (inside === undefined) {
      inside = paragraphInSubject(layer.text, paragraph.start, paragraph.end, subject);
      byParagraph.set(paragraph.start, inside);
    }
    return inside;
  };
}

function paragraphInSubject(text: string, start: number, end: number, subject: string): boolean {
  // Even without a lead-in the paragraph folds longer than the subject: the same answer as folding it.
  if (keptAsciiCount(text, start, end, subject.length + LEAD_IN_ASCII) > subject.length + LEAD_IN_ASCII) return false;
  const written = text.slice(start, end).replace(SUBJECT_LEAD_IN, '');
  if (keptAsciiCount(written, 0, written.length, subject.length) > subject.length) return false;
  const folded = foldVietnamese(written);
  return folded.length > 0 && subject.includes(folded);
}
