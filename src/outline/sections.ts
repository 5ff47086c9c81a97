import type { Paragraph } from '../document/paragraphs.js';
import { type Marker, type MarkerKind, markerRank, readMarker, sequenceKey } from './numbering.js';
import { bulletText, canBeTitle, continuesSentence, endsBody, isShouting, isTerminated, startsAfterBody } from './paragraph-shape.js';

/** A section as read from the text layer: offsets, not yet positions. */
export interface SectionNode {
  marker: Marker;
  path: string;
  level: number;
  title: string;
  items: string[];
  paragraphs: string[];
  children: SectionNode[];
  /** For a top-level section: the sentence ending in ":" that introduced the numbered list, if any. */
  leadIn: string | null;
  /** Text-layer offsets from the number to the end of the section's last paragraph. */
  start: number;
  end: number;
}

interface OpenSection {
  node: SectionNode;
  rank: number;
  /** Last number of each kind among its children, for sequence checks. */
  childNumbers: Map<string, Marker>;
}

interface Placement {
  /** Index in the open stack of the parent; -1 for the top level. */
  parentIndex: number;
  previousSibling: Marker | undefined;
}

type Content = { node: SectionNode; field: 'title' } | { node: SectionNode; field: 'items' | 'paragraphs'; index: number };

/**
 * The paragraph read last, and whether it was a heading: `null` for a plain paragraph, a
 * heading only if written in capitals, which is asked only when a number follows an open sentence.
 */
interface PreviousParagraph {
  text: string;
  heading: boolean | null;
}

/** Whether the paragraph before was a heading; a plain one is asked `isShouting` once, when first needed. */
function headingBefore(previous: PreviousParagraph): boolean {
  previous.heading ??= isShouting(previous.text);
  return previous.heading;
}

/** Articles, chapters and parts are numbered through the whole document, not per parent. */
const NUMBERED_THROUGHOUT: ReadonlySet<MarkerKind> = new Set(['article', 'chapter', 'part']);

const STARTS_LOWER = /^\p{Ll}/u;

