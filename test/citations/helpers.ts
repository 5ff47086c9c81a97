import { findCitations } from '../../src/citations/find.js';
import type { Citation } from '../../src/model/citation.js';
import { buildTextLayer, type TextLayer } from '../../src/text/text-layer.js';

export function layerOf(text: string, path = 'test.txt'): TextLayer {
  return buildTextLayer({ path, text, encoding: 'utf-8', bom: false });
}

/** The citations of `text` read as one document. */
export function citationsIn(text: string): Citation[] {
  const layer = layerOf(text);
  const end = layer.text.length;
  return findCitations(layer, { start: 0, end, bodyStart: 0, bodyEnd: end });
}

/** The original text a range covers. */
export function textAt(source: string, range: { start: { offset: number }; end: { offset: number } }): string {
  return source.slice(range.start.offset, range.end.offset);
}
