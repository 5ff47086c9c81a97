import type { VbhcDocument } from '../model/document.js';
import type { TextLayer } from '../text/text-layer.js';
import type { DocumentSpan } from './span.js';

export type ClosingParts = Pick<VbhcDocument, 'distribution' | 'archive' | 'signature'>;

/** Closing parts of one document: nơi nhận, the archive line, the signature block. */
export function extractClosing(_layer: TextLayer, _span: DocumentSpan): ClosingParts {
  return { distribution: [], archive: null, signature: null };
}
