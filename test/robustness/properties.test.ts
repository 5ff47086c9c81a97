import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { decodeSource, type Source } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import type { SeveritySetting } from '../../src/lint/rule.js';
import { allRules } from '../../src/lint/rules/index.js';
import { parseSource } from '../../src/pipeline.js';
import { LineIndex, type Point } from '../../src/text/line-index.js';

/**
 * Any bytes at all, and text shaped like documents in every encoding vbhc reads, go through
 * decoding, parsing and linting: the result is a model and findings, or an InputError naming
 * the file; every position lies in the decoded text, and its line and column are the ones its
 * offset has in that text.
 */

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const seeds = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

const EVERY_RULE: Record<string, SeveritySetting> = Object.fromEntries(allRules.map(({ meta }) => [meta.id, 'warning']));

const FRAGMENTS = [
  'Số: ', '1/2/', 'Quyết định số ', 'K.T. ', 'KT. CHỦ TỊCH', 'Nơi nhận:', '- Lưu: VT.', 'Điều 1. ', 'a) ', 'ngày 31/6/2022 ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Hà Nội, ngày 01 tháng 02 năm 2024', '> ', '- ', '1. ', '**', '[', '](', '`', '<br>',
  '| a | b |', '\n', '\n\n', '\r\n', '\r', '\t', '  ', '\u00a0', '\u200b', '\u0301', '\ufeff', 'Ð', 'µ', 'oä', '\u0000',
];

const documentLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 120 })
  .map((parts) => parts.join(''));

/** A seed with stretches cut, repeated or replaced by fragments. */
const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 300 }), insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), times: fc.nat({ max: 50 }) }), { maxLength: 12 }),
  )
  .map(([seed, edits]) =>
    edits.reduce((text, { at, cut, insert, times }) => {
      const position = Math.floor(at * text.length);
      return text.slice(0, position) + insert.repeat(times) + text.slice(position + cut);
    }, seed),
  );

/** Text written the ways vbhc must read: UTF-8 with or without BOM, UTF-16 LE/BE, NFD, CRLF, Windows-1258. */
function encodings(text: string): fc.Arbitrary<Uint8Array> {
  return fc.constantFrom<(text: string) => Uint8Array>(
    (t) => Buffer.from(t),
    (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]),
    (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
    (t) => Buffer.from(t.normalize('NFD').replace(/\n/g, '\r\n')),
    (t) => iconv.encode(t.normalize('NFD'), 'windows1258'),
  ).map((encode) => encode(text));
}

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  documentLike.chain(encodings),
  mutatedSeed.chain(encodings),
);

function decoded(bytes: Uint8Array): Source | null {
  try {
    return decodeSource(bytes, 'fuzz.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^fuzz\.txt: /);
    return null;
  }
}

function isPoint(value: unknown): value is Point {
  const point = value as Point;
  return typeof point === 'object' && point !== null && typeof point.offset === 'number' && typeof point.line === 'number' && typeof point.column === 'number';
}

/** Every `{ line, column, offset }` in a model. */
function pointsIn(value: unknown, found: Point[] = []): Point[] {
  if (isPoint(value)) found.push(value);
  else if (Array.isArray(value)) for (const item of value) pointsIn(item, found);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) pointsIn(item, found);
  return found;
}

function expectWithin(text: string, index: LineIndex, line: number, column: number): void {
  expect(line).toBeGreaterThanOrEqual(1);
  expect(line).toBeLessThanOrEqual(index.lineCount);
  const offset = index.lineStart(line) + column - 1;
  expect(column).toBeGreaterThanOrEqual(1);
  expect(offset).toBeLessThanOrEqual(text.length);
  expect(index.point(offset)).toEqual({ line, column, offset });
}

describe('parse and lint on any input', () => {
  it('give a model whose every position matches its offset in the decoded text, or a clean InputError', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const source = decoded(bytes);
        if (!source) return;
        const index = new LineIndex(source.text);
        for (const point of pointsIn(parseSource(source))) {
          expect(point.offset).toBeGreaterThanOrEqual(0);
          expect(point.offset).toBeLessThanOrEqual(source.text.length);
          expect(point).toEqual(index.point(point.offset));
        }
      }),
      { numRuns: 250 },
    );
  });

  it('give findings inside the decoded text, ranges in order, fixes on real stretches', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const source = decoded(bytes);
        if (!source) return;
        const index = new LineIndex(source.text);
        for (const message of lintSources([source], { severities: EVERY_RULE })[0]!.messages) {
          expectWithin(source.text, index, message.line, message.column);
          expectWithin(source.text, index, message.endLine, message.endColumn);
          expect(index.lineStart(message.endLine) + message.endColumn).toBeGreaterThanOrEqual(index.lineStart(message.line) + message.column);
          for (const related of message.related) if (related.filePath === source.path) expectWithin(source.text, index, related.line, related.column);
          if (message.fix) {
            const [start, end] = message.fix.range;
            expect(0 <= start && start <= end && end <= source.text.length).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
