import type { Edit } from './edit.js';
import { fastMarkupEdits } from './markup-fast.js';
import { remarkMarkupEdits } from './markup-remark.js';

export type MarkupPath = 'fast' | 'remark';

/** `auto`: the fast path when it accepts the text, remark otherwise; `remark`: always remark. */
export type MarkupMode = 'auto' | 'remark';

export interface MarkupResult {
  edits: Edit[];
  path: MarkupPath;
}

/**
 * Finds the Markdown markup to drop from a source text (emphasis, heading marks, link
 * syntax, ...) as edits over the source. Both paths return the same edits whenever the fast
 * one accepts; remark (loaded only when needed) handles everything else.
 */
export function markupEdits(text: string, mode: MarkupMode = 'auto'): MarkupResult {
  const fast = mode === 'auto' ? fastMarkupEdits(text) : null;
  if (fast) return { edits: fast, path: 'fast' };
  return { edits: remarkMarkupEdits(text), path: 'remark' };
}
