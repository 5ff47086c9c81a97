import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeSource, readSource, type Source } from '../../src/io/source.js';
import { parseDirectives } from '../../src/lint/directives.js';
import { lintSources } from '../../src/lint/engine.js';
import { parseSource } from '../../src/pipeline.js';
import { findDirectiveComments } from '../../src/text/directive-comments.js';
import { buildTextLayer } from '../../src/text/text-layer.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'fixtures/directives');
const SEED = join(ROOT, 'fixtures/seeds/004_62c4785a12a18631.txt');

function source(path: string, text?: string): Source {
  return text === undefined ? decodeSource(readFileSync(path), path.slice(ROOT.length + 1)) : { path, text, encoding: 'utf-8', bom: false };
}

/** `file:line:column rule-id/messageId`, for every message of a lint of these sources. */
function lint(sources: Source[]): string[] {
  return lintSources(sources, { lang: 'en' }).flatMap((result) =>
    result.messages.map((message) => `${result.filePath.replace('fixtures/directives/', '')}:${message.line}:${message.column} ${message.ruleId}`),
  );
}

function fixture(name: string): Source[] {
  const path = join(FIXTURES, name);
  return name.includes('.') ? [source(path)] : readdirSync(path).sort().map((file) => source(join(path, file)));
}

describe('findDirectiveComments', () => {
  it('finds HTML comments anywhere on a line and // comments alone on theirs', () => {
    const text = 'a\n<!-- vbhc-disable x -->\r\nb <!-- vbhc-disable-line -->\n  // vbhc-enable\nc // vbhc-enable\n';
    const comments = findDirectiveComments(text);
    expect(comments.map(({ body, wholeLine }) => [body, wholeLine !== undefined])).toEqual([
      ['disable x', true],
      ['disable-line', false],
      ['enable', true],
    ]);
    expect(text.slice(...comments[0]!.wholeLine!)).toBe('<!-- vbhc-disable x -->\r\n');
    expect(text.slice(comments[1]!.start, comments[1]!.end)).toBe('<!-- vbhc-disable-line -->');
  });

  it('ignores other comments and mentions of vbhc in text', () => {
    expect(findDirectiveComments('<!-- note --> vbhc-disable\n// a vbhc-disable\n<!-- vbhc- -->\n<!-- vbhc-disable')).toEqual([]);
  });

  it('stays linear on hostile input: many lines, unclosed comments', () => {
    const many = '<!-- vbhc-disable-next-line a\n'.repeat(50_000) + '// vbhc-disable-next-line x\n'.repeat(50_000);
    expect(findDirectiveComments(many)).toHaveLength(50_000);
    expect(parseDirectives(many).directives).toHaveLength(50_000);
    expect(findDirectiveComments(`${'<!--'.repeat(100_000)} vbhc-x`)).toEqual([]);
  });
});

describe('parseDirectives', () => {
  it('reads the kind, the rule ids (commas or spaces) and drops the note after --', () => {
    const text = '<!-- vbhc-disable a/b, c/d e/f -- because -->\n// vbhc-enable\n// vbhc-nope a/b\n';
    const { directives, malformed } = parseDirectives(text);
    expect(directives.map(({ kind, ruleIds }) => [kind, ruleIds])).toEqual([
      ['disable', ['a/b', 'c/d', 'e/f']],
      ['enable', []],
    ]);
    expect(malformed).toEqual([{ word: 'vbhc-nope', range: expect.objectContaining({ start: { line: 3, column: 1, offset: text.indexOf('// vbhc-nope') } }) }]);
  });

  it('points disable-next-line past blank lines and other directive lines, disable-line at its own line', () => {
    const text = 'x\n// vbhc-disable-next-line a/b\n\n<!-- vbhc-disable-next-line c/d -->\n  \ntarget <!-- vbhc-disable-line -->\n';
    expect(parseDirectives(text).directives.map(({ kind, line }) => [kind, line])).toEqual([
      ['disable-next-line', 6],
      ['disable-next-line', 6],
      ['disable-line', 6],
    ]);
  });
});

