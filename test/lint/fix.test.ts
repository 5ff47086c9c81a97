import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { decodeSource, type Source } from '../../src/io/source.js';
import { applyFixes } from '../../src/lint/fix/apply.js';
import { unifiedDiff } from '../../src/lint/fix/diff.js';
import { encodeLike, whyNotWritable, writeFixedFile } from '../../src/lint/fix/write.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'vbhc-fix-'));
}

/** A file written with these bytes and read back as vbhc reads it. */
function fileWith(dir: string, name: string, bytes: Uint8Array): Source {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return decodeSource(readFileSync(path), path);
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('applyFixes', () => {
  it('applies non-overlapping fixes by original offsets', () => {
    const result = applyFixes('ngày ngày 5 tháng 09', [
      { range: [18, 20], text: '9' },
      { range: [4, 9], text: '' },
    ]);
    expect(result.text).toBe('ngày 5 tháng 9');
    expect(result.applied.map((fix) => fix.range)).toEqual([
      [4, 9],
      [18, 20],
    ]);
  });

  it('keeps the first of overlapping fixes and defers the rest, and two insertions at one point', () => {
    const result = applyFixes('abcdef', [
      { range: [1, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [5, 5], text: '1' },
      { range: [5, 5], text: '2' },
      { range: [3, 3], text: '+' },
    ]);
    expect(result.text).toBe('aX+de1f');
    expect(result.deferred.map((fix) => fix.text)).toEqual(['Y', '2']);
  });

  it('drops fixes outside the text, reversed, splitting a surrogate pair, or changing nothing', () => {
    const text = 'a😀b';
    const result = applyFixes(text, [
      { range: [2, 3], text: 'x' },
      { range: [-1, 1], text: 'x' },
      { range: [3, 9], text: 'x' },
      { range: [2, 1], text: 'x' },
      { range: [0, 1], text: 'a' },
    ]);
    expect(result).toEqual({ text, applied: [], deferred: [] });
  });

  it('writes line breaks of a replacement as the text does', () => {
    expect(applyFixes('a\r\nb', [{ range: [0, 1], text: 'x\ny' }]).text).toBe('x\r\ny\r\nb');
    expect(applyFixes('a\nb', [{ range: [0, 1], text: 'x\r\ny' }]).text).toBe('x\ny\nb');
  });
});

describe('writeFixedFile', () => {
  it('keeps encoding, BOM and line endings: UTF-8, UTF-8 with BOM and CRLF, UTF-16 LE and BE', async () => {
    const dir = tmp();
    const text = 'Số: 5/QĐ-UBND\r\nngày 05 tháng 9\r\n';
    const cases: [string, Buffer][] = [
      ['plain.txt', Buffer.from(text.replace(/\r\n/g, '\n'))],
      ['bom-crlf.txt', Buffer.concat([UTF8_BOM, Buffer.from(text)])],
      ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
    ];
    for (const [name, bytes] of cases) {
      const source = fileWith(dir, name, bytes);
      const fixed = applyFixes(source.text, [{ range: [4, 5], text: '05' }]).text;
      await writeFixedFile(source, fixed);
      const after = readFileSync(source.path);
      expect(after.subarray(0, 2)).toEqual(bytes.subarray(0, 2));
      const reread = decodeSource(after, source.path);
      expect(reread).toMatchObject({ encoding: source.encoding, bom: source.bom, text: fixed });
      expect(after).toEqual(encodeLike(source, fixed));
    }
  });

  it('keeps permission bits and leaves no temporary file', async () => {
    const dir = tmp();
    const source = fileWith(dir, 'doc.txt', Buffer.from('ngày 5\n'));
    chmodSync(source.path, 0o640);
    await writeFixedFile(source, 'ngày 05\n');
    expect(statSync(source.path).mode & 0o7777).toBe(0o640);
    expect(readFileSync(source.path, 'utf8')).toBe('ngày 05\n');
    expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' })).toBe('doc.txt\n');
  });

  it('refuses a file changed between reading and writing, and leaves it as changed', async () => {
    const dir = tmp();
    const source = fileWith(dir, 'doc.txt', Buffer.from('ngày 5\n'));
    const edited = 'ngày 5, edited meanwhile\n';
    const write = writeFixedFile(source, 'ngày 05\n', { beforeReplace: () => writeFileSync(source.path, edited) });
    await expect(write).rejects.toThrow(InputError);
    await expect(write).rejects.toThrow(`${source.path}: not fixed: the file changed since vbhc read it`);
    expect(readFileSync(source.path, 'utf8')).toBe(edited);
    expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' })).toBe('doc.txt\n');
  });

  it('writes through a symbolic link to the file it names', async () => {
    const dir = tmp();
    fileWith(dir, 'real.txt', Buffer.from('ngày 5\n'));
    symlinkSync('real.txt', join(dir, 'link.txt'));
    const source = decodeSource(readFileSync(join(dir, 'link.txt')), join(dir, 'link.txt'));
    await writeFixedFile(source, 'ngày 05\n');
    expect(readFileSync(join(dir, 'real.txt'), 'utf8')).toBe('ngày 05\n');
    expect(statSync(join(dir, 'link.txt'), { throwIfNoEntry: true }).isFile()).toBe(true);
    expect(execFileSync('find', [dir, '-type', 'l'], { encoding: 'utf8' }).trim()).toBe(join(dir, 'link.txt'));
  });

  it('writes back only text read without conversion', () => {
    const text: Source = { path: 'a.txt', text: '', encoding: 'utf-8', bom: false };
    expect(whyNotWritable(text)).toBeNull();
    expect(whyNotWritable({ ...text, path: '<stdin>' })).toMatch(/standard input/);
    expect(whyNotWritable({ ...text, format: 'docx' })).toMatch(/text files only/);
    expect(whyNotWritable({ ...text, encoding: 'windows-1258' as Source['encoding'] })).toMatch(/converted from windows-1258/);
  });
});

describe('unifiedDiff', () => {
  it('is a patch git apply accepts: paths a/ and b/, CRLF and a UTF-8 BOM kept, no newline at the end', () => {
    const dir = tmp();
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const before = 'Số: 5/QĐ-UBND\r\n' + 'dòng\r\n'.repeat(8) + 'ngày ngày 5\r\ncuối';
    const after = before.replace('5/', '05/').replace('ngày ngày', 'ngày').replace('cuối', 'cuối.');
    writeFileSync(join(dir, 'doc.txt'), Buffer.concat([UTF8_BOM, Buffer.from(before)]));
    const patch = unifiedDiff(join(dir, 'doc.txt'), before, after, { bom: true, cwd: dir });
    expect(patch).toMatch(/^--- a\/doc\.txt\n\+\+\+ b\/doc\.txt\n@@ /);
    writeFileSync(join(dir, 'fix.patch'), patch);
    execFileSync('git', ['apply', '--check', 'fix.patch'], { cwd: dir });
    execFileSync('git', ['apply', 'fix.patch'], { cwd: dir });
    expect(readFileSync(join(dir, 'doc.txt'))).toEqual(Buffer.concat([UTF8_BOM, Buffer.from(after)]));
  });
});
