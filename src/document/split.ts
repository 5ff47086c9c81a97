import type { TextLayer } from '../text/text-layer.js';
import type { DocumentSpan } from './span.js';

/** Splits a file's text layer into the documents it holds. */
export function splitDocuments(layer: TextLayer): DocumentSpan[] {
  const end = layer.text.length;
  return [{ start: 0, end, bodyStart: 0, bodyEnd: end }];
}
