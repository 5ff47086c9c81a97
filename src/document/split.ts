import type { TextLayer } from '../text/text-layer.js';
import { AnalyzedText } from './analyzed-text.js';
import { findClosingStart, isAnnex, isClosingStart } from './closing-start.js';
import { headerBlockStart, isHeaderAnchor, readHeaderLayout } from './header-layout.js';
import type { DocumentSpan } from './span.js';

/** The first header anchor in `[from, end)`: any header for the first document of a file. */
function firstAnchor(text: AnalyzedText, end: number): number | null {
  for (let index = 0; index < end; index++) if (isHeaderAnchor(text, index, end, false)) return index;
  return null;
}

/**
 * The next document's header after a closing: a dated header (real number or a date with
 * its year) that is not a form inside an annex. An annex lasts until the next closing.
 */
function nextAnchor(text: AnalyzedText, from: number, end: number): number | null {
  let inAnnex = false;
  for (let index = from; index < end; index++) {
    if (isAnnex(text, index)) inAnnex = true;
    else if (inAnnex && isClosingStart(text, index, end)) inAnnex = false;
    else if (!inAnnex && isHeaderAnchor(text, index, end, true)) return index;
  }
  return null;
}

interface Bounds {
  first: number;
  bodyFirst: number;
  closing: number | null;
}

/** Where one document's header ends and its closing begins, given where its header starts. */
function boundsFrom(text: AnalyzedText, first: number, end: number): Bounds {
  const layout = readHeaderLayout(text, first, end);
  const hasHeader = layout.items.some((item) => item.role !== 'decoration' && item.role !== 'issuer');
  const bodyFirst = hasHeader ? layout.after : first;
  return { first, bodyFirst, closing: findClosingStart(text, bodyFirst, end) };
}

/**
 * Splits a file's text layer into the documents it holds. A new document starts where a new
 * header block (issuing body, motto, `Số:` line) begins after the previous one's closing;
 * website extras before the first header are left out. The body runs from after the header
 * (kính gửi, else type and subject) to the start of the closing (nơi nhận or signature).
 */
export function splitDocuments(layer: TextLayer): DocumentSpan[] {
  const text = new AnalyzedText(layer);
  const end = text.length;
  const textEnd = layer.text.length;
  if (end === 0) return [{ start: 0, end: textEnd, bodyStart: 0, bodyEnd: textEnd }];
  const anchor = firstAnchor(text, end);
  let first = anchor === null ? 0 : headerBlockStart(text, anchor, 0);
  const spans: DocumentSpan[] = [];
  for (;;) {
    const bounds = boundsFrom(text, first, end);
    const next = bounds.closing === null ? null : nextAnchor(text, bounds.closing + 1, end);
    const nextFirst = next === null ? null : headerBlockStart(text, next, bounds.closing! + 1);
    const start = spans.length === 0 && anchor === null ? 0 : text.startOf(first);
    const stop = nextFirst === null ? textEnd : text.startOf(nextFirst);
    const bodyStart = Math.min(text.startOf(bounds.bodyFirst), stop);
    const bodyEnd = bounds.closing === null ? stop : Math.min(text.startOf(bounds.closing), stop);
    spans.push({ start, end: stop, bodyStart, bodyEnd: Math.max(bodyStart, bodyEnd) });
    if (nextFirst === null) return spans;
    first = nextFirst;
  }
}
