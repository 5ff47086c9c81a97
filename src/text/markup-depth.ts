/**
 * How deeply a line nests Markdown containers (`> > - 1. x`). micromark's time grows with
 * the square of that depth, so text nested beyond reason is kept away from remark.
 */
import { isLineEnding, SPACE, TAB } from './markup-chars.js';

/**
 * Containers nested deeper than this are not Markdown anyone wrote; remark would take time
 * growing with the square of the depth on them, so such text is read as plain text instead.
 */
export const MAX_NESTING = 100;

const GREATER_THAN = 62;

function isSpaceOrEnd(code: number): boolean {
  return code === SPACE || code === TAB || Number.isNaN(code) || isLineEnding(code);
}

/** End of the container marker at `at` (block quote `>`, bullet `-*+`, ordinal `12.` or `3)`), or -1. */
function markerEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === GREATER_THAN) return at + 1;
  if ((code === 45 || code === 42 || code === 43) && isSpaceOrEnd(text.charCodeAt(at + 1))) return at + 1;
  let end = at;
  while (end - at < 9 && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const close = text.charCodeAt(end);
  if (end > at && (close === 46 || close === 41) && isSpaceOrEnd(text.charCodeAt(end + 1))) return end + 1;
  return -1;
}

/** Whether some line opens more than `limit` containers at its start; one pass, each line's prefix read once. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let at = 0;
  while (at < text.length) {
    let depth = 0;
    for (;;) {
      while (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB) at++;
      const end = markerEnd(text, at);
      if (end < 0) break;
      if (++depth > limit) return true;
      at = end;
    }
    const newline = text.indexOf('\n', at);
    if (newline < 0) break;
    at = newline + 1;
  }
  return false;
}
