import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitationSchema } from '../../src/model/citation.js';
import { citationsIn, textAt } from './helpers.js';

/** Pieces citations are made of, and the traps around them, for generated near-citations. */
const PIECES = [
  'Quyết định', 'QUYẾT ĐỊNH', 'Nghị định', 'Luật', 'Bộ luật', 'Chỉ thị', 'Công văn', 'Thông tư', ' số ', 'Số: ', 'số',
  '407', '07', '2023', '/', '-', ' - ', 'QĐ', 'TTg', 'NĐ', 'NÐ', 'CP', 'UBND', 'QH15', 'CV', '⁄',
  ' ngày ', 'ngày ngày ', '21/3/2023', '31/6/2023', ' tháng ', ' năm ', ', ', '; ', '. ', ' và ', ' của ', 'Thủ tướng Chính phủ',
  ' về việc ', ' phê duyệt ', 'Đề án “', '”', '"', '(', ')', '(sau đây viết tắt là ', '(gọi tắt là ', 'điểm a ', 'khoản 3 ', 'Điều 30 ',
  'Báo chí', 'Tiếp cận thông tin', 'Phòng', 'chống', '\n', '\n\n', '  ', '**', '*', '_', '#', '|', 'e\u0301',
];

const nearCitations = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));
const anything = fc.oneof(nearCitations, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }));

describe('findCitations on any text', () => {
  it('never throws, and every citation holds to the schema and to the text it came from', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const citations = citationsIn(text);
        citations.forEach((citation, index) => {
          CitationSchema.parse(citation);
          expect(textAt(text, citation.position)).toBe(citation.raw);
          if (citation.numberPosition) expect(textAt(text, citation.numberPosition)).toBe(citation.numberRaw);
          if (citation.date) expect(textAt(text, citation.date.position)).toBe(citation.date.raw);
          if (citation.number !== null) expect(citation.number).not.toMatch(/\s/u);
          if (citation.refersTo !== null) {
            expect(citation.kind).toBe('short');
            expect(citation.refersTo).toBeLessThan(index);
          }
          if (index > 0) expect(citation.position.start.offset).toBeGreaterThanOrEqual(citations[index - 1]!.position.end.offset);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the same citations, in the same places, wherever a document sits in a larger text', () => {
    fc.assert(
      fc.property(nearCitations, (text) => {
        const alone = citationsIn(text).map((c) => [c.kind, c.number, c.raw]);
        const after = citationsIn(`Kính gửi: các sở.\n${text}`).map((c) => [c.kind, c.number, c.raw]);
        expect(after).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });
});
