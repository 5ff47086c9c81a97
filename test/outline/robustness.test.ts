import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssignmentSchema, SectionSchema } from '../../src/model/outline.js';
import { splitAgencies } from '../../src/outline/agencies.js';
import { agencyKey } from '../../src/outline/agency-key.js';
import { parseDeadline } from '../../src/outline/deadlines.js';
import { layerOf, outlineOf, outlineOfLayer } from './outline-of.js';

const PIECES = [
  '1. ', '2. ', '2.1. ', '1.1.1.1. ', 'I. ', 'IV. ', 'a) ', 'đ) ', '3) ', 'Điều 5. ', 'Chương II', 'Mục 1', 'Phần thứ hai',
  '- ', '+ ', 'Sở Tư pháp', 'UBND các xã, thị trấn', 'Các sở, ban, ngành', ' và ', ', ', '; ', ': ', '.', './.', '(', ')',
  'Chủ trì: ', 'Phối hợp: ', 'Thời gian: ', 'Hình thức: ', 'Thường xuyên', 'trước ngày 30/11 hằng năm', 'Năm 2023 - 2024',
  'Nơi nhận:', 'Trên đây là', 'đề nghị các cơ quan thực hiện nội dung sau:', 'chủ trì', '**', '## ', '\n', '\n\n', ' ',
  'tháng 12/2024', 'Quý IV/2023', 'NĐ-', 'của', 'Ủy ban nhân dân', 'hoá', 'Uỷ',
];
const documentText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));

function countSections(sections: { children: unknown[] }[]): number {
  return sections.reduce((total, section) => total + 1 + countSections(section.children as { children: unknown[] }[]), 0);
}

/** Milliseconds to read the outline of the text built at size `n` (best of three, to damp noise). */
function timed(build: (n: number) => string, n: number): number {
  const layer = layerOf(build(n));
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    outlineOfLayer(layer);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Four times the input must cost well under sixteen times the time, as a quadratic step would (150 ms absorbs a GC pause). */
function expectLinear(build: (n: number) => string, n: number): void {
  const small = timed(build, n);
  const large = timed(build, 4 * n);
  expect(large, `${small.toFixed(1)} ms for n, ${large.toFixed(1)} ms for 4n`).toBeLessThan(Math.max(8 * small, 150));
}

describe('outline robustness', () => {
  it('returns a valid outline for any text, never throwing', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const result = outlineOf(text);
        for (const section of result.sections) SectionSchema.parse(section);
        for (const assignment of result.assignments) AssignmentSchema.parse(assignment);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary agency lists and time phrases', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        splitAgencies(text);
        agencyKey(text);
        parseDeadline(text);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['thousands of numbered lines', (n: number) => Array.from({ length: n }, (_, i) => `${(i % 999) + 1}. Sở Tư pháp: việc ${i}.`).join('\n')],
    ['one number repeated', (n: number) => '1. Sở Nội vụ\n'.repeat(n)],
    ['deep decimals', (n: number) => Array.from({ length: n }, () => '1.1.1.1.1.1.1.1.1.1.1.1. Việc').join('\n\n')],
    ['a line of 1.1.1.1...', (n: number) => `${'1.'.repeat(n * 10)} Việc`],
    ['one bullet continued by thousands of lines', (n: number) => `1. Sở Tư pháp\n- việc theo\n${'Điều 9 Nghị định này và\n'.repeat(n)}`],
    ['running text with numbers', (n: number) => `1. Sở Tư pháp\n${'theo khoản\n3. của Luật\n'.repeat(n)}`],
    ['nested levels', (n: number) => 'I. A\n1. B\n1.1. C\na) D\n- E\n'.repeat(n)],
    ['labelled lines', (n: number) => '1.1. Việc.\n- Chủ trì: Sở A, Sở B; các sở, ban, ngành.\n- Thời gian: trước ngày 30/11/2024.\n'.repeat(n)],
    ['a long agency list', (n: number) => `1. ${'Sở Tư pháp, các sở, ban, ngành và UBND các xã, '.repeat(n)}chủ trì thực hiện.`],
    ['a long run of dots', (n: number) => `1. Sở Tư pháp\n- Chủ trì: ${'.'.repeat(n * 20)}x\n`],
    ['a long lead-in', (n: number) => `${'đề nghị Sở A thực hiện '.repeat(n)}\n1. Việc.\n`],
  ])('stays linear on %s', (_name, build) => {
    expectLinear(build, 2000);
  });

  it('reads 20,000 numbered lines into sections', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `${(i % 999) + 1}. Việc ${i}.`).join('\n');
    expect(countSections(outlineOf(text).sections)).toBe(20_000);
  });
});
