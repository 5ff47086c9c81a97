/** Where the matches of something in a text start, asked range by range. */
export interface MatchStarts {
  /** Start of the first match that starts in `[from, to)`, or `to` when none does. */
  firstIn(from: number, to: number): number;
}

/**
 * Where a fixed-length pattern next matches at or after an offset, for offsets asked in order:
 * one search per match in the whole text, not one per call.
 */
export class NextMatch implements MatchStarts {
  private next = -1;
  private searchedFrom = -1;

  /** `pattern` has the `g` flag, and each of its matches is `length` code units long. */
  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
    private readonly length: number,
  ) {}

  firstIn(from: number, to: number): number {
    if (this.searchedFrom < 0 || from < this.searchedFrom || (this.next >= 0 && this.next < from)) {
      this.pattern.lastIndex = from;
      this.next = this.pattern.test(this.text) ? this.pattern.lastIndex - this.length : -1;
      this.searchedFrom = from;
    }
    return this.next >= 0 && this.next < to ? this.next : to;
  }
}

/** `MatchStarts` of matches already found, by their ascending starts: what `NextMatch` answers, without searching. */
export class KnownMatches implements MatchStarts {
  /** Index of the first start at or after the last `from` asked: offsets are mostly asked in order. */
  private cursor = 0;

  constructor(private readonly starts: readonly number[]) {}

  firstIn(from: number, to: number): number {
    const starts = this.starts;
    let k = this.cursor;
    if (k > 0 && starts[k - 1]! >= from) k = this.firstAtOrAfter(from, k);
    while (k < starts.length && starts[k]! < from) k++;
    this.cursor = k;
    return k < starts.length && starts[k]! < to ? starts[k]! : to;
  }

  /** Index of the first start at or after `offset`, among the first `end`. */
  private firstAtOrAfter(offset: number, end: number): number {
    let lo = 0;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
