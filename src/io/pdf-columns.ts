import type { PdfLine, Segment } from './pdf-lines.js';

/** A segment in reading order, with the visual line of its page it came from. */
export interface PlacedText {
  segment: Segment;
  line: PdfLine;
  /** The segment is its line's only one, outside any two-column block: running text. */
  wholeLine: boolean;
}

/** Lines of one side of a two-column block may lie this far apart (in font sizes). */
const BLOCK_LINE_SPACING = 2.2;

/** Which side of a two-column block a lone segment lies on, or null when it crosses the split. */
function sideOf(segment: Segment, split: number, size: number): 0 | 1 | null {
  if (segment.x1 <= split + size * 0.5) return 0;
  if (segment.x0 >= split - size) return 1;
  return null;
}

/** The lines from `first` that form a two-column block with it (the first line has two segments). */
function blockFrom(lines: readonly PdfLine[], first: number, split: number): number {
  let end = first + 1;
  while (end < lines.length) {
    const line = lines[end]!;
    const previous = lines[end - 1]!;
    if (line.segments.length === 2) {
      end++;
      continue;
    }
    const close = line.y - previous.y <= BLOCK_LINE_SPACING * Math.max(line.size, previous.size);
    if (line.segments.length !== 1 || !close || sideOf(line.segments[0]!, split, line.size) === null) break;
    end++;
  }
  return end;
}

/**
 * Puts a page's lines in reading order: side-by-side columns (a header with issuing body and
 * motto, a signature block beside Nơi nhận) are read left column first, then right column;
 * other lines top to bottom, a line of three or more cells one cell per line.
 */
export function readingOrder(lines: readonly PdfLine[]): PlacedText[] {
  const out: PlacedText[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.segments.length !== 2) {
      for (const segment of line.segments) out.push({ segment, line, wholeLine: line.segments.length === 1 });
      index++;
      continue;
    }
    const split = line.segments[1]!.x0;
    const end = blockFrom(lines, index, split);
    for (const side of [0, 1] as const) {
      for (let k = index; k < end; k++) {
        const row = lines[k]!;
        const segment = row.segments.length === 2 ? row.segments[side] : sideOf(row.segments[0]!, split, row.size) === side ? row.segments[0] : undefined;
        if (segment) out.push({ segment, line: row, wholeLine: false });
      }
    }
    index = end;
  }
  return out;
}
