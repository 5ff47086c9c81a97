import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastMarkupEdits, fastMarkupOutcome } from '../../src/text/markup-fast.js';
import { remarkMarkupEdits } from '../../src/text/markup-remark.js';
import { markupEdits } from '../../src/text/markup.js';

interface MarkupCase {
  construct: string;
  markdown: string;
  fast: 'accepts' | 'declines';
}

const CASES: MarkupCase[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/text/markup-cases.json'), 'utf8'));

describe('fast path on the construct fixtures', () => {
  it.each(CASES.map((c) => [c.construct, c] as const))('%s', (_, c) => {
    const fast = fastMarkupEdits(c.markdown);
    if (c.fast === 'declines') expect(fast).toBeNull();
    else expect(fast).toEqual(remarkMarkupEdits(c.markdown));
  });
});

/** Where CommonMark is subtle: each must be accepted and give remark's edits. */
const SUBTLE = {
  'nested emphasis': ['*a **b** c*', '***a** b*', '**a*', '*a**', '***foo***', '*foo**bar**baz*', '**foo*bar*baz**'],
  'rule of three': ['*a**b*', 'a**b*c*', '*a***b*', '**a***b**'],
  'underscore inside words': ['_a_b_', '__a__b', 'snake_case_name', 'a_*b*_c', '_(a)_b'],
  'Unicode punctuation and spaces': ['“*Số*”', '*“a”*', 'a*“b”*c', '**Số:**1460', '*(a)*b', 'a\u00a0*b*\u00a0c', '…*a*…', '€*a*€'],
  'list items': ['- *a\n- b*', '- *a\nb*', '1. a\n2. *b\n   c*', 'a\n2. *b*', '* a\n*b*', '- a\n\n  *b\n  c*', '-\n  *a*', '10. *a*', '1) *a*\n2. *b*', '- a\n-', 'a\n- ', 'foo\n- 2. *b*', '- a\n 2. b'],
  'block quotes': ['> *a\n*b*', '> *a\nb*', '> - *a\n> b*', '>*a*', '> a\n>\n> *b*', '   > *a*', '> a\n\n*b*'],
  headings: ['# *a* #', 'a\n# *b*', '- # *a*', '*a\n# b*', '#*a*', '####### *a*', '# a #b', '#  ##'],
  'setext headings and breaks': ['*a\nb*\n---', '- a\n---', '> a\n---', 'a\n===\n*b*', '*a\n***\nb*', '- - -', '* * *', '___', '= =\n*a*'],
  'code spans': ['*a `b*` c*', '`*a*`', '``a`*b*`', '`a\nb`', '` `` `'],
  'top-level indented code, tabs included': ['a\n\n    *code*', '\t- *a*\n\t- b', ' \t*a*\n\n\tb', 'a\n\t*b*', '# a\n    *b*\n*c*', '    a\n\n    b\n---', '  \t> *a*'],
  'fenced code': ['```js x\n*a*\n```\n*b*', '~~~~\n~~~\n*a*\n~~~~~  ', '- ```\n  *a*\n  ```\n- b', '> ```\n> *a*\n*b*', '```\n- *a*\n```', 'a\n```\n*b*', '``` `x`\n*a*', '   ```\n    ```\n```'],
  links: ['*[a](b)*', '[*a](b)*', '[a *b](c) d*', '[a [b](c)](d)', '[a](b)[c](d)', '[]()', '[a]\n(b)', '[a] (b)'],
  'escapes, references, autolinks, tags': ['\\**a*', '*a\\*', '\\[a](b)', '\\![a](b)', '&amp;*a*&amp;', '*<http://a.vn>*', 'a<br/>*b*<br>', '<5 và >3', 'a\\\nb', 'a\\'],
};

describe('fast path where CommonMark is subtle', () => {
  for (const [group, inputs] of Object.entries(SUBTLE)) {
    it.each(inputs)(`${group}: %j`, (markdown) => {
      const fast = fastMarkupEdits(markdown);
      expect(fast, 'the fast path should accept this').not.toBeNull();
      expect(fast).toEqual(remarkMarkupEdits(markdown));
    });
  }
});

describe('fast path declines what it leaves to remark', () => {
  it.each([
    ['indented code in a list', '- a\n\n      *code*'],
    ['HTML block', '<div>\n*a*\n</div>'],
    ['tag with attributes', 'a <span class="x">b</span>'],
    ['comment', 'a <!-- b --> c'],
    ['image', '![con dấu](a.png)'],
    ['list item holding indented code', '-     *code*'],
    ['link title', '[a](b "t")'],
    ['destination in angle brackets', '[a](<b>)'],
    ['link definition', '[x]: /u\n\n[x]'],
    ['escaped backtick', 'a \\` b'],
    ['tab in indentation inside a list', '- a\n\t- b'],
    ['NUL', 'a\u0000b'],
  ])('%s', (_, markdown) => {
    expect(fastMarkupOutcome(markdown)).toBe('declined');
  });

  it.each([
    ['quotes on one line', '> '.repeat(101) + '*a*'],
    ['a ladder of indented items', Array.from({ length: 150 }, (_, depth) => `${'  '.repeat(depth)}- *a*\n`).join('')],
  ])('nesting deeper than 100 (%s) is too deep to be a document', (_, markdown) => {
    expect(fastMarkupOutcome(markdown)).toBe('too deep');
    expect(markupEdits(markdown)).toEqual({ path: 'fast', edits: [] });
  });

  it('takes nesting up to 100 deep itself', () => {
    const markdown = Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- *a*\n`).join('');
    expect(fastMarkupEdits(markdown)).toEqual(remarkMarkupEdits(markdown));
  });
});

describe('markupEdits', () => {
  it('takes the fast path when it accepts the text', () => {
    expect(markupEdits('Số: **1460** /UBND-KGVX')).toEqual({ path: 'fast', edits: remarkMarkupEdits('Số: **1460** /UBND-KGVX') });
  });

  it('falls back to remark when the fast path declines', () => {
    const result = markupEdits('<div>\n*a*\n</div>');
    expect(result.path).toBe('remark');
    expect(result.edits).toEqual(remarkMarkupEdits('<div>\n*a*\n</div>'));
  });

  it('can be told to use remark', () => {
    expect(markupEdits('**a**', 'remark').path).toBe('remark');
  });
});

/** Inputs built to make a careless scanner quadratic (or a regular expression backtrack). */
const HOSTILE: Record<string, (size: number) => string> = {
  'emphasis openers': (n) => '*a '.repeat(n / 3),
  'runs that fail the rule of three': (n) => 'a**b*'.repeat(n / 5),
  'open brackets': (n) => '['.repeat(n),
  'links after open brackets': (n) => '['.repeat(n / 2) + '[a](b)'.repeat(n / 12),
  'backtick runs of growing length': (n) => {
    let text = '';
    for (let k = 1; text.length < n; k++) text += '`'.repeat(k) + ' ';
    return text;
  },
  'bullets nested on one line': (n) => '- '.repeat(n / 2) + 'a',
  'blank lines under nested lists': (n) => '- '.repeat(99) + 'a\n' + '\n'.repeat(n),
  'blank lines between lines under nested lists': (n) => '- '.repeat(99) + 'a\n' + (' '.repeat(198) + 'a\n\n').repeat(n / 200),
  'indented list ladder': (n) => Array.from({ length: n / 200 }, (_, line) => `${'  '.repeat(line % 99)}- a\n`).join(''),
  'tab-indented lines': (n) => '\t- a\n'.repeat(n / 5),
  'autolink starts': (n) => '<http:'.repeat(n / 6),
  'one emphasis per line': (n) => '*a*\n'.repeat(n / 4),
};

describe('fast path stays linear', () => {
  it.each(Object.keys(HOSTILE))('%s', (name) => {
    const text = HOSTILE[name]!(1_000_000);
    const started = performance.now();
    fastMarkupEdits(text);
    const elapsed = performance.now() - started;
    console.log(`${name}: ${text.length} characters in ${elapsed.toFixed(0)} ms`);
    // A quadratic scan of a million characters takes minutes; a linear one well under a second.
    expect(elapsed).toBeLessThan(5_000);
  });
});
