import type { Edit } from './edit.js';
import { CR, LF, SPACE, TAB, isAsciiDigit, lineStartsOf } from './markup-chars.js';
import { deletion, normalizeEdits } from './markup-edits.js';
import { mightStartHtmlBlock } from './markup-angle.js';
import { mayHoldDefinitions } from './markup-chunks.js';
import { InlineScope, type Segment } from './markup-inline.js';
import { MAX_NESTING } from './markup-depth.js';
import { KnownMatches } from './next-match.js';
import type { SourceScan } from './source-scan.js';

const ASTERISK = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const PAREN_CLOSE = 41;
const HASH = 35;
const EQUALS = 61;
const UNDERSCORE = 95;
const BACKTICK = 96;
const TILDE = 126;
const GREATER_THAN = 62;
const LESS_THAN = 60;

/** A list, as micromark keeps it: the state shared by its items, `size` being the current item's content offset. */
interface List {
  kind: 'list';
  ordered: boolean;
  /** The bullet (`-`, `+`, `*`) or the delimiter after the number (`.`, `)`). */
  marker: number;
  size: number;
  initialBlankLine: boolean;
  furtherBlankLines: boolean;
}

interface Quote {
  kind: 'quote';
}

type Container = List | Quote;

/** Quotes hold no state: one object stands for all of them. */
const QUOTE: Quote = { kind: 'quote' };

/** Thrown to abandon the fast path for text it leaves to remark. */
class Declined extends Error {}

function decline(): never {
  throw new Declined();
}

/** Thrown when containers nest deeper than `MAX_NESTING`: such text is no document. */
class TooDeep extends Error {}

/**
 * Block structure the way micromark's document and flow tokenizers see it, for the subset of
 * Markdown found in administrative documents: paragraphs (with lazy continuation), ATX and
 * setext headings, thematic breaks, fenced code, lists and block quotes. Each paragraph or
 * heading text becomes an inline scope. Indented code, HTML blocks, link definitions, tabs
 * in indentation and anything else that could change the block structure make it decline.
 */
class FastMarkup {
  readonly edits: Edit[] = [];
  private readonly stack: Container[] = [];
  /** The open paragraph's lines, or null. */
  private paragraph: Segment[] | null = null;
  /** Resolves each paragraph and heading in turn. */
  private readonly inlineScope: InlineScope;
  /** The open fenced code block's fence, or null. */
  private fence: { marker: number; size: number } | null = null;
  private lineStart = 0;
  /** End of the current line's content, before its line ending. */
  private lineEnd = 0;
  /**
   * Whether the previous line was blank. A blank line after a blank line changes nothing (the
   * first one already closed what a blank line closes), so it is skipped rather than walking
   * every open container again: that keeps blank lines under deep nesting linear.
   */
  private afterBlank = false;
  /**
   * Whether the last non-blank line was top-level indented code. micromark then lets a list
   * item start only as it may interrupt a paragraph, even after blank lines.
   */
  private afterIndentedCode = false;
  /** The current line's last character other than a space or tab, or -1: a line is blank from any offset past it. */
  private lastNonBlank = -1;
  /** Set by `continueList` when the line continued the list with a new item. */
  private continuedWithNewItem = false;
  /** Where the content of the container `startContainer` returned starts. */
  private startedContentStart = 0;

  /** Offsets where the text's lines start (`\r\n`, `\r` and `\n` each end a line). */
  private readonly lineStarts: readonly number[];

  /** `scan`, when given, is the scan of `text`: what it found is not searched again. */
  constructor(
    private readonly text: string,
    scan: SourceScan | undefined,
  ) {
    this.inlineScope = new InlineScope(text, this.edits, scan ? new KnownMatches(scan.markupStarts) : undefined);
    this.lineStarts = scan ? scan.lineStarts : lineStartsOf(text);
  }

  run(): void {
    const text = this.text;
    const starts = this.lineStarts;
    for (let k = 0; k < starts.length; k++) {
      const start = starts[k]!;
      this.lineStart = start;
      this.lineEnd = k + 1 < starts.length ? this.contentEndBefore(starts[k + 1]!) : text.length;
      this.lastNonBlank = this.lastNonBlankOfLine();
      const blank = this.isBlankFrom(start);
      if (!(blank && this.afterBlank)) this.line();
      this.afterBlank = blank;
    }
    this.closeParagraph();
  }

