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
 * Whether `text` folds to more than `length` characters, told without folding it: each ASCII
 * character other than a space stays at least one character (NFC composes it only with marks
 * after it, upper case never shortens, squeezing removes spaces only). Body paragraphs are far
 * longer than a subject and need no folding.
 */
function foldsLongerThan(text: string, length: number): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && code > 32 && ++kept > length) return true;
  }
  return false;
}

/**
 * Whether citations sit in the document's subject (trích yếu, `V/v …`): a header part, where
 * the rules for citing in the body do not apply. The subject is folded once, and each
 * paragraph once however many citations it holds.
 */
export function subjectTest(layer: TextLayer, document: VbhcDocument): (layerStart: number) => boolean {
  if (document.subject === null) return () => false;
  const subject = foldVietnamese(document.subject);
  const byParagraph = new Map<number, boolean>();
  return (layerStart) => {
    const paragraph = paragraphAt(layer, layerStart);
    let inside = byParagraph.get(paragraph.start);
    if (inside === undefined) {
      const written = layer.text.slice(paragraph.start, paragraph.end).replace(/^(?:V\/v|Về việc)\s*/iu, '');
      const text = foldsLongerThan(written, subject.length) ? null : foldVietnamese(written);
      inside = text !== null && text.length > 0 && subject.includes(text);
      byParagraph.set(paragraph.start, inside);
    }
    return inside;
  };
}
