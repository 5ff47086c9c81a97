import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/source.js';
import { fastMarkupEdits } from '../../src/text/markup-fast.js';
import { remarkMarkupEdits } from '../../src/text/markup-remark.js';
import { markupEdits } from '../../src/text/markup.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'fixtures');
const CORPUS = join(ROOT, '../shared/corpus/diepxuan');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** The decoded text of a file, or null for binary files (PDF, DOCX fixtures). */
function textOf(path: string): string | null {
  try {
    return decodeSource(readFileSync(path), path).text;
  } catch {
    return null;
  }
}

function textFilesUnder(dir: string): Array<readonly [string, string]> {
  return filesUnder(dir)
    .map((path) => [relative(dir, path), textOf(path)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== null);
}

/**
 * One test per file: `markupEdits` (the fast path, or the fast path and remark on separate
 * stretches) must give remark's edits. Reports which files the fast path took whole.
 */
function agreementTests(name: string, texts: ReadonlyArray<readonly [string, string]>, report: (accepted: string[], declined: string[]) => void) {
  const accepted: string[] = [];
  const declined: string[] = [];
  it.each(texts)('%s', (file, text) => {
    const result = markupEdits(text);
    (result.path === 'fast' ? accepted : declined).push(file);
    expect(result.edits).toEqual(remarkMarkupEdits(text));
  });
  afterAll(() => {
    console.log(`${name}: fast path accepted ${accepted.length} of ${texts.length} text files, declined ${declined.length}: ${declined.join(', ')}`);
    report(accepted, declined);
  });
}

describe('fixtures', () => {
  agreementTests('fixtures', textFilesUnder(FIXTURES), (accepted) => {
    for (const seed of readdirSync(join(FIXTURES, 'seeds')).filter((name) => name.endsWith('.txt'))) {
      expect(accepted, 'every seed takes the fast path').toContain(join('seeds', seed));
    }
  });
});

const corpusTexts = existsSync(CORPUS) ? textFilesUnder(CORPUS) : [];
const isDocument = ([file]: readonly [string, string]) => file.endsWith('.md');

describe.skipIf(!existsSync(CORPUS))('../shared/corpus/diepxuan', () => {
  it('holds the published documents', () => {
    expect(corpusTexts.filter(isDocument).length).toBeGreaterThan(100);
  });
  agreementTests('../shared/corpus/diepxuan', corpusTexts, (accepted) => {
    const acceptedDocuments = accepted.filter((file) => file.endsWith('.md')).length;
    const share = acceptedDocuments / corpusTexts.filter(isDocument).length;
    console.log(`corpus documents on the fast path: ${acceptedDocuments} (${(share * 100).toFixed(1)}%)`);
    expect(share, 'the fast path takes a clear majority of the corpus').toBeGreaterThan(0.85);
  });
});

const MARKUP_TOKENS = [
  '*', '_', '**', '__', '***', '#', '## ', '- ', '* ', '+ ', '1. ', '2) ', '\n', '\n\n', '\r\n', ' ', '  ', '    ', '\t',
  'a', 'b', 'x y', 'Số', 'đ', 'Ủy', 'ban', '.', ',', ':', ';', '(', ')', '!', '?', '"', '“', '”', '…', '-', '–',
  '---', '===', '> ', '`', '``', '&amp;', '&', '[', ']', '](u)', '[a](b)', '<', '<br>', '<https://a.vn>', '\\', '\\*', '|',
];
const LINE_PREFIXES = ['', '', ' ', '   ', '    ', '\t', ' \t', '> ', '>', '- ', '-   ', '* ', '+ ', '1. ', '2. ', '10) ', '- > ', '> - ', '# ', '### ', '-', '1.', '```', '~~~ x', '<div>', '<b x="1">'];

describe('fast path agrees with remark on random Markdown', () => {
  let accepted = 0;
  let mixed = 0;
  const agrees = (text: string) => {
    const fast = fastMarkupEdits(text);
    if (fast) {
      accepted++;
      expect(fast).toEqual(remarkMarkupEdits(text));
      return;
    }
    const result = markupEdits(text);
    if (result.path === 'mixed') mixed++;
    expect(result.edits).toEqual(remarkMarkupEdits(text));
  };

  it('strings over an alphabet rich in markup', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...MARKUP_TOKENS), { maxLength: 50 }).map((tokens) => tokens.join('')), agrees), {
      numRuns: 1500,
    });
  });

  it('lines with container prefixes (lists, quotes, headings, code) over the same alphabet', () => {
    const line = fc
      .tuple(fc.constantFrom(...LINE_PREFIXES), fc.constantFrom(...LINE_PREFIXES), fc.array(fc.constantFrom(...MARKUP_TOKENS.filter((t) => !t.includes('\n'))), { maxLength: 8 }))
      .map(([outer, inner, words]) => outer + inner + words.join(''));
    const ending = fc.constantFrom('\n', '\n', '\n\n', '\n \n', '\r\n', '\r');
    const document = fc.array(fc.tuple(line, ending), { maxLength: 12 }).map((lines) => lines.flat().join(''));
    fc.assert(fc.property(document, agrees), { numRuns: 1500 });
  });

  afterAll(() => {
    console.log(`random Markdown: the fast path accepted ${accepted} of 3000 inputs; ${mixed} more were split between the fast path and remark`);
    expect(accepted, 'the property must exercise the fast path').toBeGreaterThan(1000);
    expect(mixed, 'the property must exercise split parsing').toBeGreaterThan(20);
  });
});