  /** End of the content of the line before the one starting at `nextStart`: before its `\r\n`, `\r` or `\n`. */
  private contentEndBefore(nextStart: number): number {
    const crlf = this.text.charCodeAt(nextStart - 1) === LF && this.text.charCodeAt(nextStart - 2) === CR;
    // One subtraction for both cases: one only CRLF files reach would have no type feedback, and the first such file would deoptimize `run`.
    return nextStart - (crlf ? 2 : 1);
  }

  private code(at: number): number {
    return at < this.lineEnd ? this.text.charCodeAt(at) : -1;
  }

  private lastNonBlankOfLine(): number {
    for (let i = this.lineEnd - 1; i >= this.lineStart; i--) {
      const code = this.text.charCodeAt(i);
      if (code !== SPACE && code !== TAB) return i;
    }
    return -1;
  }

  /** Whether the rest of the line from `at` is spaces and tabs; constant time, as nested containers ask it once each. */
  private isBlankFrom(at: number): boolean {
    return at > this.lastNonBlank;
  }

  /** Number of spaces at `at`, at most `max`; a tab there is beyond the fast path. */
  private spaces(at: number, max: number): number {
    let count = 0;
    while (count < max) {
      const code = this.code(at + count);
      if (code === TAB) decline();
      if (code !== SPACE) break;
      count++;
    }
    return count;
  }

  /** Whether a tab comes before anything but spaces in the first four characters from `at`. */
  private tabIndented(at: number): boolean {
    for (let i = at; i < at + 4; i++) {
      const code = this.code(i);
      if (code === TAB) return true;
      if (code !== SPACE) return false;
    }
    return false;
  }

  /** Length in characters of the spaces and tabs at `at`. */
  private blankRunLength(at: number): number {
    let i = at;
    while (this.code(i) === TAB || this.code(i) === SPACE) i++;
    return i - at;
  }

  /** Width in columns of the indentation `[at, end)` of a top-level line: it starts at column 0, so a tab reaches the next multiple of 4. */
  private topLevelColumns(at: number, end: number): number {
    let columns = 0;
    for (let i = at; i < end; i++) columns += this.text.charCodeAt(i) === TAB ? 4 - (columns % 4) : 1;
    return columns;
  }

  private line(): void {
    const stack = this.stack;
    let at = this.lineStart;
    let continued = 0;
    while (continued < stack.length) {
      const container = stack[continued]!;
      this.continuedWithNewItem = false;
      const contentStart = container.kind === 'quote' ? this.continueQuote(at) : this.continueList(container, at);
      if (contentStart < 0) break;
      at = contentStart;
      continued++;
      if (this.continuedWithNewItem) {
        // A new item of the list ends whatever the previous item held.
        this.closeFlow();
        this.closeContainersFrom(continued);
      }
    }
    // Inside fenced code every line is code until the fence closes, as long as the containers go on.
    if (this.fence && continued === stack.length) {
      this.codeLine(at);
      return;
    }
    // micromark only restricts what may interrupt a paragraph when every container continued.
    const interrupt = continued === stack.length && (this.paragraph !== null || this.afterIndentedCode);
    let opened = false;
    // At the top level a tab in the indentation takes it to 4 columns: no container can start.
    while (!(stack.length === 0 && this.tabIndented(at))) {
      const indent = this.isBlankFrom(at) ? 0 : this.spaces(at, 3);
      const started = this.startContainer(at + indent, indent, interrupt);
      if (!started) break;
      if (!opened) {
        this.closeFlow();
        this.closeContainersFrom(continued);
        opened = true;
        this.afterIndentedCode = false;
      }
      if (stack.length >= MAX_NESTING) throw new TooDeep();
      stack.push(started);
      at = this.startedContentStart;
    }
    const lazy = !opened && continued < stack.length;
    // A lazy line cannot continue fenced code: the code ends before it.
    this.fence = null;
    const continuesParagraph = this.flow(at, lazy);
    if (lazy && !continuesParagraph) this.closeContainersFrom(continued);
  }

