import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PageViewport, type PDFDocumentProxy, type PDFPageProxy, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ExtractedText } from './extracted-text.js';
import { InputError } from './input-error.js';
import { readingOrder } from './pdf-columns.js';
import { withoutFurniture } from './pdf-furniture.js';
import { lineJoint, paragraphsOf } from './pdf-paragraphs.js';
import { linesOf, type PdfLine, type PositionedItem } from './pdf-lines.js';
import type { Source } from './source.js';

/** pdfjs-dist's own font data and character maps, for PDFs that do not embed theirs. */
const PDFJS_ROOT = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), '/');

async function openPdf(bytes: Uint8Array, path: string): Promise<PDFDocumentProxy> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts/'),
    cMapUrl: join(PDFJS_ROOT, 'cmaps/'),
    cMapPacked: true,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError(path, 'encrypted PDF (needs a password): save an unprotected copy');
    if (name === 'InvalidPDFException') throw new InputError(path, 'not a valid PDF (damaged or truncated?)');
    throw new InputError(path, `cannot read PDF (${error instanceof Error ? error.message : String(error)})`);
  }
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

/** The page's text items in top-down coordinates of the page as shown (rotation applied). */
async function itemsOf(page: PDFPageProxy, viewport: PageViewport): Promise<PositionedItem[]> {
  const content = await page.getTextContent();
  const items: PositionedItem[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str.length === 0) continue;
    const [a, b, c, d, x, y] = Util.transform(viewport.transform, item.transform) as number[];
    const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || item.height;
    items.push({ text: item.str, x: x!, y: y!, width: item.width, size });
  }
  return items;
}

async function pagesOf(pdf: PDFDocumentProxy, path: string): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      pages.push(linesOf(await itemsOf(page, viewport), viewport.width));
      page.cleanup();
    }
  } catch (error) {
    throw new InputError(path, `damaged PDF (${error instanceof Error ? error.message : String(error)})`);
  }
  return pages;
}

/**
 * Reads a PDF's text layer: lines in reading order, page by page, running headers, footers
 * and page numbers dropped, wrapped lines joined into paragraphs where the layout shows it,
 * NFC; the page and line on the page of every part in `places` (`p2:14`).
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<Source> {
  const pdf = await openPdf(bytes, path);
  let pages: PdfLine[][];
  try {
    pages = await pagesOf(pdf, path);
  } finally {
    await pdf.destroy();
  }
  if (pages.every((lines) => lines.length === 0)) {
    throw new InputError(path, 'no text layer (scanned image?): needs OCR');
  }
  const out = new ExtractedText();
  withoutFurniture(pages).forEach((lines, page) => {
    for (const paragraph of paragraphsOf(readingOrder(lines))) {
      paragraph.forEach((part, i) => {
        const label = `p${page + 1}:${part.line}`;
        if (i === 0) out.line(part.text, label);
        else out.append(lineJoint(paragraph[i - 1]!.text) + part.text, label);
      });
    }
  });
  return { path, text: out.text, encoding: 'utf-8', bom: false, format: 'pdf', places: out.places };
}
