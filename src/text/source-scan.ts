import { NEEDS_WORK_RANGES } from './clean.js';
import { CR, LF } from './markup-chars.js';
import { MARKUP_START_CHARS } from './markup-inline.js';

/** What the scan notes about a code unit; most have none and cost one table lookup. */
const LINE_FEED = 1;
const NEEDS_WORK = 2;
const CARRIAGE_RETURN = 4;
const MARKUP_START = 8;
const NUL = 16;
const BACKSLASH = 32;
const BRACKET_CLOSE = 64;

const BACKTICK = 96;
const COLON = 58;

const KINDS = (() => {
  const kinds = new Uint8Array(0x10000);
  for (const [from, to] of NEEDS_WORK_RANGES) for (let code = from; code <= to; code++) kinds[code]! |= NEEDS_WORK;
  for (let i = 0; i < MARKUP_START_CHARS.length; i++) kinds[MARKUP_START_CHARS.charCodeAt(i)]! |= MARKUP_START;
  kinds[LF]! |= LINE_FEED;
  kinds[CR]! |= CARRIAGE_RETURN;
  kinds[0]! |= NUL;
  kinds['\\'.charCodeAt(0)]! |= BACKSLASH;
  kinds[']'.charCodeAt(0)]! |= BRACKET_CLOSE;
  return kinds;
})();

/**
 * What the stages of the text layer would each search a whole source text for, found in one
 * pass over it: the cleaning's characters needing work, the Markdown stage's line ends, markup
 * characters and reasons to decline, the line index's line starts.
 */
export interface SourceScan {
  /** Some character needs more than a copy when cleaning (`NEEDS_WORK_RANGES`). */
  readonly needsWork: boolean;
  readonly hasCarriageReturn: boolean;
  readonly hasNul: boolean;
  /** `\`` after a backslash. */
  readonly hasEscapedBacktick: boolean;
  /** `]:`, which a link definition needs. */
  readonly hasBracketColon: boolean;
  /** Offsets where lines start, as `LineIndex` finds them: `\r\n`, `\r` and `\n` each end a line. */
  readonly lineStarts: number[];
  /** Offsets of the characters that may begin inline markup (`MARKUP_START_CHARS`), ascending. */
  readonly markupStarts: number[];
}

type ScanInProgress = { -readonly [Key in keyof SourceScan]: SourceScan[Key] };

/**
 * Scans `text`. A plain function filling an object literal: a class constructor holding the
 * loop was compiled on the loop's first run (on-stack replacement), then deoptimized and compiled again.
 */
export function scanSource(text: string): SourceScan {
  const lineStarts = [0];
  const markupStarts: number[] = [];
  const rare: number[] = [];
  // The loop only notes where the rare characters are: their handling inlined in it made every
  // character slower. Markup characters go straight to their list, and on to `note` only when
  // they are something more (text made of markup characters, the worst case, listed each twice).
  for (let i = 0; i < text.length; i++) {
    const kind = KINDS[text.charCodeAt(i)]!;
    if (kind === 0) continue;
    if (kind === LINE_FEED) lineStarts.push(i + 1);
    else {
      if (kind & MARKUP_START) markupStarts.push(i);
      if (kind !== MARKUP_START) rare.push(i);
    }
  }
  const scan: ScanInProgress = {
    needsWork: false,
    hasCarriageReturn: false,
    hasNul: false,
    hasEscapedBacktick: false,
    hasBracketColon: false,
    lineStarts,
    markupStarts,
  };
  const crLineStarts: number[] = [];
  for (const at of rare) note(text, at, KINDS[text.charCodeAt(at)]!, scan, crLineStarts);
  if (crLineStarts.length > 0) {
    lineStarts.push(...crLineStarts);
    lineStarts.sort((a, b) => a - b);
  }
  return scan;
}

/** A rare character: each flag of `kind` but `LINE_FEED`, which comes alone, and `MARKUP_START`, listed already. A CR ending a line adds its line start to `crLineStarts`. */
function note(text: string, at: number, kind: number, scan: ScanInProgress, crLineStarts: number[]): void {
  if (kind & NEEDS_WORK) scan.needsWork = true;
  if (kind & CARRIAGE_RETURN) {
    scan.hasCarriageReturn = true;
    // In `\r\n` the line feed ends the line.
    if (text.charCodeAt(at + 1) !== LF) crLineStarts.push(at + 1);
  }
  if (kind & NUL) scan.hasNul = true;
  if (kind & BACKSLASH && text.charCodeAt(at + 1) === BACKTICK) scan.hasEscapedBacktick = true;
  if (kind & BRACKET_CLOSE && text.charCodeAt(at + 1) === COLON) scan.hasBracketColon = true;
}
