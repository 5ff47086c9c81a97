import type { Edit } from './edit.js';
import { autolinkEnd, mightStartHtml, plainTagEnd } from './markup-angle.js';
import { deletion } from './markup-edits.js';
import { htmlReplacement } from './markup-html.js';
import { type DelimiterRun, delimiterRun, resolveEmphasis } from './markup-emphasis.js';
import { characterReferenceEnd, decodeCharacterReference } from './markup-reference.js';
import { type MatchStarts, NextMatch } from './next-match.js';

const ASTERISK = 42;
const UNDERSCORE = 95;
const BACKTICK = 96;
const AMPERSAND = 38;
const LESS_THAN = 60;
const BRACKET_OPEN = 91;
const PAREN_OPEN = 40;
const PAREN_CLOSE = 41;
const EXCLAMATION = 33;
const BACKSLASH = 92;

/** Characters that may begin inline markup. */
export const MARKUP_START_CHARS = '*_`&<\\[]';
/** `MARKUP_START_CHARS` as a class: a regular expression finds them several times faster than a loop. */
const MARKUP_START = new RegExp(`[${MARKUP_START_CHARS.replace(/[\\[\]]/g, '\\$&')}]`, 'g');

/** A source range of inline content: one line of a paragraph, or a heading's text. */
export interface Segment {
  start: number;
  end: number;
}

/**
 * The backtick runs of a scope, each paired with the next run of the same length: a run
 * opens a code span exactly when such a run follows (micromark scans ahead for it).
 */
class BacktickRuns {
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly nextSameLength: number[] = [];
  private cursor = 0;

  constructor(text: string, segments: readonly Segment[]) {
    for (const segment of segments) {
      for (let i = segment.start; i < segment.end; i++) {
        if (text.charCodeAt(i) !== BACKTICK) continue;
        let j = i + 1;
        while (j < segment.end && text.charCodeAt(j) === BACKTICK) j++;
        this.starts.push(i);
        this.lengths.push(j - i);
        i = j;
      }
    }
    const lastOfLength = new Map<number, number>();
    for (let k = this.starts.length - 1; k >= 0; k--) {
      const length = this.lengths[k]!;
      this.nextSameLength[k] = lastOfLength.get(length) ?? -1;
      lastOfLength.set(length, k);
    }
  }

  private indexAt(at: number): number {
    while (this.starts[this.cursor]! < at) this.cursor++;
    return this.cursor;
  }

  runEnd(at: number): number {
    return at + this.lengths[this.indexAt(at)]!;
  }

  /** The code span the run at `at` opens, or null; scanning moves past it either way. */
  spanAt(at: number): { openEnd: number; closeStart: number; end: number } | null {
    const open = this.indexAt(at);
    const length = this.lengths[open]!;
    const close = this.nextSameLength[open]!;
    if (close < 0) return null;
    this.cursor = close + 1;
    const closeStart = this.starts[close]!;
    return { openEnd: at + length, closeStart, end: closeStart + length };
  }
}

interface LabelStart {
  at: number;
  image: boolean;
  /** Closed by a `]` that formed nothing: plain brackets from then on. */
  balanced: boolean;
  /** Before a link that formed: links cannot contain links. */
  inactive: boolean;
}

/**
 * Finds the markup of inline scopes (a paragraph or a heading's text) the way micromark
 * does — escapes, hard breaks, code spans, character references, autolinks, plain tags,
 * links, emphasis — or declines (returns false) for what the fast path leaves to remark:
 * other raw HTML, images, link destinations with spaces, titles or parentheses. One object
 * resolves the scopes of a text one after another.
 */
export class InlineScope {
  private readonly runs: DelimiterRun[] = [];
  private readonly labels: LabelStart[] = [];
  private inactiveBelow = 0;
  /** Built at the first backtick: most scopes have none. */
  private backticks: BacktickRuns | null = null;
  private segmentCursor = 0;
  private segments: readonly Segment[] = [];
  /** The text's markup characters, searched once per character across all its scopes instead of once per line. */
  private readonly markupStarts: MatchStarts;

  /** `markupStarts`, when given, finds the `MARKUP_START_CHARS` of `text` (see `SourceScan`). */
  constructor(
    private readonly text: string,
    private readonly edits: Edit[],
    markupStarts?: MatchStarts,
  ) {
    this.markupStarts = markupStarts ?? new NextMatch(text, MARKUP_START, 1);
  }

