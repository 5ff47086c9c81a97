import { lineStartsOf } from './markup-chars.js';

/** Positions as users see them: 1-based line and column in UTF-16 code units, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

/** Turns offsets of one text into line/column points; `\r\n`, `\r` and `\n` each end a line. */
export class LineIndex {
  /** Kept as the small-integer array it is built in: `Int32Array.from` would copy it through an iterator. */
  private readonly lineStarts: readonly number[];
  /** The line `lineIndexAt` found last. */
  private lastLine = 0;

  /** `lineStarts`, when given, are those of `text`, found beforehand (see `SourceScan`). */
  constructor(text: string, lineStarts: number[] = lineStartsOf(text)) {
    this.lineStarts = lineStarts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  point(offset: number): Point {
    const index = this.lineIndexAt(offset);
    return { line: index + 1, column: offset - this.lineStarts[index]! + 1, offset };
  }

  /** 0-based index of the last line starting at or before `offset` (0 when none does). */
  private lineIndexAt(offset: number): number {
    const starts = this.lineStarts;
    const hint = this.lastLine;
    // On the line found last (points are mostly asked near each other): the binary search's answer.
    if (starts[hint]! <= offset && (hint + 1 === starts.length || starts[hint + 1]! > offset)) return hint;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))]!;
  }
}
