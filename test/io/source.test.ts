import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { decodeSource } from '../../src/io/source.js';

const TEXT = 'Số: 1719/UBND-THCBKS\r\nTuyên Quang, ngày 27 tháng 4 năm 2023\n';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
}

describe('decodeSource', () => {
  it('decodes UTF-8 with and without BOM to the same text', () => {
    const plain = decodeSource(Buffer.from(TEXT), 'a.txt');
    const withBom = decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'a.txt');
    expect(plain).toMatchObject({ text: TEXT, encoding: 'utf-8', bom: false });
    expect(withBom).toMatchObject({ text: TEXT, encoding: 'utf-8', bom: true });
  });

  it('decodes UTF-16 LE and BE by their BOM', () => {
    expect(decodeSource(utf16(TEXT, false), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16le', bom: true });
    expect(decodeSource(utf16(TEXT, true), 'a.txt')).toMatchObject({ text: TEXT, encoding: 'utf-16be', bom: true });
  });

  it('refuses binary data, naming the file', () => {
    expect(() => decodeSource(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), 'scan.txt')).toThrowError(
      new InputError('scan.txt', 'binary file, not text (contains NUL bytes)'),
    );
  });

  it('reads bytes that are not UTF-8 as Windows-1258 and says so (test/robustness covers TCVN3 and VNI)', () => {
    const windows1258 = Buffer.from([0x53, 0xf4, 0xec, 0x3a, 0x20, 0x31]);
    expect(decodeSource(windows1258, 'old.txt')).toMatchObject({ text: 'Số: 1', encoding: 'windows-1258', bom: false });
  });
});
