import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedFileSchema } from '../../src/model/document.js';
import { parseText, SEEDS_DIR } from './helpers.js';

/** Header and closing material, so that random text often looks like a document. */
const PIECES = [
  'Số: ', 'Số ', '/', '-', ' - ', '1719', '2023', 'UBND', 'KH', 'NĐ-CP', 'Ð', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'ĐẢNG CỘNG SẢN VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'TỈNH ĐẮK LẮK', 'Hà Nội, ', 'ngày ',
  'tháng', ' năm ', 'V/v ', 'Về việc ', 'KẾ HOẠCH', 'Kính gửi: ', 'Nơi nhận:', '- ', '; ', ', ', '(b/c)', 'Lưu: VT, ',
  'TM. ', 'KT. ', 'K/T ', 'CHỦ TỊCH', 'PHÓ ', 'Nguyễn Văn ', 'Phụ lục', 'Mẫu số 01', '**', '*', '_', '|', '<br>',
  '&nbsp;', '\n', '\n\n', '\r\n', '  ', '\u0301', '\u00a0', '4', '# ', '> ', '(', ')', '.', ':',
];

const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'));

const pieced = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 120 }).map((parts) => parts.join(''));

/** A seed with random deletions, insertions of header material, and line breaks. */
const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        cut: fc.nat({ max: 400 }),
        insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.constant('\n')),
      }),
      { maxLength: 25 },
    ),
  )
  .map(([seed, edits]) =>
    edits.reduce((text, { at, cut, insert }) => {
      const position = Math.floor(at * text.length);
      return text.slice(0, position) + insert + text.slice(position + cut);
    }, seed),
  );

/** Every `{ start, end }` range in the model, wherever it sits. */
function ranges(value: unknown, found: { start: { offset: number; line: number; column: number }; end: { offset: number } }[] = []) {
  if (Array.isArray(value)) for (const item of value) ranges(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const start = record.start as { offset?: unknown } | undefined;
    if (start && typeof start.offset === 'number' && record.end) found.push(record as never);
    for (const field of Object.values(record)) ranges(field, found);
  }
  return found;
}

function checkModel(text: string): void {
  const parsed = parseText(text);
  expect(() => ParsedFileSchema.parse(parsed)).not.toThrow();
  for (const range of ranges(parsed)) {
    expect(range.start.offset).toBeGreaterThanOrEqual(0);
    expect(range.end.offset).toBeGreaterThanOrEqual(range.start.offset);
    expect(range.end.offset).toBeLessThanOrEqual(text.length);
  }
}

describe('parseSource on random and mutated text', () => {
  it('returns a valid model with every position inside the file, for text made of header material', () => {
    fc.assert(fc.property(pieced, checkModel), { numRuns: 300 });
  });

  it('does the same for seeds with random deletions, insertions and line breaks', () => {
    fc.assert(fc.property(mutated, checkModel), { numRuns: 120 });
  });
});
