import { describe, expect, it } from 'vitest';
import { independentChunks } from '../../src/text/markup-chunks.js';
import { remarkMarkupEdits } from '../../src/text/markup-remark.js';
import { markupEdits } from '../../src/text/markup.js';

const pieces = (text: string) => independentChunks(text)?.map(([start, end]) => text.slice(start, end)) ?? null;

describe('independentChunks', () => {
  it('splits after blank lines before a line that starts in the first column', () => {
    expect(pieces('Số: 12\n\n- a\n\n  b\n\nc\r\n\r\n# d')).toEqual(['Số: 12\n\n', '- a\n\n  b\n\n', 'c\r\n\r\n', '# d']);
  });

  it('does not split inside fenced code', () => {
    expect(pieces('```\na\n\nb\n```\n\nc')).toEqual(['```\na\n\nb\n```\n\n', 'c']);
    expect(pieces('~~~~\na\n\n~~~\nb\n\nc')).toEqual(['~~~~\na\n\n~~~\nb\n\nc']);
  });

  it('does not split after indented code, which would make the next line interrupt it', () => {
    expect(pieces('    code\n\n2. a')).toEqual(['    code\n\n2. a']);
    expect(markupEdits('    code\n\n2. **a**\n\n<b x>').edits).toEqual(remarkMarkupEdits('    code\n\n2. **a**\n\n<b x>'));
  });

  it('does not split text with link definitions or HTML that may hold blank lines', () => {
    expect(independentChunks('[x]: /u\n\n[x]')).toBeNull();
    expect(independentChunks('<!--\n\n*a*\n-->')).toBeNull();
    expect(independentChunks('<pre>\n\n*a*\n</pre>')).toBeNull();
  });
});

describe('markupEdits on text the fast path declines', () => {
  it('sends only the declined stretch to remark', () => {
    const text = '**Số:** 12\n\n<span class="x">a</span>\n\n## Điều 1';
    const result = markupEdits(text);
    expect(result.path).toBe('mixed');
    expect(result.edits).toEqual(remarkMarkupEdits(text));
  });

  it('keeps emphasis that would be slow for remark away from it', () => {
    // micromark pairs emphasis in quadratic time; here only the short first paragraph reaches it.
    const text = 'a <b x="1">b</b>\n\n' + '*a_ '.repeat(20_000) + 'b*'.repeat(20_000);
    const started = performance.now();
    const result = markupEdits(text);
    const elapsed = performance.now() - started;
    console.log(`${text.length} characters, one stretch declined: ${elapsed.toFixed(0)} ms`);
    expect(result.path).toBe('mixed');
    expect(elapsed).toBeLessThan(5_000);
  });
});
