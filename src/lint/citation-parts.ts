import type { Citation } from '../model/citation.js';
import type { VbhcDocument } from '../model/document.js';
import type { Range } from '../text/line-index.js';
import type { TextLayer } from '../text/text-layer.js';
import { foldVietnamese } from './fold.js';
import { layerSpanOf, paragraphAt } from './locate.js';

/** The range of the citation's number, or of the whole citation. */
export function numberRangeOf(citation: Citation): Range {
  return citation.numberPosition ?? citation.position;
}

/** The range of the citation's date, or of the whole citation. */
export function dateRangeOf(citation: Citation): Range {
  return citation.date?.position ?? citation.position;
}

/**
 * Whether a citation sits in the document's subject (trích yếu, `V/v …`): a header part, where
 * the rules for citing in the body do not apply.
 */
export function isInSubject(layer: TextLayer, document: VbhcDocument, citation: Citation): boolean {
  if (document.subject === null) return false;
  const start = layerSpanOf(layer, citation.position).start;
  const paragraph = paragraphAt(layer, start);
  const text = foldVietnamese(layer.text.slice(paragraph.start, paragraph.end).replace(/^(?:V\/v|Về việc)\s*/iu, ''));
  return text.length > 0 && foldVietnamese(document.subject).includes(text);
}
