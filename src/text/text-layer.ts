import type { Source } from '../io/source.js';
import { cleanText } from './clean.js';
import { layoutParagraphs } from './layout.js';
import { LineIndex, type Point, type Range } from './line-index.js';
import { type MarkupMode, type MarkupPath, markupEdits } from './markup.js';
import type { OffsetMap, Side } from './offset-map.js';

/**
 * The text extractors match: NFC, markup dropped, one logical paragraph per line. It is the
 * only place that turns its offsets into positions of the original file.
 */
export class TextLayer {
  private readonly lines: LineIndex;

  constructor(
    readonly source: Source,
    readonly text: string,
    readonly markupPath: MarkupPath,
    private readonly cleanMap: OffsetMap,
    private readonly layoutMap: OffsetMap,
  ) {
    this.lines = new LineIndex(source.text);
  }

  /** Offset in the original text of a text-layer offset. */
  toOriginal(offset: number, side: Side = 'start'): number {
    return this.cleanMap.toSource(this.layoutMap.toSource(offset, side), side);
  }

  /** Point in the original file of an original-text offset. */
  pointAt(originalOffset: number): Point {
    return this.lines.point(originalOffset);
  }

  /** Range in the original file of text-layer offsets `[start, end)`. */
  range(start: number, end: number): Range {
    const from = this.toOriginal(start, 'start');
    const to = Math.max(from, this.toOriginal(end, 'end'));
    return { start: this.lines.point(from), end: this.lines.point(to) };
  }

  /**
   * The original text behind text-layer offsets `[start, end)`, as written (spaces, `Ð`,
   * emphasis and line breaks kept), composed to NFC and with `\n` line ends, so that NFD and
   * CRLF input give the same model.
   */
  raw(start: number, end: number): string {
    const from = this.toOriginal(start, 'start');
    return this.source.text.slice(from, Math.max(from, this.toOriginal(end, 'end'))).replace(/\r\n?/g, '\n').normalize('NFC');
  }
}

export interface TextLayerOptions {
  /** Which Markdown path to use; `auto` (the default) takes the fast one when it accepts the text. */
  markdown?: MarkupMode;
}

export function buildTextLayer(source: Source, options: TextLayerOptions = {}): TextLayer {
  const markup = markupEdits(source.text, options.markdown);
  const clean = cleanText(source.text, markup.edits);
  const layout = layoutParagraphs(clean.text);
  return new TextLayer(source, layout.text, markup.path, clean.map, layout.map);
}
