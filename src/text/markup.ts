import type { Edit } from './edit.js';
import { remarkMarkupEdits } from './markup-remark.js';

export type MarkupPath = 'fast' | 'remark';

export interface MarkupResult {
  edits: Edit[];
  path: MarkupPath;
}

/** Finds the Markdown markup to drop from a source text (emphasis, heading marks, ...). */
export function markupEdits(text: string): MarkupResult {
  return { edits: remarkMarkupEdits(text), path: 'remark' };
}
