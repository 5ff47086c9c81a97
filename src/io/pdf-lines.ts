/** A text item of a PDF page in top-down page coordinates (`y` is the baseline). */
export interface PositionedItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A run of text on one line with no wide empty gap inside. */
export interface Segment {
  x0: number;
  x1: number;
  text: string;
}

/** One visual line of a page, its segments left to right. */
export interface PdfLine {
  /** The line's place on its page, counted from the top (1-based). */
  number: number;
  y: number;
  size: number;
  segments: Segment[];
}

interface Glyph {
  char: string;
  x: number;
  width: number;
  item: number;
  space: boolean;
  /** A digit set small and above the baseline: a footnote mark. */
  mark: boolean;
}

/** Baselines closer than this (in font sizes) are one line: superscripts stay with their line. */
const SAME_LINE = 0.5;
/**
 * A gap wider than this (in font sizes) separates columns (a table or a tab stop) when the text
 * after it starts in the right part of the page; nearer the left margin it is a blank left in
 * a draft (`Số:        /UBND-KGVX`, `ngày      tháng 5`).
 */
const COLUMN_GAP = 2;
const RIGHT_PART = 0.4;
/** A gap wider than this (in font sizes) between glyphs is a space. */
const WORD_GAP = 0.2;
const SPACE = /^\s$/u;
const DIGIT = /^\d$/;
/** A footnote mark is set at most this large (in font sizes) and this far above the baseline. */
const MARK_SIZE = 0.8;
const MARK_RISE = 0.15;

/** Fake bold draws the same text twice at nearly the same place: keep one. */
function withoutOverprint(items: readonly PositionedItem[]): PositionedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.text}\u0000${Math.round(item.x)}\u0000${Math.round(item.y)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The glyphs of a line's items, left to right. An item's width is shared out evenly among its
 * characters; a space is dropped where another item draws a glyph (font fallback draws
 * missing letters as a second run over the spaces left for them).
 */
function glyphsOf(items: readonly PositionedItem[], size: number, baseline: number): Glyph[] {
  const glyphs: Glyph[] = [];
  items.forEach((item, index) => {
    const chars = Array.from(item.text);
    const width = item.width / Math.max(chars.length, 1);
    const raised = item.size < MARK_SIZE * size && item.y < baseline - MARK_RISE * size;
    chars.forEach((char, i) =>
      glyphs.push({ char, x: item.x + i * width, width, item: index, space: SPACE.test(char), mark: raised && DIGIT.test(char) }),
    );
  });
  glyphs.sort((a, b) => a.x - b.x);
  return glyphs.filter((glyph, i) => !glyph.space || !drawnOver(glyphs, i));
}

/** How far (in glyphs) to look on either side for a glyph drawn over a space. */
const OVERDRAW_REACH = 8;

/** Whether another item draws a glyph whose middle falls inside the space at `index`. */
function drawnOver(glyphs: readonly Glyph[], index: number): boolean {
  const space = glyphs[index]!;
  const from = Math.max(0, index - OVERDRAW_REACH);
  const to = Math.min(glyphs.length, index + OVERDRAW_REACH + 1);
  for (let k = from; k < to; k++) {
    const other = glyphs[k]!;
    const middle = other.x + other.width / 2;
    if (!other.space && other.item !== space.item && middle >= space.x && middle <= space.x + space.width) return true;
  }
  return false;
}

/**
 * Splits a line into segments at column gaps; footnote marks are written `[^1]` as in the
 * text read from a .docx, so that `407/QĐ-TTg¹` does not become `407/QĐ-TTg1`.
 */
function segmentsOf(items: readonly PositionedItem[], size: number, baseline: number, pageWidth: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let reach = -Infinity;
  let pendingSpace = false;
  let inMark = false;
  const closeMark = () => {
    if (current && inMark) current.text += ']';
    inMark = false;
  };
  for (const glyph of glyphsOf(items, size, baseline)) {
    if (glyph.space) {
      pendingSpace = current !== null;
      continue;
    }
    const gap = glyph.x - reach;
    if (!current || (gap > COLUMN_GAP * size && glyph.x >= RIGHT_PART * pageWidth)) {
      closeMark();
      current = { x0: glyph.x, x1: glyph.x, text: '' };
      segments.push(current);
    } else if (pendingSpace || gap > WORD_GAP * size) {
      closeMark();
      current.text += ' ';
    }
    if (glyph.mark !== inMark) {
      current.text += glyph.mark ? '[^' : ']';
      inMark = glyph.mark;
    }
    current.text += glyph.char;
    current.x1 = Math.max(current.x1, glyph.x + glyph.width);
    reach = Math.max(reach, glyph.x + glyph.width);
    pendingSpace = false;
  }
  closeMark();
  return segments.map((segment) => ({ ...segment, text: segment.text.trim().normalize('NFC') })).filter((segment) => segment.text);
}

/** The size and baseline of a line's main text: its largest item's. */
function mainTextOf(group: readonly PositionedItem[]): { size: number; baseline: number } {
  let largest = group[0]!;
  for (const item of group) if (item.size > largest.size) largest = item;
  return { size: Math.max(largest.size, 1), baseline: largest.y };
}

/** Groups a page's text items into visual lines, top to bottom. */
export function linesOf(items: readonly PositionedItem[], pageWidth: number): PdfLine[] {
  const sorted = withoutOverprint(items.filter((item) => item.text.length > 0)).sort((a, b) => a.y - b.y);
  const groups: PositionedItem[][] = [];
  let anchor = -Infinity;
  let anchorSize = 0;
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    if (group && item.y - anchor <= SAME_LINE * Math.max(anchorSize, item.size)) {
      group.push(item);
      continue;
    }
    groups.push([item]);
    anchor = item.y;
    anchorSize = item.size;
  }
  const lines: PdfLine[] = [];
  for (const group of groups) {
    const { size, baseline } = mainTextOf(group);
    const segments = segmentsOf(group, size, baseline, pageWidth);
    if (segments.length > 0) lines.push({ number: lines.length + 1, y: baseline, size, segments });
  }
  return lines;
}