  /** Drops the containers from index `depth` on; setting an array's length costs a call even when it does not change. */
  private closeContainersFrom(depth: number): void {
    if (this.stack.length > depth) this.stack.length = depth;
  }

  /** Where the quote's content starts on this line, or -1 when the line does not continue it. */
  private continueQuote(at: number): number {
    const indent = this.isBlankFrom(at) ? 0 : this.spaces(at, 3);
    if (this.code(at + indent) !== GREATER_THAN) return -1;
    return this.quotePrefix(at + indent);
  }

  /** Deletes `>` and one space after it; returns where the quote's content starts. */
  private quotePrefix(marker: number): number {
    let end = marker + 1;
    const after = this.code(end);
    if (after === TAB) decline();
    if (after === SPACE) end++;
    this.edits.push(deletion(marker, end));
    return end;
  }

  /**
   * micromark's list continuation: a blank line, the item's indentation, or a new item of the
   * same list (which sets `continuedWithNewItem`). Where the content starts, or -1 when the line does not continue the list.
   */
  private continueList(list: List, at: number): number {
    if (this.isBlankFrom(at)) {
      list.furtherBlankLines = list.furtherBlankLines || list.initialBlankLine;
      return at + Math.min(list.size, this.lineEnd - at);
    }
    const further = list.furtherBlankLines;
    list.furtherBlankLines = false;
    list.initialBlankLine = false;
    if (!further && this.code(at) === SPACE && this.spaces(at, list.size) === list.size) return at + list.size;
    if (this.code(at) === TAB) decline();
    const indent = this.spaces(at, 3);
    const contentStart = this.startListItem(at + indent, indent, list, false);
    this.continuedWithNewItem = contentStart >= 0;
    return contentStart;
  }

  /** The container starting at `at` (then `startedContentStart` is where its content starts), or null. */
  private startContainer(at: number, indent: number, interrupt: boolean): Container | null {
    const code = this.code(at);
    if (code === GREATER_THAN) {
      this.startedContentStart = this.quotePrefix(at);
      return QUOTE;
    }
    // Only a bullet or a digit starts a list item (what `startListItem` checks first): most lines allocate no list.
    if (code !== ASTERISK && code !== PLUS && code !== DASH && !isAsciiDigit(code)) return null;
    const list: List = { kind: 'list', ordered: false, marker: 0, size: 0, initialBlankLine: false, furtherBlankLines: false };
    const contentStart = this.startListItem(at, indent, list, interrupt);
    if (contentStart < 0) return null;
    this.startedContentStart = contentStart;
    return list;
  }

  /**
   * micromark's list item start, for a new list (`list.marker` 0) or a sibling in `list`:
   * a bullet or 1-9 digits and `.`/`)`, then 1-4 spaces, 5+ spaces (the item's content is
   * then indented code) or nothing (an empty item, which cannot interrupt a paragraph).
   * Returns where the item's content starts, or -1 when no item starts.
   */
  private startListItem(at: number, indent: number, list: List, interrupt: boolean): number {
    const code = this.code(at);
    const bullet = code === ASTERISK || code === PLUS || code === DASH;
    const ordered = list.marker === 0 ? !bullet : list.ordered;
    let markerEnd: number;
    let marker: number;
    if (!ordered) {
      if (!bullet || (list.marker !== 0 && code !== list.marker)) return -1;
      if (code !== PLUS && this.thematicBreakAt(at)) return -1;
      markerEnd = at + 1;
      marker = code;
    } else {
      if (!isAsciiDigit(code) || (interrupt && code !== 49)) return -1;
      let digits = 1;
      while (digits < 10 && isAsciiDigit(this.code(at + digits))) digits++;
      if (digits > 9 || (interrupt && digits > 1)) return -1;
      marker = this.code(at + digits);
      if (list.marker !== 0 ? marker !== list.marker : marker !== DOT && marker !== PAREN_CLOSE) return -1;
      markerEnd = at + digits + 1;
    }
    const prefix = markerEnd - at;
    let contentStart: number;
    if (this.isBlankFrom(markerEnd)) {
      if (interrupt) return -1;
      list.initialBlankLine = true;
      list.size = indent + prefix + 1;
      contentStart = markerEnd;
    } else {
      if (this.code(markerEnd) === TAB) decline();
      const gap = this.spaces(markerEnd, 5);
      if (gap === 0) return -1;
      const used = gap <= 4 ? gap : 1;
      list.size = indent + prefix + used;
      contentStart = markerEnd + used;
    }
    list.ordered = ordered;
    list.marker = marker;
    return contentStart;
  }

