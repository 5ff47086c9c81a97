import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDocuments } from '../../src/document/split.js';
import { decodeSource } from '../../src/io/source.js';
import type { VbhcDocument } from '../../src/model/document.js';
import { buildTextLayer } from '../../src/text/text-layer.js';
import { parseFile, ROOT, SEEDS_DIR, withoutPositions } from './helpers.js';

const EXPECTED_DIR = join(ROOT, 'fixtures/document/seeds');
const PART_KEYS = ['issuer', 'number', 'place', 'date', 'type', 'subject', 'recipients', 'distribution', 'archive', 'signature'] as const;

function parts(document: VbhcDocument): Record<string, unknown> {
  return withoutPositions(Object.fromEntries(PART_KEYS.map((key) => [key, document[key]])));
}

describe.each(readdirSync(EXPECTED_DIR))('seed parts in fixtures/document/seeds/%s', (file) => {
  const expected = JSON.parse(readFileSync(join(EXPECTED_DIR, file), 'utf8')) as { seed: string; documents: unknown[] };
  const path = join(SEEDS_DIR, expected.seed);
  const parsed = parseFile(path);
  const source = readFileSync(path, 'utf8');

  it('splits into the expected documents', () => {
    expect(parsed.documents).toHaveLength(expected.documents.length);
  });

  it.each(expected.documents.map((document, i) => [i + 1, document] as const))('document %i has every part right', (n, document) => {
    expect(parts(parsed.documents[n - 1]!)).toEqual(document);
  });

  it('points number and date positions at their raw text in the file', () => {
    const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((match) => match.index + 1)];
    for (const document of parsed.documents) {
      for (const part of [document.number, document.date]) {
        if (!part) continue;
        const { start, end } = part.position;
        expect(source.slice(start.offset, end.offset)).toBe(part.raw);
        expect(lineStarts[start.line - 1]! + start.column - 1).toBe(start.offset);
        expect(lineStarts[end.line - 1]! + end.column - 1).toBe(end.offset);
      }
    }
  });
});

describe('document spans of seed 004', () => {
  const path = join(SEEDS_DIR, '004_62c4785a12a18631.txt');
  const layer = buildTextLayer(decodeSource(readFileSync(path), path));
  const spans = splitDocuments(layer);
  const at = (offset: number) => layer.text.slice(offset, layer.text.indexOf('\n', offset));

  it('starts each document at its issuer and ends it where the next begins', () => {
    expect(spans.map((span) => at(span.start))).toEqual([
      'ỦY BAN NHÂN DÂN',
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH ỦY THÁI NGUYÊN',
    ]);
    expect(spans[0]!.end).toBe(spans[1]!.start);
    expect(spans[1]!.end).toBe(spans[2]!.start);
    expect(spans[2]!.end).toBe(layer.text.length);
  });

  it('runs each body from after kính gửi (or the subject) to nơi nhận', () => {
    expect(spans.map((span) => at(span.bodyStart).slice(0, 30))).toEqual([
      'Thực hiện công văn số 2362/UBN',
      'Căn cứ Kế hoạch số 129/KH-UBND',
      'Trong những năm qua, cơ quan b',
    ]);
    expect(spans.map((span) => at(span.bodyEnd))).toEqual(['Nơi nhận:', 'Nơi nhận:', 'Nơi nhận:']);
  });
});
