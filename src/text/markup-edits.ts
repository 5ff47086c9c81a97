import type { Edit } from './edit.js';

export function deletion(start: number, end: number): Edit {
  return { start, end, text: '' };
}

/**
 * The canonical form both Markdown paths return: edits sorted by position, touching or
 * overlapping deletions merged, edits inside a deletion (a reference inside a deleted link
 * destination) absorbed, empty edits dropped.
 */
export function normalizeEdits(edits: Edit[]): Edit[] {
  const sorted = edits
    .filter((edit) => edit.end > edit.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Edit[] = [];
  for (const edit of sorted) {
    const last = result[result.length - 1];
    if (last && edit.start < last.end) {
      if (last.text === '') last.end = Math.max(last.end, edit.end);
      continue;
    }
    if (last && edit.start === last.end && last.text === '' && edit.text === '') {
      last.end = edit.end;
      continue;
    }
    result.push({ ...edit });
  }
  return result;
}
