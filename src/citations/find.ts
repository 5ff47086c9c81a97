import type { DocumentSpan } from '../document/span.js';
import type { Citation } from '../model/citation.js';
import type { TextLayer } from '../text/text-layer.js';

/** Every instrument one document cites, with short forms resolved to their full citation. */
export function findCitations(_layer: TextLayer, _span: DocumentSpan): Citation[] {
  return [];
}
