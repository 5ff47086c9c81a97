import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { decodeSource, type Source } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import { applyFixes } from '../../src/lint/fix/apply.js';
import { unifiedDiff } from '../../src/lint/fix/diff.js';
import { encodeLike, whyNotWritable, writeFixedFile } from '../../src/lint/fix/write.js';
import type { LintResult } from '../../src/lint/result.js';

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

  it.skipIf(process.getuid?.() !== 0)('keeps the owner and group (when run as root, which may give files away)', async () => {
    const dir = tmp();
    const source = fileWith(dir, 'doc.txt', Buffer.from('ngày 5\n'));
    chownSync(source.path, 1234, 4321);
    await writeFixedFile(source, 'ngày 05\n');
    expect(statSync(source.path)).toMatchObject({ uid: 1234, gid: 4321 });
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
    expect(whyNotWritable({ ...text, encoding: 'windows-1258' as Source['encoding'] })).toMatch(/converted from Windows-1258; vbhc writes back only UTF-8 and UTF-16 files/);
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

describe('vbhc lint --fix and --fix-dry-run on copies of every seed', () => {
  const ROOT = join(import.meta.dirname, '../..');
  const BIN = join(ROOT, 'bin/vbhc.js');
  const SEEDS = join(ROOT, 'fixtures/seeds');
  const seedNames = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));

  /** Each seed as UTF-8, as UTF-8 with BOM and CRLF, and as UTF-16 LE. */
  const FORMS: Record<string, (text: string) => Buffer> = {
    utf8: (text) => Buffer.from(text),
    'bom-crlf': (text) => Buffer.concat([UTF8_BOM, Buffer.from(text.replace(/\n/g, '\r\n'))]),
    utf16: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
  };

  function vbhc(args: string[], cwd: string, input?: string) {
    return spawnSync(process.execPath, [BIN, 'lint', '--lang', 'en', ...args], { cwd, encoding: 'utf8', input });
  }

  /** A folder with every seed in every form, all with mode 640; the bytes of each file by name. */
  function seedCopies(): { dir: string; original: Map<string, Buffer> } {
    const dir = tmp();
    const original = new Map<string, Buffer>();
    for (const name of seedNames) {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      for (const [form, encode] of Object.entries(FORMS)) {
        const copy = `${form}-${name}`;
        writeFileSync(join(dir, copy), encode(text));
        chmodSync(join(dir, copy), 0o640);
        original.set(copy, encode(text));
      }
    }
    return { dir, original };
  }

  function bytesIn(dir: string): Map<string, Buffer> {
    return new Map([...readdirSync(dir)].filter((name) => name.endsWith('.txt')).map((name) => [name, readFileSync(join(dir, name))]));
  }

  it('--fix changes exactly the fixable findings, keeps each file\'s form and mode, and a second run changes nothing', () => {
    const { dir, original } = seedCopies();
    const before = new Map([...original].map(([name, bytes]) => [name, decodeSource(bytes, name)]));
    const fixable = lintSources([...before.values()]).map((result) => result.messages.flatMap((message) => (message.fix ? [message.fix] : [])));
    const run = vbhc(['--fix', '--format', 'json', '.'], dir);
    expect(run.stderr).toMatch(/^vbhc: \d+ fixes in \d+ files applied and written\n$/);
    const after = bytesIn(dir);
    let fixedFiles = 0;
    [...before.values()].forEach((source, i) => {
      const bytes = after.get(source.path)!;
      const reread = decodeSource(bytes, source.path);
      const expected = applyFixes(source.text, fixable[i]!);
      expect(expected.applied).toHaveLength(fixable[i]!.length);
      expect(reread.text).toBe(expected.text);
      expect(reread).toMatchObject({ encoding: source.encoding, bom: source.bom });
      if (source.path.startsWith('bom-crlf')) expect(reread.text.replace(/\r\n/g, '')).not.toContain('\n');
      expect(statSync(join(dir, source.path)).mode & 0o7777).toBe(0o640);
      if (expected.applied.length > 0) fixedFiles++;
    });
    expect(fixedFiles).toBeGreaterThanOrEqual(3 * Object.keys(FORMS).length);
    const remaining: LintResult[] = JSON.parse(run.stdout);
    expect(remaining.flatMap((result) => result.messages).filter((message) => message.fix)).toEqual([]);
    const second = vbhc(['--fix', '.'], dir);
    expect(second.stderr).toBe('vbhc: no fixes to apply\n');
    expect(bytesIn(dir)).toEqual(after);
    expect(readdirSync(dir).filter((name) => !name.endsWith('.txt'))).toEqual([]);
  });

  it('--fix-dry-run writes nothing and prints a diff git apply takes, which gives what --fix writes', () => {
    const { dir, original } = seedCopies();
    for (const name of original.keys()) if (name.startsWith('utf16')) rmSync(join(dir, name));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const dry = vbhc(['--fix-dry-run', '.'], dir);
    expect(dry.stderr).toMatch(/^vbhc: \d+ fixes in \d+ files \(dry run: nothing written\)\n$/);
    expect(dry.stdout).toMatch(/^--- a\/bom-crlf-/);
    expect(bytesIn(dir)).toEqual(new Map([...original].filter(([name]) => !name.startsWith('utf16'))));
    writeFileSync(join(dir, 'fixes.patch'), dry.stdout);
    execFileSync('git', ['apply', '--check', 'fixes.patch'], { cwd: dir, stdio: 'pipe' });
    execFileSync('git', ['apply', 'fixes.patch'], { cwd: dir, stdio: 'pipe' });
    const patched = bytesIn(dir);
    rmSync(join(dir, 'fixes.patch'));
    for (const [name, bytes] of original) if (!name.startsWith('utf16')) writeFileSync(join(dir, name), bytes);
    vbhc(['--fix', '.'], dir);
    expect(bytesIn(dir)).toEqual(patched);
  });

  it('says which fixable findings stay: in .docx/.pdf files, and on standard input', () => {
    const docx = vbhc(['--fix', join(ROOT, 'fixtures/docx/seeds/003_3442f63ebba68316.docx')], ROOT);
    expect(docx.stderr).toMatch(/^vbhc: 1 fixable finding in \.docx\/\.pdf files not fixed: vbhc fixes text files only\n/m);
    const stdin = vbhc(['--fix', '-'], ROOT, 'Chỉ thị số 07/CT-TTg ngày ngày 21/3/2023\n');
    expect(stdin.stderr).toContain('vbhc: <stdin>: 1 fixable finding not fixed: --fix writes files, and standard input is not one');
    const stdinDry = vbhc(['--fix-dry-run', '-'], ROOT, 'Chỉ thị số 07/CT-TTg ngày ngày 21/3/2023\n');
    expect(stdinDry.stdout).toContain('-Chỉ thị số 07/CT-TTg ngày ngày 21/3/2023\n+Chỉ thị số 07/CT-TTg ngày 21/3/2023\n');
  });

  it('leaves a file read in a legacy encoding as it is, and says why', () => {
    const dir = tmp();
    const tcvn3 = readFileSync(join(ROOT, 'fixtures/lint/text/encoding/invalid-tcvn3.txt'), 'utf8');
    const bytes = Buffer.from(`${tcvn3}Gui cho cho cac don vi.\n`, 'latin1');
    writeFileSync(join(dir, 'legacy.txt'), bytes);
    for (const flag of ['--fix', '--fix-dry-run']) {
      const run = vbhc([flag, 'legacy.txt'], dir);
      expect(run.stderr).toMatch(/^vbhc: legacy\.txt: 1 fixable finding not fixed: it was converted from [^;]+; vbhc writes back only UTF-8 and UTF-16 files/m);
      expect(readFileSync(join(dir, 'legacy.txt'))).toEqual(bytes);
    }
  });

  it('refuses --fix with --fix-dry-run', () => {
    const both = vbhc(['--fix', '--fix-dry-run', 'x.txt'], ROOT);
    expect(both.status).not.toBe(0);
    expect(both.stderr).toMatch(/--fix-dry-run.*cannot be used with.*--fix/);
  });
});
