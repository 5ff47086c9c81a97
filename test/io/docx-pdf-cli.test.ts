import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const DOCX = join(ROOT, 'fixtures/docx/word-layout.docx');
const PDF = join(ROOT, 'fixtures/pdf/word-layout.pdf');

describe('vbhc parse on Word and PDF files', () => {
  it('parses a .docx', () => {
    const out = JSON.parse(execFileSync(BIN, ['parse', DOCX], { encoding: 'utf8' }));
    expect(out.file).toBe(DOCX);
    expect(out.documents[0].number.value).toBe('129/KH-UBND');
    expect(out.documents[0].signature.signer).toBe('Nguyễn Văn An');
  });

  it('parses a .pdf, as a readable summary too', () => {
    const out = execFileSync(BIN, ['parse', '--format', 'text', PDF], { encoding: 'utf8' });
    expect(out).toContain('129/KH-UBND');
    expect(out).toContain('Nguyễn Văn An');
  });

  it('recognises a PDF on standard input by its first bytes', () => {
    const out = JSON.parse(execFileSync(BIN, ['parse', '-'], { input: readFileSync(PDF), encoding: 'utf8' }));
    expect(out.documents[0].date.iso).toBe('2023-07-03');
  });

  it('names a scanned PDF on stderr, exits 2 and parses the other files', () => {
    const scanned = join(ROOT, 'fixtures/pdf/scanned.pdf');
    const run = spawnSync(BIN, ['parse', scanned, DOCX], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`vbhc: ${scanned}: no text layer (scanned image?): needs OCR`);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('lints text, Markdown, Word and PDF files named together', () => {
    const files = ['seeds/004_62c4785a12a18631.txt', 'corpus-sample/234-2026-ND-CP.md', 'docx/seeds/004_62c4785a12a18631.docx', 'pdf/seeds/004_62c4785a12a18631.pdf'].map(
      (file) => join(ROOT, 'fixtures', file),
    );
    const run = spawnSync(BIN, ['lint', '-f', 'json', ...files], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.map((result) => result.filePath)).toEqual(files);
    const rules = (index: number) => new Set(results[index]!.messages.map((message) => message.ruleId));
    // The same drafting mistakes are found whichever form the document comes in.
    for (const index of [2, 3]) {
      expect(rules(index)).toContain('header/number-format');
      expect(rules(index)).toContain('distribution/archive-unit');
      expect(rules(index)).toContain('text/duplicate-word');
    }
  });

  it('loads mammoth and pdfjs-dist only when a Word or PDF file comes', () => {
    const script = `
      import { createRequire } from 'node:module';
      const { readSource } = await import(${JSON.stringify(join(ROOT, 'dist/io/source.js'))});
      await readSource(process.argv[1]);
      const cached = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ mammoth: cached.some((path) => path.includes('/mammoth/')), pdfjs: 'pdfjsLib' in globalThis }));`;
    const loaded = (file: string) => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { encoding: 'utf8' }));
    expect(loaded(join(ROOT, 'fixtures/seeds/000_7af816a1aff8bd06.txt'))).toEqual({ mammoth: false, pdfjs: false });
    expect(loaded(DOCX)).toEqual({ mammoth: true, pdfjs: false });
    expect(loaded(PDF)).toEqual({ mammoth: false, pdfjs: true });
  });
});
