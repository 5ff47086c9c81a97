import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatOf, SUPPORTED_EXTENSIONS } from '../../src/io/formats.js';
import { describeLocation } from '../../src/io/location.js';
import { decodeSource, readSource, type Source, sourceFromBytes } from '../../src/io/source.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

describe('describeLocation', () => {
  it('gives line and column in a text file', () => {
    const source = decodeSource(Buffer.from('Số: 12/UBND\r\nHà Nội, ngày 5 tháng 3 năm 2024\n'), 'a.txt');
    expect(describeLocation(source, 0)).toBe('a.txt:1:1');
    expect(describeLocation(source, source.text.indexOf('ngày'))).toBe('a.txt:2:9');
    expect(describeLocation(source, source.text.length + 50)).toBe('a.txt:3:1');
  });

  it('gives the Word paragraph in a .docx', async () => {
    const path = join(FIXTURES, 'docx/seeds/003_3442f63ebba68316.docx');
    const source = await readSource(path);
    // LibreOffice made one paragraph per line of the seed, so paragraph and line agree.
    expect(describeLocation(source, source.text.indexOf('Số: **1460**'))).toBe(`${path}:¶3`);
    expect(describeLocation(source, source.text.indexOf('Kính gửi'))).toBe(`${path}:¶11`);
  });

  it('gives page and line on the page in a .pdf', async () => {
    const path = join(FIXTURES, 'pdf/seeds/004_62c4785a12a18631.pdf');
    const source = await readSource(path);
    const second = source.text.indexOf('HUYỆN ĐỊNH HÓA');
    expect(describeLocation(source, source.text.indexOf('THỊ TRẤN CHỢ CHU'))).toBe(`${path}:p1:2`);
    expect(describeLocation(source, second)).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:p[2-9]:\\d+$`));
  });

  it('names an extracted source with no places by its path alone', () => {
    const source: Source = { path: 'empty.pdf', text: '', encoding: 'utf-8', bom: false, format: 'pdf', places: [] };
    expect(describeLocation(source, 0)).toBe('empty.pdf');
  });
});

describe('choosing the reader', () => {
  const pdf = Buffer.from('%PDF-1.7\n');
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);

  it('goes by extension, any case', () => {
    expect(formatOf('a.DOCX', Buffer.from('x'))).toBe('docx');
    expect(formatOf('b.Pdf', Buffer.from('x'))).toBe('pdf');
    expect(formatOf('c.md', pdf)).toBe('text');
  });

  it('goes by the first bytes for standard input and unknown extensions', () => {
    expect(formatOf('<stdin>', pdf)).toBe('pdf');
    expect(formatOf('scan', zip)).toBe('docx');
    expect(formatOf('notes.text', Buffer.from('Số: 12/UBND'))).toBe('text');
  });

  it('lists what a folder walk picks up', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['txt', 'md', 'markdown', 'docx', 'pdf']);
  });

  it('reads a Word document from standard input', async () => {
    const source = await sourceFromBytes(readFileSync(join(FIXTURES, 'docx/word-layout.docx')), '<stdin>');
    expect(source.format).toBe('docx');
    expect(source.text.startsWith('ỦY BAN NHÂN DÂN\n')).toBe(true);
  });
});
