import type { PdfLine } from './pdf-lines.js';

/** Running headers and footers sit within this many lines of the top or bottom of a page. */
const MARGIN_LINES = 2;
/** Heights are compared in steps of this many points. */
const FURNITURE_HEIGHT_STEP = 3;
/** A document's own header line (Quốc hiệu, tiêu ngữ) is never page furniture. */
const MOTTO = /CỘNG H(?:ÒA|OÀ) XÃ HỘI|ĐẢNG CỘNG SẢN|Độc lập/iu;
const PAGE_NUMBER = /^(?:trang|page)?\s*(?:[-–—]\s*)?\d{1,4}\s*(?:[-–—]\s*)?(?:(?:\/|of|trên)\s*\d{1,4})?$/iu;

function textOf(line: PdfLine): string {
  return line.segments.map((segment) => segment.text).join(' ');
}

/**
 * Lines of the same furniture sit at the same height and differ only in their numbers
 * (`Trang 2/5`, `Trang 3/5`); a signer's name repeated at the foot of several one-page
 * documents sits at a different height on each.
 */
function shapeOf(line: PdfLine): string {
  const text = textOf(line).replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
  return `${Math.round(line.y / FURNITURE_HEIGHT_STEP)}:${text}`;
}

function marginLines(lines: readonly PdfLine[]): PdfLine[] {
  if (lines.length <= MARGIN_LINES * 2) return [...lines];
  return [...lines.slice(0, MARGIN_LINES), ...lines.slice(-MARGIN_LINES)];
}

/**
 * Drops page furniture: lone page numbers at the top or bottom of a page, and lines repeated
 * at the top or bottom of at least half the pages (both pages of two, three pages at least
 * of more). The top of page 1 never counts as a repeat and lines carrying the motto are never
 * furniture, so the headers of several documents in one PDF are kept.
 */
export function withoutFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const pagesWithShape = new Map<string, Set<number>>();
  pages.forEach((lines, page) => {
    for (const line of marginLines(lines)) {
      if (page === 0 && lines.indexOf(line) < MARGIN_LINES && lines.length > MARGIN_LINES * 2) continue;
      const shape = shapeOf(line);
      const seen = pagesWithShape.get(shape) ?? new Set<number>();
      seen.add(page);
      pagesWithShape.set(shape, seen);
    }
  });
  const needed = pages.length <= 2 ? 2 : Math.max(3, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const margins = new Set(marginLines(lines));
    return lines.filter((line) => {
      if (!margins.has(line)) return true;
      if (PAGE_NUMBER.test(textOf(line))) return false;
      return MOTTO.test(textOf(line)) || (pagesWithShape.get(shapeOf(line))?.size ?? 0) < needed;
    });
  });
}
