import type { Source } from '../io/source.js';
import { cleanText } from './clean.js';
import { directiveLineSpans } from './directive-comments.js';
import { firstIndexWhere } from './first-index.js';
import { markupEditsWithout } from './hidden-lines.js';
import { layoutParagraphs } from './layout.js';
import { LineIndex, type Point, type Range } from './line-index.js';
import { toNfc } from './nfc.js';
import { scanSource } from './source-scan.js';
import type { MarkupMode, MarkupPath } from './markup.js';
import type { OffsetMap, Side } from './offset-map.js';

/**
 * The text extractors match: NFC, markup dropped, one logical paragraph per line. It is the
 * only place that turns its offsets into positions of the original file.
 */
export class TextLayer {
  /** Values derived from the layer once and shared by the extractors (a WeakMap per analysis costs more in GC). */
  private readonly derivedValues = new Map<(layer: TextLayer) => unknown, unknown>();

  constructor(
    readonly source: Source,
    readonly text: string,
    readonly markupPath: MarkupPath,
    private readonly cleanMap: OffsetMap,
    private readonly layoutMap: OffsetMap,
    /** Lines of the original left out of the layer (vbhc directive comments), sorted `[start, end)`. */
    private readonly hiddenLines: ReadonlyArray<readonly [number, number]> = [],
    private readonly lines: LineIndex = new LineIndex(source.text),
  ) {}

  /** What `derive` (a module-level function: it is the key) gives for this layer, computed on first use. */
  derived<T>(derive: (layer: TextLayer) => T): T {
    const known = this.derivedValues.get(derive);
    // One lookup where a value is known; `has` only tells a stored `undefined` from none.
    if (known !== undefined || this.derivedValues.has(derive)) return known as T;
    const value = derive(this);
    this.derivedValues.set(derive, value);
    return value;
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

  /** Index of the first hidden line that ends after `offset`. */
  private firstHiddenEndingAfter(offset: number): number {
    return firstIndexWhere(this.hiddenLines.length, (index) => this.hiddenLines[index]![1] > offset);
  }

  /**
   * The original text behind text-layer offsets `[start, end)`, as written (spaces, `Ð`,
   * emphasis and line breaks kept, directive lines left out), composed to NFC and with `\n`
   * line ends, so that NFD and CRLF input give the same model.
   */
  raw(start: number, end: number): string {
    const from = this.toOriginal(start, 'start');
    return this.originalRaw(from, Math.max(from, this.toOriginal(end, 'end')));
  }

  /** `raw` of the original-text offsets `[from, to)` (`from <= to`) that text-layer offsets map to. */
  originalRaw(from: number, to: number): string {
    let text = '';
    let at = from;
    for (let i = this.firstHiddenEndingAfter(from); i < this.hiddenLines.length && this.hiddenLines[i]![0] < to; i++) {
      const [hiddenStart, hiddenEnd] = this.hiddenLines[i]!;
      text += this.source.text.slice(at, Math.max(at, hiddenStart));
      at = Math.max(at, hiddenEnd);
    }
    text += this.source.text.slice(at, Math.max(at, to));
    // The line-end replacement changes nothing without a CR, and `includes` finds none faster than the regex.
    return toNfc(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  }
}

export interface TextLayerOptions {
  /** Which Markdown path to use; `auto` (the default) takes the fast one when it accepts the text. */
  markdown?: MarkupMode;
}

export function buildTextLayer(source: Source, options: TextLayerOptions = {}): TextLayer {
  const scan = scanSource(source.text);
  const hidden = directiveLineSpans(source.text);
  const markup = markupEditsWithout(source.text, hidden, options.markdown ?? 'auto', scan);
  const clean = cleanText(source.text, markup.edits, scan);
  const layout = layoutParagraphs(clean.text);
  const lines = new LineIndex(source.text, scan.lineStarts);
  return new TextLayer(source, layout.text, markup.path, clean.map, layout.map, hidden, lines);
}
