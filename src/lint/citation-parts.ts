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
      const text = foldVietnamese(layer.text.slice(paragraph.start, paragraph.end).replace(/^(?:V\/v|Về việc)\s*/iu, ''));
      inside = text.length > 0 && subject.includes(text);
      byParagraph.set(paragraph.start, inside);
    }
    return inside;
  };
}
