import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.js';
import { layerOf } from './helpers.js';

const MEGABYTE = 1_000_000;

/** Near-citations that would make a backtracking pattern go quadratic or worse. */
const HOSTILE: Record<string, string> = {
  'type word and số, never a number': 'Quyết định số ',
  'slashes and digits, never a symbol': '1/2/',
  'law names without end': 'Luật Báo chí, ',
  'symbols with open hyphens': 'số 1/A- B- ',
  'dates without years': 'Nghị định số 1/2020/NĐ-CP ngày 1/2/',
  'alias openers never closed': '(sau đây gọi là Quyết định số 1',
  'titles in open quotes': 'Quyết định số 1/QĐ-TTg về “',
  'short forms of one number': 'Quyết định số 7/QĐ-TTg ',
};

describe('findCitations stays linear on hostile input', () => {
  it.each(Object.entries(HOSTILE))('1 MB of %s', (_name, unit) => {
    const text = unit.repeat(Math.ceil(MEGABYTE / unit.length));
    const layer = layerOf(text);
    const end = layer.text.length;
    const started = performance.now();
    const citations = findCitations(layer, { start: 0, end, bodyStart: 0, bodyEnd: end });
    const elapsed = performance.now() - started;
    console.log(`${JSON.stringify(unit)} × ${Math.ceil(MEGABYTE / unit.length)}: ${citations.length} citations in ${elapsed.toFixed(0)} ms`);
    expect(Array.isArray(citations)).toBe(true);
  });
});
