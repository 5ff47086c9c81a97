import type { VbhcDocument } from '../model/document.js';
import type { TextLayer } from '../text/text-layer.js';
import { AnalyzedText } from './analyzed-text.js';
import { isAnnexStart } from './closing-marks.js';
import { ClosingReader } from './closing-reader.js';
import { findClosingStart } from './closing-start.js';
import { signatureFrom } from './signature.js';
import type { DocumentSpan } from './span.js';

export type ClosingParts = Pick<VbhcDocument, 'distribution' | 'archive' | 'signature'>;

const MAX_CLOSING_PARAGRAPHS = 60;
/** Paragraphs without anything of a closing after which the closing is over. */
const MAX_GAP = 8;
/** Paragraphs past the signer's name where a nơi nhận may still begin (signature-first layout). */
const AFTER_SIGNER = 3;

interface ClosingRead {
  reader: ClosingReader;
  /** The first paragraph the reader did not take. */
  stop: number;
}

function readClosing(layer: TextLayer, text: AnalyzedText, from: number): ClosingRead {
  const reader = new ClosingReader(layer, from);
  const end = Math.min(text.length, from + MAX_CLOSING_PARAGRAPHS);
  let index = from;
  for (; index < end; index++) {
    const pieces = text.piecesAt(index);
    if (index > from && pieces[0] && isAnnexStart(pieces[0].text)) break;
    if (index - reader.lastClosing > MAX_GAP) break;
    if (reader.found && !reader.listOpen && (reader.seenList || index - reader.lastClosing > AFTER_SIGNER)) break;
    for (const piece of pieces) reader.read(index, piece.text, piece.start);
  }
  return { reader, stop: Math.max(index, from + 1) };
}

/**
 * A signature block further down, for when the first one has lost its signer's name to OCR
 * and the file repeats the closing (a clean copy after the annexes).
 */
function laterSigner(layer: TextLayer, text: AnalyzedText, from: number): ClosingReader | null {
  for (let start = findClosingStart(text, from, text.length); start !== null; ) {
    const { reader, stop } = readClosing(layer, text, start);
    if (reader.found) return reader;
    start = findClosingStart(text, stop, text.length);
  }
  return null;
}

/** Closing parts of one document: nơi nhận, the archive line, the signature block. */
export function extractClosing(layer: TextLayer, span: DocumentSpan): ClosingParts {
  const text = new AnalyzedText(layer, span.bodyEnd, span.end);
  const { reader, stop } = readClosing(layer, text, 0);
  const signed = reader.found ? reader : (laterSigner(layer, text, stop) ?? reader);
  return {
    distribution: reader.entries,
    archive: reader.archive,
    signature: signatureFrom(signed.lines, signed.found),
  };
}
