import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectLegacyFont } from '../../src/io/legacy/detect.js';
import { decodeTcvn3, TCVN3_TABLE } from '../../src/io/legacy/tcvn3.js';
import { decodeVni, VNI_TABLE } from '../../src/io/legacy/vni.js';
import { decodeSource } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import { parseSource } from '../../src/pipeline.js';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const SEED_FILES = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'));
const seedText = (file: string) => readFileSync(join(SEEDS, file), 'utf8');

function inverse(table: ReadonlyMap<string, string>): Map<string, string> {
  const letters = new Map<string, string>();
  for (const [code, letter] of table) if (!letters.has(letter)) letters.set(letter, code);
  return letters;
}

const TCVN3_CODES = inverse(TCVN3_TABLE);
const VNI_CODES = inverse(VNI_TABLE);

/** What a TCVN3 document holds: capitals with a tone mark typed as the lower-case code (the ABC capital fonts draw them). */
function asTcvn3Shows(text: string): string {
  return [...text].map((char) => (TCVN3_CODES.has(char) ? char : TCVN3_CODES.has(char.toLowerCase()) ? char.toLowerCase() : char)).join('');
}

function encodeTcvn3(text: string): string {
  return [...asTcvn3Shows(text)].map((char) => TCVN3_CODES.get(char) ?? char).join('');
}

function encodeVni(text: string): string {
  return [...text].map((char) => VNI_CODES.get(char) ?? char).join('');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Windows-1258 has ă â ê ô ơ ư đ but writes tone marks as separate combining characters. */
function encodeWindows1258(text: string): Buffer {
  const split = [...text]
    .map((char) => {
      const decomposed = char.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS)?.join('') ?? '';
      return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones;
    })
    .join('');
  return iconv.encode(split, 'windows1258');
}

/** The model without offsets and columns, which legitimately differ between encodings of one text. */
function withoutOffsets(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'offset' || key === 'column' ? undefined : field)));
}

