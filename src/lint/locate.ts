import type { Range } from '../text/line-index.js';
import type { TextLayer } from '../text/text-layer.js';
import type { Fix } from './rule.js';

/** A run of `layer.text`: `[start, end)`. */
export interface LayerSpan {
  start: number;
  end: number;
}

/**
 * The first text-layer offset whose original offset is at or after `originalOffset`
 * (the layer's map back to the original is monotonic, so a binary search finds it).
 */
export function layerOffsetOf(layer: TextLayer, originalOffset: number, side: 'start' | 'end' = 'start'): number {
  let lo = 0;
  let hi = layer.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layer.toOriginal(mid, side) >= originalOffset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Where a model range (original positions) lies in the text layer. */
export function layerSpanOf(layer: TextLayer, range: Range): LayerSpan {
  const start = layerOffsetOf(layer, range.start.offset, 'start');
  return { start, end: Math.max(start, layerOffsetOf(layer, range.end.offset, 'end')) };
}

/** The paragraph (one line of `layer.text`) holding a text-layer offset. */
export function paragraphAt(layer: TextLayer, offset: number): LayerSpan {
  const text = layer.text;
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const newline = text.indexOf('\n', offset);
  return { start: offset === 0 ? 0 : start, end: newline < 0 ? text.length : newline };
}

/**
 * A fix replacing a text-layer span, when the original reads exactly as the layer there
 * (no markup, wrapping or normalization inside, which a blind replacement would destroy).
 */
export function fixLayerSpan(layer: TextLayer, start: number, end: number, text: string): Fix | undefined {
  const from = layer.toOriginal(start, 'start');
  const to = layer.toOriginal(end, 'end');
  if (layer.source.text.slice(from, to) !== layer.text.slice(start, end)) return undefined;
  return { range: [from, to], text };
}

/** A fix inserting `text` in the original right where text-layer offset `at` maps. */
export function fixInsert(layer: TextLayer, at: number, text: string): Fix {
  const offset = layer.toOriginal(at, 'start');
  return { range: [offset, offset], text };
}

/** The range of original offsets `[from, to)`. */
export function originalRange(layer: TextLayer, from: number, to: number): Range {
  return { start: layer.pointAt(from), end: layer.pointAt(Math.max(from, to)) };
}

/** The last line of a model range that holds text: where a missing closing part would go. */
export function lastLineOf(layer: TextLayer, range: Range): Range {
  const text = layer.source.text;
  let end = range.end.offset;
  while (end > range.start.offset && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > range.start.offset && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  while (start < end && /\s/.test(text[start]!)) start++;
  return originalRange(layer, start, end);
}

/** The last match of `pattern` in the text layer inside a model range, or null. */
export function lastMatchIn(layer: TextLayer, range: Range, pattern: RegExp): LayerSpan | null {
  const span = layerSpanOf(layer, range);
  const slice = layer.text.slice(span.start, span.end);
  let found: RegExpExecArray | null = null;
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (let match = global.exec(slice); match; match = global.exec(slice)) {
    found = match;
    if (match[0].length === 0) global.lastIndex++;
  }
  return found ? { start: span.start + found.index, end: span.start + found.index + found[0].length } : null;
}

/** Like `lastMatchIn`, as a range of the original file. */
export function lastMatchRange(layer: TextLayer, range: Range, pattern: RegExp): Range | null {
  const found = lastMatchIn(layer, range, pattern);
  return found ? layer.range(found.start, found.end) : null;
}

/** The first line of a model range that holds text: where a missing header part would go. */
export function firstLineOf(layer: TextLayer, range: Range): Range {
  const text = layer.source.text;
  let start = range.start.offset;
  while (start < range.end.offset && /\s/.test(text[start]!)) start++;
  let end = start;
  while (end < range.end.offset && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return originalRange(layer, start, end);
}

/** A pattern matching `text` literally, NFC, with any run of spaces where it has one. */
export function literalPattern(text: string): RegExp {
  const escaped = text.normalize('NFC').trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\s+/g, '\\s+'), 'u');
}