describe('directives in lint', () => {
  it('disable … enable hides a rule between the two comments only', () => {
    expect(lint(fixture('disable-enable.md'))).toEqual(['disable-enable.md:23:43 text/duplicate-word']);
  });

  it('disable-next-line hides its line; the rule id that hid nothing is reported unused', () => {
    expect(lint(fixture('next-line.txt'))).toEqual(['next-line.txt:19:1 directive/unused', 'next-line.txt:23:43 text/duplicate-word']);
  });

  it('disable-line hides the line it ends', () => {
    expect(lint(fixture('disable-line.md'))).toEqual(['disable-line.md:19:55 text/duplicate-word']);
  });

  it('a directive without rule ids hides every rule', () => {
    expect(lint(fixture('all-rules.md'))).toEqual([]);
  });

  it('reports a misspelt kind, an unknown rule id (with the id meant) and a directive that hides nothing', () => {
    const results = lintSources(fixture('problems.txt'), { lang: 'en' });
    const messages = results[0]!.messages.filter((message) => message.ruleId.startsWith('directive/'));
    expect(messages.map(({ line, ruleId, severity }) => [line, ruleId, severity])).toEqual([
      [1, 'directive/invalid', 'error'],
      [2, 'directive/invalid', 'error'],
      [3, 'directive/unused', 'warning'],
    ]);
    expect(messages[1]!.message).toContain('"text/duplicate-word"');
  });

  it('hides cross-file findings in the file that holds the directive', () => {
    const found = lint(fixture('cross-file'));
    expect(found.filter((line) => line.includes('date-conflict'))).toEqual([]);
    expect(found.filter((line) => line.startsWith('directive/'))).toEqual([]);
  });

  it('works in a Word document as a paragraph of its own', async () => {
    const paragraphs = readFileSync(join(ROOT, 'fixtures/lint/text/duplicate-word/invalid.txt'), 'utf8').split('\n');
    paragraphs.splice(18, 0, '// vbhc-disable-next-line text/duplicate-word');
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
    const path = join(mkdtempSync(join(tmpdir(), 'vbhc-directive-')), 'draft.docx');
    writeFileSync(path, await zip.generateAsync({ type: 'uint8array' }));
    const [result] = lintSources([await readSource(path)], { lang: 'en' });
    expect(result!.messages.map(({ ruleId, location }) => `${location} ${ruleId}`)).toEqual([`${path}:¶22 text/duplicate-word`]);
  });

  it('a directive naming a rule that is off (a --final check in a draft) is not reported unused', () => {
    const draft = source('draft.md', '<!-- vbhc-disable-next-line header/blank-number, text/encoding -->\nSố:      /UBND-VP\n');
    const directiveProblems = (sources: Source[]) => lint(sources).filter((found) => found.includes(' directive/'));
    expect(directiveProblems([draft])).toEqual(['draft.md:1:1 directive/unused']);
    expect(lintSources([draft], { lang: 'en' })[0]!.messages.find((m) => m.ruleId === 'directive/unused')!.message).toContain('text/encoding');
    expect(directiveProblems([source('draft.md', '<!-- vbhc-disable-next-line header/blank-number -->\nSố:      /UBND-VP\n')])).toEqual([]);
  });

  it('directive checks take severities like rules', () => {
    const results = lintSources(fixture('problems.txt'), { severities: { 'directive/unused': 'off', 'directive/invalid': 'warning' } });
    expect(results[0]!.messages.filter((message) => message.ruleId.startsWith('directive/')).map(({ ruleId, severity }) => `${ruleId} ${severity}`)).toEqual([
      'directive/invalid warning',
      'directive/invalid warning',
    ]);
  });
});

/** The model without positions, which directive lines shift. */
function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['line', 'column', 'offset', 'file'].includes(key))
      .map(([key, inner]) => [key, withoutPositions(inner)]),
  );
}

describe('directives do not disturb parsing', () => {
  const seed = readFileSync(SEED, 'utf8');
  const lines = seed.split('\n');
  const withDirectives = lines
    .flatMap((line, i) => (i % 9 === 4 ? ['// vbhc-disable-next-line text/duplicate-word', line] : i % 13 === 6 ? ['<!-- vbhc-disable -->', line, '<!-- vbhc-enable -->'] : [line]))
    .join('\n');

  it('leaves directive lines out of the text layer', () => {
    const layer = buildTextLayer(source('with-directives.txt', withDirectives));
    expect(layer.text).toBe(buildTextLayer(source('seed.txt', seed)).text);
  });

  it('gives the same model as the document without them, positions aside', () => {
    expect(withoutPositions(parseSource(source('with-directives.txt', withDirectives)))).toEqual(withoutPositions(parseSource(source('seed.txt', seed))));
  });

  it('keeps positions in the original file', () => {
    const layer = buildTextLayer(source('with-directives.txt', withDirectives));
    const at = layer.text.indexOf('Kính gửi');
    const point = layer.range(at, at + 1).start;
    expect(withDirectives.split('\n')[point.line - 1]!.slice(point.column - 1)).toMatch(/^Kính gửi/);
  });
});
