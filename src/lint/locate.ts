import { allParagraphs, type Paragraph } from '../document/paragraphs.js';
import { classOf, SPACE } from '../text/char-class.js';
import { firstIndexWhere } from '../text/first-index.js';
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
  return firstIndexWhere(layer.text.length, (offset) => layer.toOriginal(offset, side) >= originalOffset);
}

/** Where a model range (original positions) lies in the text layer. */
export function layerSpanOf(layer: TextLayer, range: Range): LayerSpan {
  const start = layerOffsetOf(layer, range.start.offset, 'start');
  return { start, end: Math.max(start, layerOffsetOf(layer, range.end.offset, 'end')) };
}

/** The paragraph of `allParagraphs` holding `layer.text[index]`, or undefined where that character is a line break. */
function paragraphHolding(paragraphs: readonly Paragraph[], index: number): Paragraph | undefined {
  const paragraph = paragraphs[firstIndexWhere(paragraphs.length, (at) => paragraphs[at]!.end > index)];
  return paragraph !== undefined && paragraph.start <= index ? paragraph : undefined;
}

/**
 * The paragraph (one line of `layer.text`) holding a text-layer offset: from after the last
 * `\n` before `offset` to the first `\n` at or after it. Found among the layer's shared
 * paragraphs by binary search instead of scanning the line: every character between them is a `\n`.
 */
export function paragraphAt(layer: TextLayer, offset: number): LayerSpan {
  const length = layer.text.length;
  const paragraphs = allParagraphs(layer);
  let start = 0;
  if (offset !== 0 && length > 0) {
    const before = Math.min(Math.max(0, offset - 1), length - 1);
    start = paragraphHolding(paragraphs, before)?.start ?? before + 1;
  }
  const from = Math.max(0, offset);
  const end = from >= length ? length : (paragraphHolding(paragraphs, from)?.end ?? from);
  return { start, end };
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

/** `/\s/.test(text[i])` without a one-character string per test: false outside the text, as the test of `undefined` is. */
function isSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (classOf(text.charCodeAt(i)) & SPACE) !== 0;
}

/** The last line of a model range that holds text: where a missing closing part would go. */
export function lastLineOf(layer: TextLayer, range: Range): Range {
  const text = layer.source.text;
  let end = range.end.offset;
  while (end > range.start.offset && isSpaceAt(text, end - 1)) end--;
  let start = end;
  while (start > range.start.offset && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  while (start < end && isSpaceAt(text, start)) start++;
  return originalRange(layer, start, end);
}

/** The global twin of each pattern searched for (so a rule's pattern is not copied on every call). */
const globalPatterns = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let global = globalPatterns.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags}g`);
    globalPatterns.set(pattern, global);
  }
  return global;
}

/** The text layer's text inside a model range, with where it starts. */
export interface LayerSlice {
  start: number;
  text: string;
}

export function layerSliceOf(layer: TextLayer, range: Range): LayerSlice {
  const span = layerSpanOf(layer, range);
  return { start: span.start, text: layer.text.slice(span.start, span.end) };
}

/** The last match of `pattern` in a slice of the text layer, or null. */
export function lastMatchInSlice(slice: LayerSlice, pattern: RegExp): LayerSpan | null {
  let found: RegExpExecArray | null = null;
  const global = globalOf(pattern);
  global.lastIndex = 0;
  for (let match = global.exec(slice.text); match; match = global.exec(slice.text)) {
    found = match;
    if (match[0].length === 0) global.lastIndex++;
  }
  return found ? { start: slice.start + found.index, end: slice.start + found.index + found[0].length } : null;
}

/** The last match of `pattern` in the text layer inside a model range, or null. */
export function lastMatchIn(layer: TextLayer, range: Range, pattern: RegExp): LayerSpan | null {
  return lastMatchInSlice(layerSliceOf(layer, range), pattern);
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
  while (start < range.end.offset && isSpaceAt(text, start)) start++;
  let end = start;
  while (end < range.end.offset && text[end] !== '\n' && text[end] !== '\r') end++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return originalRange(layer, start, end);
}

/** Patterns built by `literalPattern`, by text: signature lines recur in every document. */
const literalPatterns = new Map<string, RegExp>();
const MAX_LITERAL_PATTERNS = 2048;

/** A pattern matching `text` literally, NFC, with any run of spaces where it has one. */
export function literalPattern(text: string): RegExp {
  let pattern = literalPatterns.get(text);
  if (!pattern) {
    const escaped = text.normalize('NFC').trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(escaped.replace(/\s+/g, '\\s+'), 'u');
    if (literalPatterns.size >= MAX_LITERAL_PATTERNS) literalPatterns.clear();
    literalPatterns.set(text, pattern);
  }
  return pattern;
}
