/**
 * Maps offsets in a derived text back to the text it was built from.
 *
 * The derived text is a sequence of segments. A segment either copies a source run one to
 * one (same length) or replaces a source run by other text (a deletion is a replacement
 * by ""). Inside a replacement, a start offset maps to the start of the replaced run and an
 * end offset to its end, so a range never loses the characters it came from.
 */
export type Side = 'start' | 'end';

export class OffsetMap {
  /** The segment `segmentAt` found last: most lookups land in it again. */
  private lastSegment = 0;

  constructor(
    private readonly derivedStarts: Int32Array,
    private readonly sourceStarts: Int32Array,
    private readonly sourceEnds: Int32Array,
    private readonly exact: Int32Array,
    readonly derivedLength: number,
  ) {}

  /** Index of the last segment starting at or before `offset` (for `end`, strictly before), or 0 when none does. */
  private segmentAt(offset: number, side: Side): number {
    const starts = this.derivedStarts;
    const hint = this.lastSegment;
    // Strictly inside the segment found last: the binary search's answer on either side.
    if (starts[hint]! < offset && (hint + 1 === starts.length || starts[hint + 1]! > offset)) return hint;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const start = starts[mid]!;
      if (start < offset || (side === 'start' && start === offset)) lo = mid;
      else hi = mid - 1;
    }
    this.lastSegment = lo;
    return lo;
  }

  toSource(offset: number, side: Side = 'start'): number {
    if (this.derivedStarts.length === 0) return offset;
    const k = this.segmentAt(offset, side);
    const derivedStart = this.derivedStarts[k]!;
    const sourceStart = this.sourceStarts[k]!;
    if (this.exact[k] === 1) return sourceStart + (offset - derivedStart);
    if (offset <= derivedStart) return sourceStart;
    if (side === 'end') return this.sourceEnds[k]!;
    const derivedEnd = k + 1 < this.derivedStarts.length ? this.derivedStarts[k + 1]! : this.derivedLength;
    return offset >= derivedEnd ? this.sourceEnds[k]! : sourceStart;
  }
}

const INITIAL_SEGMENTS = 64;

function doubled(column: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(column.length * 2);
  grown.set(column);
  return grown;
}

/** Builds a derived text segment by segment, recording where each piece came from. */
export class TextBuilder {
  private readonly parts: string[] = [];
  // The segments, as columns that double when full: a text of a million markup characters makes a
  // million segments, and as arrays of numbers they kept the collector busy.
  private derivedStarts = new Int32Array(INITIAL_SEGMENTS);
  private sourceStarts = new Int32Array(INITIAL_SEGMENTS);
  private sourceEnds = new Int32Array(INITIAL_SEGMENTS);
  private exact = new Int32Array(INITIAL_SEGMENTS);
  private segments = 0;
  private length = 0;
  /** The source run copied last, not yet sliced into `parts`: adjoining copies make one slice. */
  private copiedFrom = 0;
  private copiedTo = 0;

  constructor(private readonly source: string) {}

  /** Appends `source[from, to)` unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    if (this.copiedTo !== from || this.copiedTo === this.copiedFrom) {
      this.flushCopied();
      this.copiedFrom = from;
    }
    this.copiedTo = to;
    this.record(from, to, to - from, true);
  }

  private flushCopied(): void {
    if (this.copiedTo > this.copiedFrom) this.parts.push(this.source.slice(this.copiedFrom, this.copiedTo));
    this.copiedFrom = this.copiedTo = 0;
  }

  /** Appends `text` of the same length as `source[from, to)`, character for character (e.g. `Ð` → `Đ`). */
  copyTransformed(from: number, text: string): void {
    if (text.length === 0) return;
    this.push(text, from, from + text.length, true);
  }

  /** Appends `text` standing for `source[from, to)`; an empty `text` records a deletion. */
  replace(from: number, to: number, text: string): void {
    if (text.length === 0 && to <= from) return;
    this.push(text, from, to, false);
  }

  private push(text: string, from: number, to: number, exact: boolean): void {
    this.flushCopied();
    if (text.length > 0) this.parts.push(text);
    this.record(from, to, text.length, exact);
  }

  /** Records a piece of `length` derived characters standing for `source[from, to)`. */
  private record(from: number, to: number, length: number, exact: boolean): void {
    const last = this.segments - 1;
    // An exact piece extends an exact segment it adjoins, a deletion the replacement it adjoins (one test for both: a rare branch of its own deoptimized `record` when first taken).
    const adjoins = last >= 0 && this.sourceEnds[last] === from;
    if (adjoins && ((exact && this.exact[last] === 1) || (length === 0 && this.exact[last] === 0))) {
      this.sourceEnds[last] = to;
    } else {
      if (this.segments === this.exact.length) this.grow();
      const next = this.segments++;
      this.derivedStarts[next] = this.length;
      this.sourceStarts[next] = from;
      this.sourceEnds[next] = to;
      this.exact[next] = exact ? 1 : 0;
    }
    this.length += length;
  }

  private grow(): void {
    this.derivedStarts = doubled(this.derivedStarts);
    this.sourceStarts = doubled(this.sourceStarts);
    this.sourceEnds = doubled(this.sourceEnds);
    this.exact = doubled(this.exact);
  }

  get currentLength(): number {
    return this.length;
  }

  build(): { text: string; map: OffsetMap } {
    this.flushCopied();
    // The builder is done with its columns: the map takes their filled part, not a copy.
    const n = this.segments;
    const map = new OffsetMap(this.derivedStarts.subarray(0, n), this.sourceStarts.subarray(0, n), this.sourceEnds.subarray(0, n), this.exact.subarray(0, n), this.length);
    return { text: this.parts.join(''), map };
  }
}
