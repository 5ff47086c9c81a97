import { findCitations } from './citations/find.js';
import { extractClosing } from './document/closing.js';
import { extractHeader } from './document/header.js';
import type { DocumentSpan } from './document/span.js';
import { splitDocuments } from './document/split.js';
import type { Source } from './io/source.js';
import type { ParsedFile, VbhcDocument } from './model/document.js';
import { extractOutline } from './outline/extract.js';
import { buildTextLayer, type TextLayer } from './text/text-layer.js';

function extractDocument(layer: TextLayer, span: DocumentSpan): VbhcDocument {
  return {
    position: layer.range(span.start, span.end),
    ...extractHeader(layer, span),
    ...extractClosing(layer, span),
    citations: findCitations(layer, span),
    ...extractOutline(layer, span),
  };
}

/** The parse pipeline: text layer → split documents → extract parts, citations, outline. */
export function parseLayer(layer: TextLayer): ParsedFile {
  const documents = splitDocuments(layer).map((span) => extractDocument(layer, span));
  return { file: layer.source.path, documents };
}

export function parseSource(source: Source): ParsedFile {
  return parseLayer(buildTextLayer(source));
}
