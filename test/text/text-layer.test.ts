import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphsIn } from '../../src/document/paragraphs.js';
import { decodeSource } from '../../src/io/source.js';
import { buildTextLayer, type TextLayer } from '../../src/text/text-layer.js';

const SEEDS_DIR = join(import.meta.dirname, '../../fixtures/seeds');
const SEEDS = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
const seedText = (name: string) => readFileSync(join(SEEDS_DIR, name), 'utf8');

function layerOf(bytes: Uint8Array, path = 'seed.txt', markdown: 'auto' | 'remark' = 'auto'): TextLayer {
  return buildTextLayer(decodeSource(bytes, path), { markdown });
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const cr = (text: string) => text.replace(/\n/g, '\r');
const nfd = (text: string) => text.normalize('NFD');

const VARIANTS: Record<string, (text: string) => Uint8Array> = {
  'UTF-8 with BOM': utf8Bom,
  'UTF-16 LE with BOM': utf16le,
  'UTF-16 BE with BOM': utf16be,
  CRLF: (text) => utf8(crlf(text)),
  CR: (text) => utf8(cr(text)),
  NFD: (text) => utf8(nfd(text)),
  'UTF-16 BE, CRLF and NFD at once': (text) => utf16be(nfd(crlf(text))),
};

/** What a paragraph says, whichever way it was written: NFC, `Đ`, no markup characters, single spaces. */
function normalized(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00d0/g, '\u0110')
    .replace(/\u00f0/g, '\u0111')
    .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[*_#`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe.each(SEEDS)('text layer of %s', (seed) => {
  const text = seedText(seed);
  const plain = layerOf(utf8(text));

  it('takes the fast Markdown path, and remark gives the same text', () => {
    expect(plain.markupPath).toBe('fast');
    expect(layerOf(utf8(text), seed, 'remark').text).toBe(plain.text);
  });

  it.each(Object.keys(VARIANTS))('is the same text from %s', (variant) => {
    const layer = layerOf(VARIANTS[variant]!(text));
    expect(layer.text).toBe(plain.text);
    expect(layer.markupPath).toBe('fast');
  });

  it.each([
    ['UTF-8', utf8(text)],
    ['CRLF and NFD', utf8(nfd(crlf(text)))],
  ])('maps every offset back inside the original, in order (%s)', (_, bytes) => {
    const layer = layerOf(bytes);
    const length = layer.source.text.length;
    let previousStart = 0;
    let previousEnd = 0;
    for (let offset = 0; offset <= layer.text.length; offset++) {
      const start = layer.toOriginal(offset, 'start');
      const end = layer.toOriginal(offset, 'end');
      expect(start).toBeGreaterThanOrEqual(previousStart);
      expect(end).toBeGreaterThanOrEqual(previousEnd);
      expect(Math.max(start, end)).toBeLessThanOrEqual(length);
      // Each character of the layer comes from at least one character of the original.
      if (offset > 0) expect(end).toBeGreaterThan(previousStart);
      previousStart = start;
      previousEnd = end;
    }
  });

  it.each([
    ['UTF-8', utf8(text)],
    ['CRLF and NFD', utf8(nfd(crlf(text)))],
    ['UTF-16 LE', utf16le(text)],
  ])('gives back exactly the written text of every paragraph (%s)', (_, bytes) => {
    const layer = layerOf(bytes);
    for (const paragraph of paragraphsIn(layer)) {
      expect(normalized(layer.raw(paragraph.start, paragraph.end))).toBe(normalized(paragraph.text));
    }
  });
});

describe('layout of the seeds', () => {
  const paragraphs = (seed: string) => buildTextLayer(decodeSource(utf8(seedText(seed)), seed)).text.split('\n');

  it('joins the blank-line-per-line PDF layout of seed 001 into paragraphs', () => {
    const lines = paragraphs('001_fef7328643f9545c.txt');
    expect(lines).toContain('V/v tăng cường công tác truyền thông chính sách');
    expect(lines).toContain(
      'Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về việc tăng cường công tác truyền thông chính sách (văn bản gửi kèm), UBND tỉnh chỉ đạo:',
    );
    const bullet = lines.find((line) => line.startsWith('- Tiếp tục thực hiện tốt việc công khai thông tin'));
    // `407/QĐ-` ended a line and `TTg` began the next: the join leaves a space for the citation finder to bridge.
    expect(bullet).toMatch(/^- Tiếp tục .* Quyết định số 407\/QĐ- TTg ngày 30\/3\/2022 .* giai đoạn 2022 - 2027”\.$/);
  });

  it('keeps header lines, list items and signature lines of seed 001 apart', () => {
    const lines = paragraphs('001_fef7328643f9545c.txt');
    expect(lines.slice(0, 5)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐẮK LẮK',
      'Số: /UBND-KGVX',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập – Tự do – Hạnh phúc',
    ]);
    const recipients = lines.indexOf('Kính gửi:');
    expect(lines.slice(recipients + 1, recipients + 4)).toEqual([
      '- Các Sở, ban, ngành của tỉnh;',
      '- UBND các huyện, thị xã, thành phố;',
      '- Báo Đắk Lắk;',
    ]);
    expect(lines.slice(-4)).toEqual(['- Lưu: VT, KGVX(Nh-06b).', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Tuấn Hà']);
  });

  it('makes one paragraph of the seed 004 bullet broken by a blank line', () => {
    const lines = paragraphs('004_62c4785a12a18631.txt');
    const bullet = lines.find((line) => line.startsWith('- Tiếp tục nâng cao vai trò, trách nhiệm của người đứng đầu'));
    expect(bullet).toContain('người đứng đầu đối với công tác truyền thông chính sách. Chủ động triển khai');
  });

  it('drops the lone page number 4 of seed 003', () => {
    const lines = paragraphs('003_3442f63ebba68316.txt');
    expect(lines).not.toContain('4');
    const archive = lines.indexOf('- Lưu: VT, KGVX.');
    expect(lines[archive + 1]).toBe('TM. ỦY BAN NHÂN DÂN');
  });

  it('strips the emphasis of seed 003 fields and keeps their text', () => {
    const lines = paragraphs('003_3442f63ebba68316.txt');
    expect(lines).toContain('Số: 1460 /UBND-KGVX');
    expect(lines).toContain('Hà Nội, ngày 18 tháng 5 năm 2023');
  });
});