  /**
   * `***`, `- - -`, `___`: three or more of one marker, spaces allowed, nothing else. Nested
   * list items (`- - - a`) ask again further along the same line, so the first character
   * that rules a break out is remembered.
   */
  private thematicBreakAt(at: number): boolean {
    const marker = this.code(at);
    if (marker !== ASTERISK && marker !== DASH && marker !== UNDERSCORE) return false;
    const known = this.notBreakFrom;
    if (known.lineStart === this.lineStart && known.marker === marker && at <= known.at) return false;
    let count = 0;
    for (let i = at; i < this.lineEnd; i++) {
      const code = this.text.charCodeAt(i);
      if (code === marker) count++;
      else if (code === TAB) decline();
      else if (code !== SPACE) {
        known.lineStart = this.lineStart;
        known.marker = marker;
        known.at = i;
        return false;
      }
    }
    return count >= 3;
  }

  /** Updated in place: every list line starting with `-` or `*` asks. */
  private readonly notBreakFrom = { lineStart: -1, marker: 0, at: 0 };

  /** `===` or `---` with trailing spaces only. */
  private setextUnderlineAt(at: number): boolean {
    const marker = this.code(at);
    if (marker !== EQUALS && marker !== DASH) return false;
    let i = at;
    while (this.code(i) === marker) i++;
    if (!this.isBlankFrom(i)) return false;
    this.spaces(i, this.lineEnd - i);
    return true;
  }

  /**
   * A code fence: three or more backticks (with no backtick after them on the line) or
   * tildes. The whole fence line goes, info string included; the code lines stay.
   */
  private openFence(at: number): boolean {
    const marker = this.code(at);
    if (marker !== BACKTICK && marker !== TILDE) return false;
    let size = 0;
    while (this.code(at + size) === marker) size++;
    if (size < 3) return false;
    if (marker === BACKTICK && this.text.slice(at + size, this.lineEnd).includes('`')) return false;
    this.closeParagraph();
    this.edits.push(deletion(at, this.lineEnd));
    this.fence = { marker, size };
    return true;
  }

  /** A line of fenced code: only a closing fence (same marker, at least as long, indented less than 4) is markup. */
  private codeLine(at: number): void {
    const fence = this.fence!;
    let indent = 0;
    while (indent < 4 && this.code(at + indent) === SPACE) indent++;
    if (this.code(at + indent) === TAB) decline();
    if (indent >= 4) return;
    let size = 0;
    while (this.code(at + indent + size) === fence.marker) size++;
    if (size < fence.size || !this.isBlankFrom(at + indent + size)) return;
    this.edits.push(deletion(at, this.lineEnd));
    this.fence = null;
  }

  /**
   * The flow part of a line (after its container prefixes). Returns whether the line
   * continued an open paragraph, which keeps lazily continued containers open.
   */
  private flow(at: number, lazy: boolean): boolean {
    if (this.isBlankFrom(at)) {
      this.closeParagraph();
      return false;
    }
    const topLevel = this.stack.length === 0;
    // Inside containers a tab in the indentation is beyond the fast path (`spaces` declines).
    const length = topLevel ? this.blankRunLength(at) : this.spaces(at, this.lineEnd - at);
    const indent = topLevel ? this.topLevelColumns(at, at + length) : length;
    const start = at + length;
    const code = this.code(start);
    if (this.paragraph && indent >= 4) {
      this.paragraph.push({ start, end: this.lineEnd });
      return true;
    }
    // Top-level indented code: remark's edits leave code as written.
    this.afterIndentedCode = topLevel && indent >= 4;
    if (this.afterIndentedCode) return false;
    if (indent >= 4 || (code === LESS_THAN && mightStartHtmlBlock(this.text, start, this.lineEnd))) decline();
    if (code === HASH && this.atxHeading(start)) return false;
    if (this.openFence(start)) return false;
    if (this.paragraph && !lazy && this.setextUnderlineAt(start)) {
      this.edits.push(deletion(start, this.lineEnd));
      this.closeParagraph();
      return false;
    }
    if (this.thematicBreakAt(start)) {
      this.closeParagraph();
      this.edits.push(deletion(start, this.lineEnd));
      return false;
    }
    const segment = { start, end: this.lineEnd };
    if (this.paragraph) {
      this.paragraph.push(segment);
      return true;
    }
    this.paragraph = [segment];
    return false;
  }

