/** How a number breaks a run that counts 1, 2, 3 …: the message ids outline/sequence and annex/sequence share. */
export type SequenceBreak = 'start' | 'skip' | 'repeat' | 'backwards';

/** The number that follows `previous` in a run counting from 1 (`previous` null at the run's start). */
export function expectedAfter(previous: number | null): number {
  return previous === null ? 1 : previous + 1;
}

/** How `value` breaks the run after `previous` (null at the run's start), or null when it follows on. */
export function sequenceBreak(previous: number | null, value: number): SequenceBreak | null {
  if (value === expectedAfter(previous)) return null;
  if (previous === null) return 'start';
  return value === previous ? 'repeat' : value < previous ? 'backwards' : 'skip';
}
