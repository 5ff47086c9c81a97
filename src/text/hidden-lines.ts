import type { Edit } from './edit.js';
import { firstIndexWhere } from './first-index.js';
import { type MarkupMode, type MarkupResult, markupEdits } from './markup.js';
import { deletion, normalizeEdits } from './markup-edits.js';
import type { SourceScan } from './source-scan.js';

/**
 * Markup edits for a text as if the lines `hidden` (sorted `[start, end)` spans, each a whole
 * line with its line break) were not there, plus the edits deleting them: the Markdown stage
 * and the layout never see those lines, so the text reads as it would without them. `scan`,
 * when given, is `text`'s own: it serves only where no line is hidden.
 */
export function markupEditsWithout(text: string, hidden: ReadonlyArray<readonly [number, number]>, mode: MarkupMode, scan?: SourceScan): MarkupResult {
  if (hidden.length === 0) return markupEdits(text, mode, scan);
  let kept = '';
  let from = 0;
  /** Offset in `kept` where each hidden span was cut out, and the total length cut up to and including it. */
  const cuts: Array<{ at: number; removed: number }> = [];
  let removed = 0;
  for (const [start, end] of hidden) {
    kept += text.slice(from, start);
    removed += end - start;
    cuts.push({ at: kept.length, removed });
    from = end;
  }
  kept += text.slice(from);
  // An edit starting at a cut starts after the hidden line; one ending there ends before it.
  const toOriginal = (offset: number, side: 'start' | 'end') => {
    const after = firstIndexWhere(cuts.length, (index) => cuts[index]!.at > offset || (side === 'end' && cuts[index]!.at === offset));
    return offset + (after === 0 ? 0 : cuts[after - 1]!.removed);
  };
  const markup = markupEdits(kept, mode);
  const edits: Edit[] = markup.edits.map((edit) => ({ start: toOriginal(edit.start, 'start'), end: toOriginal(edit.end, 'end'), text: edit.text }));
  for (const [start, end] of hidden) edits.push(deletion(start, end));
  return { edits: normalizeEdits(edits), path: markup.path };
}
