import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/text/clean.js';
import { LineIndex } from '../../src/text/line-index.js';
import { fastMarkupOutcome } from '../../src/text/markup-fast.js';
import { scanSource } from '../../src/text/source-scan.js';

/** Pieces that each stage scans for, or that change what it does: line ends, markup, characters needing work. */
const PIECES = [
  'a', 'Điều 1. ', ' ', '  ', '\n', '\r', '\r\n', '\t', '\0', '\ufeff', '\u00a0', '\u00ad', 'Ð', 'ð', 'e\u0301', '\u0301', '\u2003',
  '*', '**', '_', '`', '```', '\\`', '\\', '[a]', '[a]: /x', ']:', '&amp;', '<b>', '<http://x.y>', '- ', '> ', '1. ', '# ', '---',
];

const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('scanSource', () => {
  it('gives the Markdown stage, the cleaning and the line index what they find without it', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const scan = scanSource(text);
        const fast = fastMarkupOutcome(text);
        expect(fastMarkupOutcome(text, scan)).toEqual(fast);
        const edits = typeof fast === 'string' ? [] : fast;
        const clean = cleanText(text, edits);
        const scanned = cleanText(text, edits, scan);
        expect(scanned.text).toBe(clean.text);
        for (let offset = 0; offset <= scanned.text.length; offset++) {
          expect(scanned.map.toSource(offset, 'start')).toBe(clean.map.toSource(offset, 'start'));
          expect(scanned.map.toSource(offset, 'end')).toBe(clean.map.toSource(offset, 'end'));
        }
        const lines = new LineIndex(text);
        const scannedLines = new LineIndex(text, scan.lineStarts);
        expect(scannedLines.lineCount).toBe(lines.lineCount);
        for (let offset = 0; offset <= text.length; offset++) expect(scannedLines.point(offset)).toEqual(lines.point(offset));
        // Asked out of order, each point is still its own line's (the index remembers the line found last).
        for (let offset = text.length + 1; offset >= -1; offset -= 3) expect(scannedLines.point(offset)).toEqual(new LineIndex(text).point(offset));
      }),
      { numRuns: 2000 },
    );
  });
});
