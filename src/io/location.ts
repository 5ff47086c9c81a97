import { LineIndex } from '../text/line-index.js';
import type { Place, Source } from './source.js';

const lineIndexes = new WeakMap<Source, LineIndex>();

function lineIndexOf(source: Source): LineIndex {
  let index = lineIndexes.get(source);
  if (!index) {
    index = new LineIndex(source.text);
    lineIndexes.set(source, index);
  }
  return index;
}

/** The last place that begins at or before `offset`. */
function placeAt(places: readonly Place[], offset: number): Place | undefined {
  let lo = 0;
  let hi = places.length - 1;
  if (hi < 0 || places[0]!.offset > offset) return places[0];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (places[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return places[lo];
}

/**
 * Where an offset of `source.text` is, for a person: `file.txt:12:5` (line and column),
 * `file.docx:¶12` (Word paragraph, or `fn2` for a footnote), `file.pdf:p2:14` (page, line on
 * the page).
 */
export function describeLocation(source: Source, offset: number): string {
  const clamped = Math.max(0, Math.min(offset, source.text.length));
  if (source.places) return describePlace(source.path, source.places, clamped);
  const point = lineIndexOf(source).point(clamped);
  return `${source.path}:${point.line}:${point.column}`;
}

/** Where an offset of an extracted text is, from its places alone: `file.docx:¶12`, `file.pdf:p2:14`. */
export function describePlace(path: string, places: readonly Place[], offset: number): string {
  const place = placeAt(places, offset);
  return place ? `${path}:${place.label}` : path;
}
