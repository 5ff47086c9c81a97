import type { Edit } from './edit.js';
import { OTHER, PUNCTUATION, classify } from './markup-chars.js';
import { deletion } from './markup-edits.js';

const ASTERISK = 42;

/** A run of `*` or `_`; `start`/`length` shrink as its delimiters are used. */
export interface DelimiterRun {
  marker: number;
  start: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * Builds the run `text[start, end)` of one marker, with micromark's flanking rules: the
 * neighbours are classified as whitespace (also line endings and the edges of the inline
 * content, passed as -1), punctuation or other; `_` may not open or close inside a word.
 */
export function delimiterRun(marker: number, start: number, end: number, before: number, after: number): DelimiterRun {
  const left = classify(before);
  const right = classify(after);
  const open = right === OTHER || (right === PUNCTUATION && left !== OTHER);
  const close = left === OTHER || (left === PUNCTUATION && right !== OTHER);
  const asterisk = marker === ASTERISK;
  return {
    marker,
    start,
    length: end - start,
    canOpen: asterisk ? open : open && (left !== OTHER || !close),
    canClose: asterisk ? close : close && (right !== OTHER || !open),
  };
}

/** Index into the openers-bottom table: marker, whether the closer can open, its length mod 3. */
function bottomKey(run: DelimiterRun): number {
  return (run.marker === ASTERISK ? 0 : 6) + (run.canOpen ? 3 : 0) + (run.length % 3);
}

/** micromark's rule of three: a run that can both open and close does not pair when the sum is a multiple of 3. */
function pairs(opener: DelimiterRun, closer: DelimiterRun): boolean {
  if (opener.marker !== closer.marker) return false;
  if (!(opener.canClose || closer.canOpen)) return true;
  return closer.length % 3 === 0 || (opener.length + closer.length) % 3 !== 0;
}

/**
 * Pairs the delimiter runs of one inline scope, in order, the way micromark's attention
 * resolver does (each closer looks back for the nearest opener it pairs with; delimiters
 * between a pair are spent), and deletes the delimiters used. The openers-bottom table
 * keeps it linear: it records how far down the stack a kind of closer has already looked
 * in vain, and is lowered whenever a match changes the opener on top.
 */
export function resolveEmphasis(runs: readonly DelimiterRun[], edits: Edit[]): void {
  // Most paragraphs have no emphasis: no tables to set up for them.
  if (runs.length === 0) return;
  const stack: DelimiterRun[] = [];
  const bottoms = new Array<number>(12).fill(0);
  for (const closer of runs) {
    while (closer.canClose && closer.length > 0) {
      const key = bottomKey(closer);
      let index = stack.length - 1;
      while (index >= bottoms[key]! && !pairs(stack[index]!, closer)) index--;
      if (index < bottoms[key]!) {
        bottoms[key] = stack.length;
        break;
      }
      const opener = stack[index]!;
      const use = opener.length > 1 && closer.length > 1 ? 2 : 1;
      opener.length -= use;
      edits.push(deletion(opener.start + opener.length, opener.start + opener.length + use));
      edits.push(deletion(closer.start, closer.start + use));
      closer.start += use;
      closer.length -= use;
      stack.length = opener.length > 0 ? index + 1 : index;
      for (let k = 0; k < bottoms.length; k++) bottoms[k] = Math.min(bottoms[k]!, index);
    }
    if (closer.canOpen && closer.length > 0) stack.push(closer);
  }
}