describe('published legacy text converts to Unicode', () => {
  it('TCVN3 (ABC) as it shows in Windows-1252', () => {
    expect(decodeTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeTcvn3('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeTcvn3('QuyÕt ®Þnh cña Thñ t\u00adíng ChÝnh phñ vÒ viÖc giao nhiÖm vô')).toBe('Quyết định của Thủ tướng Chính phủ về việc giao nhiệm vụ');
  });

  it('VNI as it shows in Windows-1252', () => {
    expect(decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeVni('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeVni('QUYEÁT ÑÒNH cuûa Thuû töôùng; NGÖÔØI KYÙ')).toBe('QUYẾT ĐỊNH của Thủ tướng; NGƯỜI KÝ');
  });

  it('every Vietnamese letter has a VNI code, and every TCVN3 code a distinct letter', () => {
    const vowels = 'aăâeêioôơuưy';
    const letters = [...vowels].flatMap((vowel) => ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) => (vowel + tone).normalize('NFC')));
    for (const letter of [...letters, 'đ']) {
      for (const form of [letter, letter.toUpperCase()]) expect(decodeVni(encodeVni(form)), form).toBe(form);
      expect(decodeTcvn3(encodeTcvn3(letter)), letter).toBe(letter);
    }
    const marked = [...letters, 'đ'].filter((letter) => !'aeiouy'.includes(letter));
    const capitals = [...'ĂÂÊÔƠƯĐ'];
    expect([...TCVN3_TABLE.values()].sort()).toEqual([...marked, ...capitals].sort());
  });
});

describe.each(SEED_FILES)('seed %s written in a legacy encoding', (file) => {
  const text = seedText(file);
  const reference = parseSource(decodeSource(Buffer.from(text), file));

  it('as VNI bytes: converted, said, and the same model', () => {
    const source = decodeSource(iconv.encode(encodeVni(text), 'windows-1252'), file);
    expect(source.encoding).toBe('vni');
    expect(source.text).toBe(text);
    expect(withoutOffsets(parseSource(source))).toEqual(withoutOffsets(reference));
  });

  it('as VNI read into a UTF-8 file (mojibake): converted', () => {
    const source = decodeSource(Buffer.from(encodeVni(text)), file);
    expect(source.encoding).toBe('vni');
    expect(source.text).toBe(text);
  });

  it('as TCVN3 bytes and as TCVN3 mojibake in UTF-8: converted, capitals with tones restored from the words around them', () => {
    const codeByCode = encodeTcvn3(text).replace(/[\u00a1-\u00fe]/g, (code) => TCVN3_TABLE.get(code) ?? code);
    expect(codeByCode).not.toBe(text); // the seed has capitals with tones, which TCVN3 writes as lower-case codes
    for (const bytes of [iconv.encode(encodeTcvn3(text), 'windows-1252'), Buffer.from(encodeTcvn3(text))]) {
      const source = decodeSource(bytes, file);
      expect(source.encoding).toBe('tcvn3');
      expect(source.text).toBe(text);
      expect(withoutOffsets(parseSource(source))).toEqual(withoutOffsets(reference));
    }
  });

  it('as Windows-1258 (tone marks combining): converted to NFC, the same model', () => {
    const source = decodeSource(encodeWindows1258(text), file);
    expect(source.encoding).toBe('windows-1258');
    expect(source.text).toBe(text);
    expect(withoutOffsets(parseSource(source))).toEqual(withoutOffsets(reference));
  });

  it('in Unicode: left alone', () => {
    expect(detectLegacyFont(text)).toBeNull();
  });
});

describe('detection needs many tell-tale characters', () => {
  const unicode = seedText(SEED_FILES[0]!);

  it('leaves a Unicode document quoting a garbled line as it is', () => {
    const quoted = `${unicode}\nBản gốc hiển thị: "Céng hoµ x· héi chñ nghÜa ViÖt Nam §éc lËp - Tù do - H¹nh phóc"\n`;
    expect(decodeSource(Buffer.from(quoted), 'quoted.txt').encoding).toBe('utf-8');
  });

  it('leaves French, German and symbols alone', () => {
    const foreign = 'Où est la gare ? Là où il naït. Müller, Jürgen; 25 °C, 3 m², « citation », 1ª, µm, © 2024. '.repeat(20);
    expect(decodeSource(Buffer.from(foreign), 'foreign.txt').encoding).toBe('utf-8');
  });

  it('converts a short legacy file', () => {
    expect(decodeSource(Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nQuyÕt ®Þnh vÒ viÖc ban hµnh\n'), 'short.txt').encoding).toBe('tcvn3');
    expect(decodeSource(Buffer.from('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\n'), 'short.txt').encoding).toBe('vni');
  });

  it('refuses binary data that is not UTF-8 rather than reading it as Windows-1258', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 255 || 1));
    expect(() => decodeSource(bytes, 'image.txt')).toThrowError(/image\.txt: binary file/);
  });

  it('refuses a UTF-8 BOM followed by bytes that are not UTF-8', () => {
    expect(() => decodeSource(Buffer.from([0xef, 0xbb, 0xbf, 0x43, 0xe9, 0x6e, 0x67]), 'bom.txt')).toThrowError(/bom\.txt: cannot decode/);
  });
});

describe('lint says a file was converted', () => {
  it('reports text/encoding at the start of a converted file, and nothing of the sort for Unicode', () => {
    const text = seedText(SEED_FILES[1]!);
    const [converted, clean] = lintSources([decodeSource(Buffer.from(encodeVni(text)), 'vni.txt'), decodeSource(Buffer.from(text), 'clean.txt')]);
    const notes = (result: typeof converted) => result!.messages.filter((message) => message.ruleId === 'text/encoding' && message.message.includes('VNI'));
    expect(notes(converted).map(({ line, column }) => `${line}:${column}`)).toEqual(['1:1']);
    expect(notes(clean)).toEqual([]);
  });
});
