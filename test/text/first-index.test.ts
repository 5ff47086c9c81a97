import { describe, expect, it } from 'vitest';
import { firstIndexWhere } from '../../src/text/first-index.js';

describe('firstIndexWhere', () => {
  it('finds the first index where a monotonic test holds, as a linear scan does', () => {
    for (let length = 0; length <= 40; length++) {
      for (let threshold = 0; threshold <= length; threshold++) {
        const linear = Array.from({ length }, (_, index) => index >= threshold).indexOf(true);
        expect(firstIndexWhere(length, (index) => index >= threshold)).toBe(linear < 0 ? length : linear);
      }
    }
  });

  it('asks about indexes inside the range only, and few of them', () => {
    const asked: number[] = [];
    expect(firstIndexWhere(1_000_000, (index) => (asked.push(index), index >= 765_432))).toBe(765_432);
    expect(asked.every((index) => index >= 0 && index < 1_000_000)).toBe(true);
    expect(asked.length).toBeLessThanOrEqual(21);
  });
});
