import type { Fix } from '../rule.js';

export interface AppliedFixes {
  text: string;
  /** The fixes applied, in text order. */
  applied: Fix[];
  /** Fixes left for a later pass: they overlap one applied, or start where it starts. */
  deferred: Fix[];
}

/** An offset inside the text and not between the two halves of a surrogate pair. */
function isBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
}

/** A fix that can be applied and would change the text. */
function isEffective(text: string, { range: [start, end], text: replacement }: Fix): boolean {
  return start <= end && isBoundary(text, start) && isBoundary(text, end) && text.slice(start, end) !== replacement;
}

/** Line breaks in a replacement written as the text writes them, so a CRLF file stays CRLF. */
function withLineEndingsOf(text: string, replacement: string): string {
  if (!/[\r\n]/.test(replacement)) return replacement;
  return replacement.replace(/\r\n|\r|\n/g, text.includes('\r\n') ? '\r\n' : '\n');
}

/**
 * Applies fixes to a text (pure). Fixes use offsets of this text; they are taken in text
 * order and one that overlaps a fix already taken is deferred (the first wins), as is one
 * starting where the last taken starts (an insertion there: which goes first would be a
 * guess). Fixes outside the text, splitting
 * a surrogate pair or changing nothing are dropped. Every offset is one of the original
 * text, so the result is joined in one pass (the same as applying from the end).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const candidates = fixes.filter((fix) => isEffective(text, fix)).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Fix[] = [];
  const deferred: Fix[] = [];
  let lastStart = -1;
  let lastEnd = -1;
  for (const fix of candidates) {
    const [start, end] = fix.range;
    if (start < lastEnd || start === lastStart) {
      deferred.push(fix);
      continue;
    }
    applied.push(fix);
    lastStart = start;
    lastEnd = end;
  }
  const pieces: string[] = [];
  let position = 0;
  for (const { range, text: replacement } of applied) {
    pieces.push(text.slice(position, range[0]), withLineEndingsOf(text, replacement));
    position = range[1];
  }
  pieces.push(text.slice(position));
  return { text: pieces.join(''), applied, deferred };
}
