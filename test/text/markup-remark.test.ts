import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../src/text/edit.js';
import { remarkMarkupEdits } from '../../src/text/markup-remark.js';

interface MarkupCase {
  construct: string;
  markdown: string;
  text: string;
  fast: 'accepts' | 'declines';
}

const CASES: MarkupCase[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/text/markup-cases.json'), 'utf8'));

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = '';
  let position = 0;
  for (const edit of edits) {
    out += text.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return out + text.slice(position);
}

/** What remark's tree says the text is: text, code and alt values, list markers as written. */
function treeText(node: Nodes, source: string): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'listItem': {
      const first = node.children[0];
      const markerEnd = first?.position?.start.offset ?? node.position?.end.offset ?? 0;
      const marker = source.slice(node.position?.start.offset ?? 0, markerEnd).replace(/>/g, '');
      return marker + node.children.map((child) => treeText(child, source)).join('');
    }
    default:
      return 'children' in node ? node.children.map((child) => treeText(child as Nodes, source)).join('') : '';
  }
}

const parser = unified().use(remarkParse);
const withoutSpace = (text: string) => text.replace(/\s+/g, '');

describe('remark path: one fixture per construct (fixtures/text/markup-cases.json)', () => {
  it.each(CASES.map((c) => [c.construct, c] as const))('%s', (_, c) => {
    expect(applyEdits(c.markdown, remarkMarkupEdits(c.markdown))).toBe(c.text);
  });
});

describe('remark path: edits', () => {
  it('are sorted, do not overlap, and only replace character references and HTML', () => {
    for (const c of CASES) {
      const edits = remarkMarkupEdits(c.markdown);
      edits.forEach((edit, i) => {
        expect(edit.end).toBeGreaterThan(edit.start);
        if (i > 0) expect(edit.start).toBeGreaterThan(edits[i - 1]!.end - 1);
        if (edit.text !== '') expect(c.markdown.slice(edit.start, edit.end)).toMatch(/^(&[^;]+;|<[^>]*>)$/);
      });
    }
  });

  it('keep line endings outside the markup they delete', () => {
    const text = '> **a)** Cung cấp\n> thông tin\n\n## Điều 1\n\nKẾ HOẠCH\n===\n\n***\n\n[Thông tư\n04/2015](/a)';
    const kept = applyEdits(text, remarkMarkupEdits(text));
    expect(kept.split('\n')).toHaveLength(text.split('\n').length);
  });

  it('leave text without markup alone', () => {
    const text = 'Số: 1719/UBND-THCBKS\n\n- Các sở, ban, ngành;\n1. Sở Tư pháp: 5 * 3 = 15 và a_b_c';
    expect(remarkMarkupEdits(text)).toEqual([]);
  });
});

const TOKENS = [
  'a', 'Số', 'đ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '*', '**', '_', '__', '*a*', '**b**', '`', '``', '`x`',
  '#', '## ', '- ', '1. ', '> ', '---', '===', '```', '~~~', '    ', '[', ']', '[a](b)', '[a](<b> "t")', '[x]', '[a][x]',
  '](x)', '![a](b)', '<http://a.vn>', '<a@b.vn>', '\\', '\\*', '\\[', '&amp;', '&nbsp;', '&#65;', '&', '(', ')', '.', '!', '|',
];
const DEFINITIONS = ['', '\n\n[x]: /u', '\n\n[x]: /u "t"', '\n\n   [x]:\n<u>'];

describe('remark path: property', () => {
  it("applying the edits leaves exactly the text of remark's tree, up to whitespace", () => {
    const markdown = fc
      .tuple(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), fc.constantFrom(...DEFINITIONS))
      .map(([tokens, definitions]) => tokens.join('') + definitions);
    fc.assert(
      fc.property(markdown, (text) => {
        const tree = parser.parse(text) as Root;
        expect(withoutSpace(applyEdits(text, remarkMarkupEdits(text)))).toBe(withoutSpace(treeText(tree, text)));
      }),
      { numRuns: 400 },
    );
  });
});
