/**
 * Maps offsets in a derived text back to the text it was built from.
 *
 * The derived text is a sequence of segments. A segment either copies a source run one to
 * one (same length) or replaces a source run by other text (a deletion is a replacement
 * by ""). Inside a replacement, a start offset maps to the start of the replaced run and an
 * end offset to its end, so a range never loses the characters it came from.
 */
export type Side = 'start' | 'end';

/** A segment's four numbers, side by side in one column (one allocation, not four). */
const FIELDS = 4;
const DERIVED_START = 0;
const SOURCE_START = 1;
const SOURCE_END = 2;
/** 1 when the segment copies its source run character for character. */
const EXACT = 3;

export class OffsetMap {
  /** The segment `segmentAt` found last: most lookups land in it again. */
  private lastSegment = 0;
  private readonly count: number;

  constructor(
    /** `FIELDS` numbers per segment, in the order of the `DERIVED_START` … `EXACT` constants. */
    private readonly segments: Int32Array,
    readonly derivedLength: number,
  ) {
    this.count = segments.length / FIELDS;
  }

  private derivedStart(k: number): number {
    return this.segments[k * FIELDS + DERIVED_START]!;
  }

  /** Index of the last segment starting at or before `offset` (for `end`, strictly before), or 0 when none does. */
  private segmentAt(offset: number, side: Side): number {
    const hint = this.lastSegment;
    // Strictly inside the segment found last: the binary search's answer on either side.
    if (this.derivedStart(hint) < offset && (hint + 1 === this.count || this.derivedStart(hint + 1) > offset)) return hint;
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const start = this.derivedStart(mid);
      if (start < offset || (side === 'start' && start === offset)) lo = mid;
      else hi = mid - 1;
    }
    this.lastSegment = lo;
    return lo;
  }

  toSource(offset: number, side: Side = 'start'): number {
    if (this.count === 0) return offset;
    const k = this.segmentAt(offset, side);
    const at = k * FIELDS;
    const derivedStart = this.segments[at + DERIVED_START]!;
    const sourceStart = this.segments[at + SOURCE_START]!;
    if (this.segments[at + EXACT] === 1) return sourceStart + (offset - derivedStart);
    if (offset <= derivedStart) return sourceStart;
    if (side === 'end') return this.segments[at + SOURCE_END]!;
    const derivedEnd = k + 1 < this.count ? this.derivedStart(k + 1) : this.derivedLength;
    return offset >= derivedEnd ? this.segments[at + SOURCE_END]! : sourceStart;
  }
}

/** Segments a builder makes room for at first: about one per 64 characters of source (a paragraph's line and its markup), at least 16. */
function firstCapacity(sourceLength: number): number {
  return Math.max(16, sourceLength >> 6);
}

/** Builds a derived text segment by segment, recording where each piece came from. */
export class TextBuilder {
  private readonly parts: string[] = [];
  // The segments, in one column that doubles when full: a text of a million markup characters makes
  // a million segments, and as arrays of numbers they kept the collector busy.
  private segments: Int32Array<ArrayBuffer>;
  private count = 0;
  private length = 0;
  /** The source run copied last, not yet sliced into `parts`: adjoining copies make one slice. */
  private copiedFrom = 0;
  private copiedTo = 0;

  constructor(private readonly source: string) {
    this.segments = new Int32Array(firstCapacity(source.length) * FIELDS);
  }

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
    const segments = this.segments;
    const last = (this.count - 1) * FIELDS;
    // An exact piece extends an exact segment it adjoins, a deletion the replacement it adjoins (one test for both: a rare branch of its own deoptimized `record` when first taken).
    const adjoins = last >= 0 && segments[last + SOURCE_END] === from;
    if (adjoins && ((exact && segments[last + EXACT] === 1) || (length === 0 && segments[last + EXACT] === 0))) {
      segments[last + SOURCE_END] = to;
    } else {
      if (this.count * FIELDS === segments.length) this.grow();
      const next = this.count++ * FIELDS;
      this.segments[next + DERIVED_START] = this.length;
      this.segments[next + SOURCE_START] = from;
      this.segments[next + SOURCE_END] = to;
      this.segments[next + EXACT] = exact ? 1 : 0;
    }
    this.length += length;
  }

  private grow(): void {
    const grown = new Int32Array(this.segments.length * 2);
    grown.set(this.segments);
    this.segments = grown;
  }

  get currentLength(): number {
    return this.length;
  }

  build(): { text: string; map: OffsetMap } {
    this.flushCopied();
    // The builder is done with its column: the map takes its filled part, not a copy.
    const map = new OffsetMap(this.segments.subarray(0, this.count * FIELDS), this.length);
    return { text: this.parts.join(''), map };
  }
}