  /** Appends the edits of the scope made of `segments` (read during the call only); false to decline. */
  resolve(segments: readonly Segment[]): boolean {
    this.segments = segments;
    // Setting an array's length is a runtime call even when it does not change: most scopes leave both empty.
    if (this.runs.length > 0) this.runs.length = 0;
    if (this.labels.length > 0) this.labels.length = 0;
    this.inactiveBelow = 0;
    this.backticks = null;
    this.segmentCursor = 0;
    const text = this.text;
    let s = 0;
    let i = segments[0]?.start ?? 0;
    let escapedUntil = -1;
    while (s < segments.length) {
      const segment = segments[s]!;
      if (i >= segment.end) {
        s++;
        if (s < segments.length) i = segments[s]!.start;
        continue;
      }
      // Past the plain text, to the first character that may begin markup.
      i = this.markupStarts.firstIn(i, segment.end);
      if (i >= segment.end) continue;
      const code = text.charCodeAt(i);
      if (code === ASTERISK || code === UNDERSCORE) {
        let j = i + 1;
        while (j < segment.end && text.charCodeAt(j) === code) j++;
        const before = i > segment.start ? text.charCodeAt(i - 1) : -1;
        const after = j < segment.end ? text.charCodeAt(j) : -1;
        this.runs.push(delimiterRun(code, i, j, before, after));
        i = j;
      } else if (code === BACKTICK) {
        const span = this.codeSpan(i);
        s = span.segment;
        i = span.end;
      } else if (code === AMPERSAND) {
        const end = characterReferenceEnd(text, i, segment.end);
        if (end > i) this.edits.push({ start: i, end, text: decodeCharacterReference(text.slice(i, end)) });
        i = end > i ? end : i + 1;
      } else if (code === LESS_THAN) {
        const end = this.angle(i, segment.end);
        if (end < 0) return false;
        i = end;
      } else if (code === BACKSLASH) {
        i = this.backslash(i, segment.end, s === segments.length - 1);
        escapedUntil = i;
      } else if (code === BRACKET_OPEN) {
        const image = i > segment.start && escapedUntil !== i && text.charCodeAt(i - 1) === EXCLAMATION;
        this.labels.push({ at: i, image, balanced: false, inactive: false });
        i++;
      } else {
        i = this.labelEnd(i, segment.end);
        if (i < 0) return false;
      }
    }
    resolveEmphasis(this.runs, this.edits);
    return true;
  }

  /**
   * `<`: an autolink loses its angle brackets, a plain tag (`<br>`) is replaced, other raw
   * HTML declines (-1); otherwise the `<` is text. Returns where scanning resumes.
   */
  private angle(at: number, limit: number): number {
    const autolink = autolinkEnd(this.text, at, limit);
    if (autolink > 0) {
      this.edits.push(deletion(at, at + 1), deletion(autolink - 1, autolink));
      return autolink;
    }
    const tag = plainTagEnd(this.text, at, limit);
    if (tag > 0) {
      this.edits.push({ start: at, end: tag, text: htmlReplacement(this.text, at, tag) });
      return tag;
    }
    return mightStartHtml(this.text, at, limit) ? -1 : at + 1;
  }

  /**
   * `\`: before ASCII punctuation it escapes it, before a line ending inside the scope it is a
   * hard break; either way the backslash goes. Returns where scanning resumes.
   */
  private backslash(at: number, limit: number, lastSegment: boolean): number {
    if (at + 1 >= limit) {
      if (!lastSegment) this.edits.push(deletion(at, at + 1));
      return at + 1;
    }
    const next = this.text.charCodeAt(at + 1);
    const punctuation = (next >= 33 && next <= 47) || (next >= 58 && next <= 64) || (next >= 91 && next <= 96) || (next >= 123 && next <= 126);
    if (!punctuation) return at + 1;
    this.edits.push(deletion(at, at + 1));
    return at + 2;
  }

  /**
   * The backtick run at `at` opens a code span when a run of the same length follows in the
   * scope (its fences are deleted); otherwise it is literal. Returns where scanning resumes.
   */
  private codeSpan(at: number): { segment: number; end: number } {
    this.backticks ??= new BacktickRuns(this.text, this.segments);
    const span = this.backticks.spanAt(at);
    if (span) this.edits.push(deletion(at, span.openEnd), deletion(span.closeStart, span.end));
    const end = span ? span.end : this.backticks.runEnd(at);
    while (this.segments[this.segmentCursor]!.end < end) this.segmentCursor++;
    return { segment: this.segmentCursor, end };
  }

  /**
   * A `]` at `at`: forms a link when it closes an active `[` and a plain resource follows
   * (`[text](destination)`). Returns where scanning resumes, or -1 to decline.
   */
  private labelEnd(at: number, limit: number): number {
    const labels = this.labels;
    while (labels.length > 0 && labels[labels.length - 1]!.balanced) labels.pop();
    this.inactiveBelow = Math.min(this.inactiveBelow, labels.length);
    const opener = labels[labels.length - 1];
    if (!opener) return at + 1;
    if (opener.inactive || this.text.charCodeAt(at + 1) !== PAREN_OPEN) {
      opener.balanced = true;
      return at + 1;
    }
    const end = this.resourceEnd(at + 2, limit);
    if (end < 0 || opener.image) return -1;
    this.link(opener.at, at, end);
    labels.pop();
    // Links cannot contain links: every `[` still open is now plain text. Those below
    // `inactiveBelow` were marked by an earlier link.
    for (let k = this.inactiveBelow; k < labels.length; k++) if (!labels[k]!.image) labels[k]!.inactive = true;
    this.inactiveBelow = labels.length;
    return end;
  }

  /** End of a destination without spaces, parentheses, `<` or backslashes, closed by `)`; -1 otherwise. */
  private resourceEnd(from: number, limit: number): number {
    const text = this.text;
    for (let i = from; i < limit; i++) {
      const code = text.charCodeAt(i);
      if (code === PAREN_CLOSE) return i + 1;
      if (code <= 32 || code === 127 || code === PAREN_OPEN || code === LESS_THAN || code === BACKSLASH) return -1;
    }
    return -1;
  }

  /** Emphasis inside link text pairs only inside it; the brackets and destination are deleted. */
  private link(open: number, close: number, end: number): void {
    let first = this.runs.length;
    while (first > 0 && this.runs[first - 1]!.start > open) first--;
    resolveEmphasis(this.runs.splice(first), this.edits);
    if (close === open + 1) {
      this.edits.push(deletion(open, end));
      return;
    }
    this.edits.push(deletion(open, open + 1), deletion(close, end));
  }
}
