/**
 * Where a fixed-length pattern next matches at or after an offset, for offsets asked in order:
 * one search per match in the whole text, not one per call.
 */
export class NextMatch {
  private next = -1;
  private searchedFrom = -1;

  /** `pattern` has the `g` flag, and each of its matches is `length` code units long. */
  constructor(
    private readonly text: string,
    private readonly pattern: RegExp,
    private readonly length: number,
  ) {}

  /** Start of the first match that starts in `[from, to)`, or `to` when none does. */
  firstIn(from: number, to: number): number {
    if (this.searchedFrom < 0 || from < this.searchedFrom || (this.next >= 0 && this.next < from)) {
      this.pattern.lastIndex = from;
      this.next = this.pattern.test(this.text) ? this.pattern.lastIndex - this.length : -1;
      this.searchedFrom = from;
    }
    return this.next >= 0 && this.next < to ? this.next : to;
  }
}
