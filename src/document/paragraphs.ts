import type { TextLayer } from '../text/text-layer.js';

/** One logical paragraph of the text layer: `text` equals `layer.text.slice(start, end)`. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** The paragraphs of `layer.text` that lie in `[from, to)`. */
export function paragraphsIn(layer: TextLayer, from = 0, to = layer.text.length): Paragraph[] {
  const text = layer.text;
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
