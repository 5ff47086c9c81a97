import { NEEDS_WORK_RANGES } from './clean.js';
import { MARKUP_START_CHARS } from './markup-inline.js';

/** What the scan notes about a code unit; most have none and cost one table lookup. */
const LINE_FEED = 1;
const NEEDS_WORK = 2;
const CARRIAGE_RETURN = 4;
const MARKUP_START = 8;
const NUL = 16;
const BACKSLASH = 32;
const BRACKET_CLOSE = 64;

const LF_CODE = 10;
const BACKTICK = 96;
const COLON = 58;

const KINDS = (() => {
  const kinds = new Uint8Array(0x10000);
  for (const [from, to] of NEEDS_WORK_RANGES) for (let code = from; code <= to; code++) kinds[code]! |= NEEDS_WORK;
  for (let i = 0; i < MARKUP_START_CHARS.length; i++) kinds[MARKUP_START_CHARS.charCodeAt(i)]! |= MARKUP_START;
  kinds[LF_CODE]! |= LINE_FEED;
  kinds['\r'.charCodeAt(0)]! |= CARRIAGE_RETURN;
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
export class SourceScan {
  /** Some character needs more than a copy when cleaning (`NEEDS_WORK_RANGES`). */
  needsWork = false;
  hasCarriageReturn = false;
  hasNul = false;
  /** `\`` after a backslash. */
  hasEscapedBacktick = false;
  /** `]:`, which a link definition needs. */
  hasBracketColon = false;
  /** Offsets where lines start, as `LineIndex` finds them: `\r\n`, `\r` and `\n` each end a line. */
  readonly lineStarts: number[] = [0];
  /** Offsets of the characters that may begin inline markup (`MARKUP_START_CHARS`), ascending. */
  readonly markupStarts: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const kind = KINDS[text.charCodeAt(i)]!;
      if (kind === 0) continue;
      if (kind === LINE_FEED) this.lineStarts.push(i + 1);
      else this.note(text, i, kind);
    }
  }

  /** The rare characters: each flag of `kind` but `LINE_FEED`, which comes alone. */
  private note(text: string, at: number, kind: number): void {
    if (kind & NEEDS_WORK) this.needsWork = true;
    if (kind & CARRIAGE_RETURN) {
      this.hasCarriageReturn = true;
      // In `\r\n` the line feed ends the line.
      if (text.charCodeAt(at + 1) !== LF_CODE) this.lineStarts.push(at + 1);
    }
    if (kind & NUL) this.hasNul = true;
    if (kind & MARKUP_START) this.markupStarts.push(at);
    if (kind & BACKSLASH && text.charCodeAt(at + 1) === BACKTICK) this.hasEscapedBacktick = true;
    if (kind & BRACKET_CLOSE && text.charCodeAt(at + 1) === COLON) this.hasBracketColon = true;
  }
}
