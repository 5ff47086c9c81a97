import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { FileReader } from '../../src/io/source.js';

const folder = mkdtempSync(join(tmpdir(), 'vbhc-reader-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, bytes: Buffer): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

const SMALL = Buffer.from('Số: 12/QĐ-UBND\n');
const LARGER = Buffer.alloc(100_000, 'Căn cứ Luật Tổ chức chính quyền địa phương;\n');
const HUGE = Buffer.alloc(5 * 1024 * 1024, 'Kính gửi: Sở Tài chính.\n');

describe('FileReader', () => {
  it('reads each file whole, into one buffer reused from file to file', () => {
    const reader = new FileReader(64);
    const first = reader.read(file('a.txt', SMALL));
    expect(first.equals(SMALL)).toBe(true);
    const larger = reader.read(file('b.txt', LARGER));
    expect(larger.equals(LARGER)).toBe(true);
    const again = reader.read(file('c.txt', SMALL));
    expect(again.equals(SMALL)).toBe(true);
    expect(again.buffer).toBe(larger.buffer);
  });

  it('reads an empty file as no bytes', () => {
    expect(new FileReader().read(file('empty.txt', Buffer.alloc(0))).length).toBe(0);
  });

  it('reads a file larger than its size says (a /proc file says 0) by growing the buffer', () => {
    const bytes = new FileReader(16).read('/proc/self/status');
    expect(bytes.length).toBeGreaterThan(16);
    expect(bytes.toString('latin1')).toMatch(/^Name:.*\n[\s\S]*\nPid:\s+\d+\n/);
  });

  it('reads a huge file into a buffer of its own, which it does not keep', () => {
    const reader = new FileReader();
    const small = reader.read(file('d.txt', SMALL));
    const huge = reader.read(file('huge.txt', HUGE));
    expect(huge.equals(HUGE)).toBe(true);
    expect(huge.buffer).not.toBe(small.buffer);
    expect(reader.read(file('e.txt', SMALL)).buffer).toBe(small.buffer);
  });

  it('names the file and the problem when it cannot be read', () => {
    const reader = new FileReader();
    expect(() => reader.read(join(folder, 'missing.txt'))).toThrow(new InputError(join(folder, 'missing.txt'), 'no such file or directory'));
    expect(() => reader.read(folder)).toThrow(new InputError(folder, 'is a directory'));
    expect(reader.read(file('f.txt', SMALL)).equals(SMALL)).toBe(true);
  });
});