  /** `# Title ##`: the opening sequence, the closing sequence and the spaces around the text are deleted. */
  private atxHeading(at: number): boolean {
    let level = 0;
    while (this.code(at + level) === HASH) level++;
    const after = this.code(at + level);
    if (level > 6 || (after !== SPACE && after !== TAB && after !== -1)) return false;
    for (let i = at; i < this.lineEnd; i++) if (this.text.charCodeAt(i) === TAB) decline();
    this.closeParagraph();
    const start = at + level + this.spaces(at + level, this.lineEnd);
    let end = this.lineEnd;
    while (end > start && this.text.charCodeAt(end - 1) === SPACE) end--;
    if (end > start && this.text.charCodeAt(end - 1) === HASH) {
      let run = end - 1;
      while (run > start && this.text.charCodeAt(run - 1) === HASH) run--;
      if (run === start) end = start;
      else if (this.text.charCodeAt(run - 1) === SPACE) {
        end = run;
        while (this.text.charCodeAt(end - 1) === SPACE) end--;
      }
    }
    if (end <= start) {
      this.edits.push(deletion(at, this.lineEnd));
      return true;
    }
    this.edits.push(deletion(at, start), deletion(end, this.lineEnd));
    this.inline([{ start, end }]);
    return true;
  }

  /** A new container or a new list item ends the paragraph or code block in progress. */
  private closeFlow(): void {
    this.closeParagraph();
    this.fence = null;
  }

  private closeParagraph(): void {
    if (!this.paragraph) return;
    const segments = this.paragraph;
    this.paragraph = null;
    this.inline(segments);
  }

  private inline(segments: Segment[]): void {
    if (!this.inlineScope.resolve(segments)) decline();
  }
}

/**
 * Found anywhere, these send the text to remark: NUL, a second byte order mark, an escaped
 * backtick (which would split a code span fence), a possible link definition.
 */
function neverFast(text: string, scan: SourceScan | undefined): boolean {
  if (text.charCodeAt(0) === 0xfeff) return true;
  // The scan's flags are what the `includes` calls would answer.
  if (scan) return scan.hasNul || scan.hasEscapedBacktick || (scan.hasBracketColon && mayHoldDefinitions(text));
  return text.includes('\0') || text.includes('\\`') || mayHoldDefinitions(text);
}

/** The fast path's answer: remark's edits, `declined` (text left to remark), or `too deep` (no document: read as plain text). */
export type FastOutcome = Edit[] | 'declined' | 'too deep';

/**
 * The Markdown stage without a Markdown parser: returns exactly the edits the remark path
 * would, `declined` when the text holds constructs it leaves to remark, or `too deep` when
 * containers nest more than `MAX_NESTING` deep. Linear in the text. `scan`, when given, is
 * `text`'s own (see `SourceScan`).
 */
export function fastMarkupOutcome(text: string, scan?: SourceScan): FastOutcome {
  if (neverFast(text, scan)) return 'declined';
  const markup = new FastMarkup(text, scan);
  try {
    markup.run();
  } catch (error) {
    if (error instanceof Declined) return 'declined';
    if (error instanceof TooDeep) return 'too deep';
    throw error;
  }
  return normalizeEdits(markup.edits);
}

/** The fast path's edits, or null when it does not give remark's edits itself. */
export function fastMarkupEdits(text: string): Edit[] | null {
  const outcome = fastMarkupOutcome(text);
  return typeof outcome === 'string' ? null : outcome;
}
