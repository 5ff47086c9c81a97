import { firstIndexWhere } from '../text/first-index.js';
import type { TextLayer } from '../text/text-layer.js';

/** One logical paragraph of the text layer: `text` equals `layer.text.slice(start, end)`. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

function cutParagraphs(text: string, from: number, to: number): Paragraph[] {
  const result: Paragraph[] = [];
  let start = from;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    if (end > start) result.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return result;
}

function cutLayer(layer: TextLayer): Paragraph[] {
  return cutParagraphs(layer.text, 0, layer.text.length);
}

/** Every paragraph of a layer, cut once and shared (not to be changed): the split, header, closing and outline all read them. */
export function allParagraphs(layer: TextLayer): Paragraph[] {
  return layer.derived(cutLayer);
}

/** Index of the first paragraph starting at or after `offset`. */
function firstFrom(paragraphs: readonly Paragraph[], offset: number): number {
  return firstIndexWhere(paragraphs.length, (index) => paragraphs[index]!.start >= offset);
}

/**
 * Indexes `[first, stop)` in `allParagraphs(layer)` of the paragraphs in `[from, to)`, or null
 * when a bound cuts a paragraph in two.
 */
export function paragraphIndexes(layer: TextLayer, from: number, to: number): [number, number] | null {
  const all = allParagraphs(layer);
  const first = firstFrom(all, from);
  const stop = firstFrom(all, to);
  const cutAtFrom = first > 0 && all[first - 1]!.end > from;
  const cutAtTo = stop > 0 && all[stop - 1]!.end > to;
  return cutAtFrom || cutAtTo || to > layer.text.length ? null : [first, Math.max(first, stop)];
}

/**
 * The paragraphs of `layer.text` that lie in `[from, to)`. They are the layer's shared
 * paragraph objects (not to be changed) unless a bound cuts a paragraph in two.
 */
export function paragraphsIn(layer: TextLayer, from = 0, to = layer.text.length): Paragraph[] {
  const indexes = paragraphIndexes(layer, from, to);
  return indexes ? allParagraphs(layer).slice(indexes[0], indexes[1]) : cutParagraphs(layer.text, from, to);
}
