import { findCitations } from './citations/find.js';
import { extractAnnexes } from './document/annexes.js';
import { extractClosing } from './document/closing.js';
import { extractHeader } from './document/header.js';
import type { DocumentSpan } from './document/span.js';
import { splitDocuments } from './document/split.js';
import type { Source } from './io/source.js';
import type { ParsedFile, VbhcDocument } from './model/document.js';
import { extractOutline } from './outline/extract.js';
import { buildTextLayer, type TextLayer } from './text/text-layer.js';

/** The parts are copied field by field: spreading them into the document cost several µs per document. */
function extractDocument(layer: TextLayer, span: DocumentSpan): VbhcDocument {
  const position = layer.range(span.start, span.end);
  const header = extractHeader(layer, span);
  const closing = extractClosing(layer, span);
  const citations = findCitations(layer, span);
  const outline = extractOutline(layer, span);
  return {
    position,
    issuer: header.issuer,
    number: header.number,
    place: header.place,
    date: header.date,
    type: header.type,
    subject: header.subject,
    recipients: header.recipients,
    distribution: closing.distribution,
    archive: closing.archive,
    signature: closing.signature,
    citations,
    sections: outline.sections,
    assignments: outline.assignments,
    annexes: extractAnnexes(layer, span, citations),
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
