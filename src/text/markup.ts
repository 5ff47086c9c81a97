import type { Edit } from './edit.js';
import { independentChunks } from './markup-chunks.js';
import { normalizeEdits } from './markup-edits.js';
import { MAX_NESTING, nestsDeeperThan } from './markup-depth.js';
import { fastMarkupOutcome } from './markup-fast.js';
import { remarkMarkupEdits } from './markup-remark.js';
import type { SourceScan } from './source-scan.js';

/** `fast`: no Markdown parser; `remark`: remark parsed it all; `mixed`: remark parsed only the stretches the fast path declined. */
export type MarkupPath = 'fast' | 'remark' | 'mixed';

/** `auto`: the fast path wherever it accepts the text, remark elsewhere; `remark`: always remark. */
export type MarkupMode = 'auto' | 'remark';

export interface MarkupResult {
  edits: Edit[];
  path: MarkupPath;
}

/** remark's edits, or none for text nested too deeply to be a document. */
function remarkEditsUnlessHostile(text: string): Edit[] {
  return nestsDeeperThan(text, MAX_NESTING) ? [] : remarkMarkupEdits(text);
}

/** Edits of `text[start, end)` by the fast path, or by remark when it declines, at offsets of the whole text. */
function chunkEdits(text: string, start: number, end: number): { edits: Edit[]; fast: boolean } {
  const chunk = text.slice(start, end);
  const outcome = fastMarkupOutcome(chunk);
  const fast = outcome !== 'declined';
  const chunkEdits = outcome === 'declined' ? remarkEditsUnlessHostile(chunk) : outcome === 'too deep' ? [] : outcome;
  const edits = chunkEdits.map((edit) => ({ start: edit.start + start, end: edit.end + start, text: edit.text }));
  return { edits, fast };
}

/**
 * Finds the Markdown markup to drop from a source text (emphasis, heading marks, link
 * syntax, ...) as edits over the source; always the edits remark's parse gives. The fast
 * path takes whatever it accepts; when it declines, the text is cut into stretches that
 * parse alone the same (see `independentChunks`) and only the declined ones go to remark,
 * which is loaded on first use. Text nested more than `MAX_NESTING` containers deep is left as it is.
 * `scan`, when given, is `text`'s own.
 */
export function markupEdits(text: string, mode: MarkupMode = 'auto', scan?: SourceScan): MarkupResult {
  const fast = mode === 'auto' ? fastMarkupOutcome(text, scan) : 'declined';
  if (fast === 'too deep') return { edits: [], path: 'fast' };
  if (fast !== 'declined') return { edits: fast, path: 'fast' };
  const chunks = mode === 'auto' ? independentChunks(text) : null;
  if (!chunks || chunks.length < 2) return { edits: mode === 'auto' ? remarkEditsUnlessHostile(text) : remarkMarkupEdits(text), path: 'remark' };
  const parts = chunks.map(([start, end]) => chunkEdits(text, start, end));
  return { edits: normalizeEdits(parts.flatMap((part) => part.edits)), path: parts.some((part) => part.fast) ? 'mixed' : 'remark' };
}
