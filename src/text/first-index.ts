/**
 * The first index in `[0, length)` where `reached` holds, or `length` where it never does, by
 * binary search: `reached` must be false up to some index and true from there on (offsets in
 * order, a monotonic map). NextMatch, asked once per line, keeps its own loop, without a call
 * per step.
 */
export function firstIndexWhere(length: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
