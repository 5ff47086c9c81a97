import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import type { LintResult } from '../../src/lint/result.js';
import type { SeveritySetting } from '../../src/lint/rule.js';
import { allRules } from '../../src/lint/rules/index.js';
import { parseSource } from '../../src/pipeline.js';

/** Every rule on, blank number and date included. */
const EVERY_RULE: Record<string, SeveritySetting> = Object.fromEntries(allRules.map(({ meta }) => [meta.id, 'warning']));

function lint(text: string): LintResult {
  return lintSources([decodeSource(Buffer.from(text), 'fuzz.txt')], { severities: EVERY_RULE })[0]!;
}

const FRAGMENTS = [
  'Số: ', 'Số ', '227', ' /', '/', 'KH-UBND', 'UBND - VHXXH', '3270-CV/BTGTU', 'Hà Nội, ', 'ngày ', 'tháng ', 'năm ', '09 ', '2023',
  'Quyết định số ', 'Chỉ thị số ', '407/QĐ-', 'TTg', '07/CT-TTg', '09/2017/NĐ-CP', ' ngày 30/3/2022', ' ngày 31/6/2022', ' của Thủ tướng Chính phủ',
  ' của Chính phủ', '(sau đây viết tắt là Quyết định số 407)', 'Quyết định số 407', 'V/v ', 'Kính gửi:', '- Các sở;', 'Nơi nhận:', '- Lưu: VT, ',
  'KT. CHỦ TỊCH', 'K.T ', 'PHÓ CHỦ TỊCH', 'KẾ HOẠCH', 'I. ', '1. ', '2.1. ', 'a) ', 'đ) ', 'Điều 3. ', '- Thời gian: trước tháng 6/2020', 'ngày ngày ',
  'Thông tin và ', 'Ð', 'ð', 'ề', '¸', '**', '*', '_', '|', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u200b', '…', '"', '“', '”',
];

const documentLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

describe('lint across encodings and line endings', () => {
  it('reports the same places for UTF-8, UTF-8 with BOM and CRLF, and UTF-16 LE', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/004_62c4785a12a18631.txt'), 'utf8');
    const places = (bytes: Buffer) =>
      lintSources([decodeSource(bytes, 'seed.txt')])[0]!.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`);
    const expected = places(Buffer.from(text));
    expect(expected.length).toBeGreaterThan(5);
    expect(places(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))]))).toEqual(expected);
    expect(places(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual(expected);
  });
});

describe('lint on any text', () => {
  it('returns findings, never throws, and every position and fix lies inside the file', () => {
    fc.assert(
      fc.property(documentLike, (text) => {
        const source = decodeSource(Buffer.from(text), 'fuzz.txt');
        const lines = source.text.split(/\r\n|\r|\n/);
        for (const message of lint(text).messages) {
          expect(message.line).toBeGreaterThanOrEqual(1);
          expect(message.line).toBeLessThanOrEqual(lines.length);
          expect(message.column).toBeGreaterThanOrEqual(1);
          expect(message.column).toBeLessThanOrEqual(lines[message.line - 1]!.length + 1);
          expect(message.endLine * 1e6 + message.endColumn).toBeGreaterThanOrEqual(message.line * 1e6 + message.column);
          if (message.fix) {
            const [start, end] = message.fix.range;
            expect(0 <= start && start <= end && end <= source.text.length).toBe(true);
            expect(source.text.slice(start, end)).not.toBe(message.fix.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('spends little time in the rules on hostile text (every pattern linear)', () => {
    const hostile = [
      'ngày '.repeat(20_000),
      `Số:${' '.repeat(50_000)}x`,
      `Số: ${'1/'.repeat(30_000)}`,
      `Hà Nội ngày ${'1 '.repeat(30_000)}`,
      'Thông tin và '.repeat(15_000),
      `KT. ${'K.T. '.repeat(4_000)}`,
      '1. x\n'.repeat(2_000),
      'Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ; '.repeat(3_000),
      'Ð¸µ'.repeat(30_000),
    ];
    for (const text of hostile) {
      const source = decodeSource(Buffer.from(text), 'hostile.txt');
      let started = performance.now();
      parseSource(source);
      const parsing = performance.now() - started;
      started = performance.now();
      lint(text);
      const rules = performance.now() - started - parsing;
      expect(rules, text.slice(0, 20)).toBeLessThan(2_000);
    }
  });
});