function headingTitle(rest: string): string {
  // The regex would be tried at every position of every title; few titles end in a colon.
  return rest.endsWith(':') ? rest.replace(/(?<!\s)\s*:$/, '') : rest;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The ordinals a number adds to its parent's path: "1" for 1.1. under 1., "1.1" under II. */
function pathSegment(marker: Marker, parent: Marker | null): string {
  if (marker.kind !== 'decimal') return marker.segment;
  const prefix = parent && (parent.kind === 'arabic' || parent.kind === 'decimal') ? parent.components : [];
  const own = sameNumbers(marker.components.slice(0, prefix.length), prefix) ? marker.components.slice(prefix.length) : marker.components;
  return own.join('.');
}

/**
 * Reads body paragraphs in order into a section tree. A number opens a section under the
 * nearest open section of a lower rank; bullets become items; other paragraphs belong to the
 * open section. `./.`, "Nơi nhận" and closing formulas end the tree, so text after the body
 * (distribution list, signature, the next document's header) never joins a section.
 */
class OutlineReader {
  readonly roots: SectionNode[] = [];
  private readonly stack: OpenSection[] = [];
  private readonly topNumbers = new Map<string, Marker>();
  private readonly lastThroughout = new Map<MarkerKind, number>();
  private last: Content | null = null;
  /** The last paragraph added to `last`: its end is the end of `last`, and testing it keeps reading linear. */
  private lastPiece = '';
  private awaitingTitle = false;
  private previous: PreviousParagraph | null = null;
  /** The last paragraph read outside any section. */
  private outside: string | null = null;
  /** The top-level list being read, from its first number to the end of the body. */
  private list: { leadIn: string | null } | null = null;

  read(paragraph: Paragraph): void {
    const text = paragraph.text;
    if (startsAfterBody(text)) {
      this.close();
      return;
    }
    const marker = readMarker(text);
    if (marker) {
      const placement = this.place(marker);
      if (this.isHeading(marker, placement)) this.open(marker, placement, paragraph);
      else this.addText(text, paragraph, true);
    } else {
      const bullet = bulletText(text);
      if (bullet !== null) this.addItem(bullet, paragraph);
      else if (endsBody(text) && this.hasContent()) {
        this.close();
        return;
      } else this.addText(text, paragraph, false);
    }
    if (endsBody(text)) this.close();
  }

  finish(): SectionNode[] {
    this.close();
    return this.roots;
  }

  private top(): OpenSection | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** Whether the open section already holds its text: a later `./.` paragraph closes the body instead. */
  private hasContent(): boolean {
    const node = this.top()?.node;
    if (!node) return false;
    const titleIsSentence = isTerminated(node.title) && !node.title.endsWith(':');
    return titleIsSentence || node.items.length > 0 || node.paragraphs.length > 0 || node.children.length > 0;
  }

  private place(marker: Marker): Placement {
    const rank = markerRank(marker);
    let parentIndex = this.stack.length - 1;
    while (parentIndex >= 0 && this.stack[parentIndex]!.rank >= rank) parentIndex--;
    const numbers = parentIndex >= 0 ? this.stack[parentIndex]!.childNumbers : this.topNumbers;
    return { parentIndex, previousSibling: numbers.get(sequenceKey(marker)) };
  }

  /** Whether the number continues the sequence it would join (1. after nothing, 3. after 2., 2.1. under 2.). */
  private fitsSequence(marker: Marker, placement: Placement): boolean {
    if (NUMBERED_THROUGHOUT.has(marker.kind)) return marker.ordinal === (this.lastThroughout.get(marker.kind) ?? 0) + 1;
    const previous = placement.previousSibling;
    if (marker.kind !== 'decimal') return marker.ordinal === (previous ? previous.ordinal + 1 : 1);
    const prefix = marker.components.slice(0, -1);
    if (previous) return marker.ordinal === previous.ordinal + 1 && sameNumbers(previous.components.slice(0, -1), prefix);
    const parent = placement.parentIndex >= 0 ? this.stack[placement.parentIndex]!.node.marker : null;
    const parentNumbers = parent && (parent.kind === 'arabic' || parent.kind === 'decimal') ? parent.components : null;
    return marker.ordinal === 1 && (parentNumbers === null || sameNumbers(parentNumbers, prefix));
  }

  /**
   * A number inside running text is no heading: it follows a sentence left open, or its text
   * starts in lower case, and it does not continue the numbering around it.
   */
  private isHeading(marker: Marker, placement: Placement): boolean {
    const previous = this.previous;
    const afterOpenSentence = previous !== null && !isTerminated(previous.text) && !headingBefore(previous);
    const lowerStart = STARTS_LOWER.test(marker.rest) && marker.kind !== 'letter' && marker.kind !== 'parenthesized';
    if (afterOpenSentence && lowerStart) return false;
    if (this.fitsSequence(marker, placement)) return true;
    return !afterOpenSentence && !lowerStart;
  }

  private open(marker: Marker, placement: Placement, paragraph: Paragraph): void {
    while (this.stack.length > placement.parentIndex + 1) this.pop();
    const parent = this.top();
    if (!parent) this.list ??= { leadIn: this.outside?.endsWith(':') ? this.outside : null };
    const segment = pathSegment(marker, parent ? parent.node.marker : null);
    const node: SectionNode = {
      marker,
      path: parent ? `${parent.node.path}.${segment}` : segment,
      level: this.stack.length + 1,
      title: headingTitle(marker.rest),
      items: [],
      paragraphs: [],
      children: [],
      leadIn: parent ? null : (this.list?.leadIn ?? null),
      start: paragraph.start,
      end: paragraph.end,
    };
    (parent ? parent.node.children : this.roots).push(node);
    (parent ? parent.childNumbers : this.topNumbers).set(sequenceKey(marker), marker);
    if (NUMBERED_THROUGHOUT.has(marker.kind)) this.lastThroughout.set(marker.kind, marker.ordinal);
    this.stack.push({ node, rank: markerRank(marker), childNumbers: new Map() });
    this.last = node.title ? { node, field: 'title' } : null;
    this.lastPiece = node.title;
    this.awaitingTitle = node.title === '';
    this.previous = { text: paragraph.text, heading: true };
  }

  private addItem(text: string, paragraph: Paragraph): void {
    this.previous = { text: paragraph.text, heading: false };
    this.awaitingTitle = false;
    const open = this.top();
    if (!open) {
      this.outside = null;
      return;
    }
    open.node.items.push(text);
    open.node.end = paragraph.end;
    this.last = { node: open.node, field: 'items', index: open.node.items.length - 1 };
    this.lastPiece = text;
  }

  /** A plain paragraph: a title written below its number, the rest of a broken sentence, or body text. */
  private addText(text: string, paragraph: Paragraph, runningText: boolean): void {
    const wasHeading = this.awaitingTitle && canBeTitle(text);
    this.previous = { text: paragraph.text, heading: wasHeading ? true : null };
    const open = this.top();
    if (!open) {
      this.outside = text;
      return;
    }
    open.node.end = paragraph.end;
    if (wasHeading) {
      open.node.title = headingTitle(text);
      this.awaitingTitle = false;
      this.last = { node: open.node, field: 'title' };
      this.lastPiece = open.node.title;
      return;
    }
    this.awaitingTitle = false;
    const last = this.last;
    if (last && (runningText || this.continues(last, text))) {
      this.setContentText(last, `${this.contentText(last)} ${text}`);
      this.lastPiece = text;
      return;
    }
    open.node.paragraphs.push(text);
    this.last = { node: open.node, field: 'paragraphs', index: open.node.paragraphs.length - 1 };
    this.lastPiece = text;
  }

  /** A bullet left open takes the next plain paragraph (a blank line or page break cut it); other text only a sentence's end. */
  private continues(last: Content, text: string): boolean {
    if (last.field === 'items') return !isTerminated(this.lastPiece) && !isShouting(text);
    return continuesSentence(this.lastPiece, text);
  }

  private contentText(content: Content): string {
    return content.field === 'title' ? content.node.title : content.node[content.field][content.index]!;
  }

  private setContentText(content: Content, text: string): void {
    if (content.field === 'title') content.node.title = text;
    else content.node[content.field][content.index] = text;
  }

  private pop(): void {
    const closed = this.stack.pop();
    const parent = this.top();
    if (closed && parent) parent.node.end = Math.max(parent.node.end, closed.node.end);
  }

  private close(): void {
    while (this.stack.length > 0) this.pop();
    this.topNumbers.clear();
    this.lastThroughout.clear();
    this.last = null;
    this.awaitingTitle = false;
    this.previous = null;
    this.outside = null;
    this.list = null;
  }
}

/** The section tree of a document body, given its paragraphs in order. */
export function readSections(paragraphs: Iterable<Paragraph>): SectionNode[] {
  const reader = new OutlineReader();
  for (const paragraph of paragraphs) reader.read(paragraph);
  return reader.finish();
}
