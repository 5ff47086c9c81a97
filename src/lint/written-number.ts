import type { DocumentNumber } from '../model/document.js';
import type { TextLayer } from '../text/text-layer.js';
import { type LayerSpan, layerSpanOf, paragraphAt } from './locate.js';

/** A document's `Số:` line as written, in text-layer offsets. */
export interface WrittenNumber {
  /** The word `Số`. */
  label: LayerSpan;
  colon: LayerSpan | null;
  /** Sequence digits; empty (start = end) in a draft's blank number. */
  sequence: LayerSpan;
  /** From the sequence (or the first separator of a blank number) to the end of the symbol. */
  symbol: LayerSpan;
  /** Spaces next to `/` or `-` inside the symbol. */
  gaps: LayerSpan[];
}

const LABEL = /(?<![\p{L}\d])Số(?![\p{L}\d])/gu;
/**
 * After the label, on the same line: optional colon, sequence digits, then groups each led by
 * `/` or `-`. The text layer has no runs of spaces, so ` *` beside an optional part cannot
 * backtrack far.
 */
const AFTER_LABEL = / *(:?) *(\d*)((?: *[-/–] *[\p{L}\d]+)+)/duy;
const GAP = /(?<! ) +(?=[-/–])|(?<=[-/–]) +/gu;

function readAfterLabel(layer: TextLayer, labelStart: number, labelEnd: number): WrittenNumber | null {
  AFTER_LABEL.lastIndex = labelEnd;
  const match = AFTER_LABEL.exec(layer.text);
  if (!match?.indices) return null;
  const at = (range: [number, number] | undefined): LayerSpan => ({ start: range?.[0] ?? labelEnd, end: range?.[1] ?? labelEnd });
  const sequence = at(match.indices[2]);
  const symbol = { start: sequence.start, end: at(match.indices[3]).end };
  const gaps: LayerSpan[] = [];
  // An exec loop: `matchAll` would copy the pattern on every call.
  GAP.lastIndex = 0;
  const symbolWritten = layer.text.slice(symbol.start, symbol.end);
  for (let gap = GAP.exec(symbolWritten); gap; gap = GAP.exec(symbolWritten)) {
    gaps.push({ start: symbol.start + gap.index, end: symbol.start + gap.index + gap[0].length });
  }
  return { label: { start: labelStart, end: labelEnd }, colon: match[1] ? at(match.indices[1]) : null, sequence, symbol, gaps };
}

/** Finds the `Số` line of a document number in the text layer; null when it is not written as such. */
export function writtenNumberOf(layer: TextLayer, number: DocumentNumber): WrittenNumber | null {
  const span = layerSpanOf(layer, number.position);
  const paragraph = paragraphAt(layer, span.start);
  const text = layer.text.slice(paragraph.start, paragraph.end);
  // The labels at or before the number, tried from the last one back.
  const labels: number[] = [];
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(text); match; match = LABEL.exec(text)) {
    const start = paragraph.start + match.index;
    if (start <= span.start) labels.push(start);
  }
  for (let i = labels.length - 1; i >= 0; i--) {
    const start = labels[i]!;
    const written = readAfterLabel(layer, start, start + 'Số'.length);
    if (written && written.symbol.end >= span.start) return written;
  }
  return null;
}
