import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/io/docx.js';
import { formatNumber, ListNumbering } from '../../src/io/docx-numbering.js';
import { XmlError, xmlTags, xmlTree } from '../../src/io/docx-xml.js';
import { InputError } from '../../src/io/input-error.js';
import { describeLocation } from '../../src/io/location.js';
import { readSource } from '../../src/io/source.js';
import type { Section } from '../../src/model/outline.js';
import { parseSource } from '../../src/pipeline.js';

const DOCX = join(import.meta.dirname, '../../fixtures/docx');
const WORD_LAYOUT = join(DOCX, 'word-layout.docx');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function sectionNumbers(sections: readonly Section[]): string[] {
  return sections.flatMap((section) => [section.number, ...sectionNumbers(section.children)]);
}

/** A .docx with the given body (and numbering, when given), built in memory. */
async function docx(body: string, numbering?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  if (numbering) {
    zip.file('word/numbering.xml', `<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
    zip.file(
      'word/_rels/document.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    );
  }
  return zip.generateAsync({ type: 'uint8array' });
}

const p = (text: string, list?: [number, number]) =>
  `<w:p>${list ? `<w:pPr><w:numPr><w:ilvl w:val="${list[1]}"/><w:numId w:val="${list[0]}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;

describe('a .docx laid out the way Word makes them', () => {
  it('reads as Markdown-like text: header table by columns, Word numbering written out, emphasis, footnote at the end', async () => {
    const source = await readSource(WORD_LAYOUT);
    expect(source).toMatchObject({ format: 'docx', encoding: 'utf-8', bom: false });
    expect(source.text).toBe(readFileSync(join(DOCX, 'word-layout.expected.txt'), 'utf8'));
  });

  it('parses to its number, date, signer, citations and numbered sections', async () => {
    const [document] = parseSource(await readSource(WORD_LAYOUT)).documents;
    expect(document?.number?.value).toBe('129/KH-UBND');
    expect(document?.date?.iso).toBe('2023-07-03');
    expect(document?.signature?.signer).toBe('Nguyễn Văn An');
    expect(document?.issuer?.name).toMatch(/TỈNH THÁI NGUYÊN/);
    expect(new Set(document?.citations.map((citation) => citation.number))).toEqual(
      new Set(['07/CT-TTg', '407/QĐ-TTg', '09/2017/NĐ-CP', null]),
    );
    expect(sectionNumbers(document?.sections ?? [])).toEqual(
      expect.arrayContaining(['I.', '1.', '2.', 'II.', '1.1.', 'a)', 'b)', '1.2.', 'III.']),
    );
  });

  it('places every line at its Word paragraph, the footnote at fn1', async () => {
    const source = await readSource(WORD_LAYOUT);
    const at = (needle: string) => describeLocation(source, source.text.indexOf(needle));
    expect(at('ỦY BAN NHÂN DÂN')).toBe(`${WORD_LAYOUT}:¶1`);
    // The header table is read column by column, but each cell keeps its own paragraph number.
    expect(at('Số: 129/KH-UBND')).toBe(`${WORD_LAYOUT}:¶5`);
    expect(at('CỘNG HÒA')).toBe(`${WORD_LAYOUT}:¶3`);
    expect(at('KẾ HOẠCH')).toBe(`${WORD_LAYOUT}:¶8`);
    expect(at('1.1. Sở Thông tin')).toBe(`${WORD_LAYOUT}:¶20`);
    expect(at('[^1] Đăng trên')).toBe(`${WORD_LAYOUT}:fn1`);
    expect(source.text).not.toContain('_vbhc_');
  });
});

describe('Word list numbering', () => {
  const level = (ilvl: number, format: string, text: string, extra = '') =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
  const numbering = (abstract: string, nums: string) =>
    new ListNumbering(xmlTree(`<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${abstract}</w:abstractNum>${nums}</w:numbering>`), new Map());
  const sections = level(0, 'upperRoman', '%1.') + level(1, 'decimal', '%2.') + level(2, 'decimal', '%2.%3.') + level(3, 'lowerLetter', '%4)');

  it('writes Roman, decimal, multi-level decimal and letter labels, restarting deeper levels', () => {
    const list = numbering(sections, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>');
    const labels = [0, 1, 2, 3, 3, 2, 1, 0, 1, 2].map((depth) => list.next({ numId: '1', level: depth }));
    expect(labels).toEqual(['I. ', '1. ', '1.1. ', 'a) ', 'b) ', '1.2. ', '2. ', 'II. ', '1. ', '1.1. ']);
  });

  it('shares counters between instances of one list, restarts where an instance overrides the start', () => {
    const list = numbering(
      level(0, 'decimal', '%1.'),
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
    );
    const labels = ['1', '1', '2', '3', '3'].map((numId) => list.next({ numId, level: 0 }));
    expect(labels).toEqual(['1. ', '2. ', '3. ', '1. ', '2. ']);
  });

  it('writes bullets as "-", legal numbering as decimal, no space where the suffix is nothing', () => {
    const list = numbering(
      level(0, 'upperRoman', '%1.') + level(1, 'decimal', '%1.%2.', '<w:isLgl/><w:suff w:val="nothing"/>') + level(2, 'bullet', '\uf0b7'),
      '<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect([0, 1, 2].map((depth) => list.next({ numId: '4', level: depth }))).toEqual(['I. ', '1.1.', '- ']);
  });

  it('gives no label for an unknown list or level', () => {
    const list = numbering(level(0, 'decimal', '%1.'), '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>');
    expect(list.next({ numId: '9', level: 0 })).toBeNull();
    expect(list.next({ numId: '1', level: 5 })).toBeNull();
  });

  it('formats counters as Word does', () => {
    expect([1, 26, 27, 28].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb']);
    expect(formatNumber(1994, 'upperRoman')).toBe('MCMXCIV');
    expect(formatNumber(4, 'lowerRoman')).toBe('iv');
    expect(formatNumber(5, 'decimalZero')).toBe('05');
    expect(formatNumber(7, 'chineseCounting')).toBe('7');
  });

  it('numbers paragraphs of a .docx through numbering.xml and skips numId 0', async () => {
    const bytes = await docx(
      p('Mở đầu') + p('MỤC ĐÍCH', [1, 0]) + p('Nội dung', [1, 1]) + p('Không đánh số', [0, 0]) + p('Yêu cầu', [1, 1]),
      `<w:abstractNum w:abstractNumId="0">${sections}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    );
    const source = await readDocx(bytes, 'list.docx');
    expect(source.text).toBe('Mở đầu\nI. MỤC ĐÍCH\n1. Nội dung\nKhông đánh số\n2. Yêu cầu');
  });
});

describe('reading .docx content', () => {
  it('counts empty paragraphs as Word does and keeps them as empty lines', async () => {
    const source = await readDocx(await docx(`${p('Một')}<w:p/>${p('Hai')}`), 'empty.docx');
    expect(source.text).toBe('Một\n\nHai');
    expect(describeLocation(source, source.text.indexOf('Hai'))).toBe('empty.docx:¶3');
  });

  it('writes bold and italic runs as ** and * outside their spaces', async () => {
    const body = '<w:p><w:r><w:t xml:space="preserve">Số: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">1460 </w:t></w:r>' +
      '<w:r><w:t>/UBND-KGVX </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>ngày</w:t></w:r></w:p>';
    expect((await readDocx(await docx(body), 'b.docx')).text).toBe('Số: **1460** /UBND-KGVX *ngày*');
  });

  it('reads a wide table row by row, one cell paragraph per line', async () => {
    const cell = (text: string) => `<w:tc>${p(text)}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const body = `<w:tbl>${row('TT', 'Nhiệm vụ', 'Chủ trì')}${row('1', 'Tuyên truyền', 'Sở TTTT')}</w:tbl>`;
    expect((await readDocx(await docx(body), 't.docx')).text).toBe('TT\nNhiệm vụ\nChủ trì\n1\nTuyên truyền\nSở TTTT');
  });
});

describe('damaged and unsupported .docx', () => {
  const rejects = (bytes: Uint8Array, message: string) => expect(readDocx(bytes, 'x.docx')).rejects.toThrowError(new InputError('x.docx', message));

  it('names a file that is not a ZIP', async () => {
    await rejects(Buffer.from('Số: 12/UBND'), 'not a .docx (no ZIP signature)');
  });

  it('names a password-protected or old .doc file', async () => {
    await rejects(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'password-protected or old-format (.doc) Word file: save it as an unprotected .docx');
  });

  it('names a damaged ZIP', async () => {
    await rejects(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'not a valid .docx (the ZIP container is damaged)');
  });

  it('names a ZIP that holds no Word document', async () => {
    const zip = new JSZip();
    zip.file('content.xml', '<office:document/>');
    await rejects(await zip.generateAsync({ type: 'uint8array' }), 'not a Word document (no word/document.xml in the ZIP)');
  });

  it('names broken XML', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', `<w:document ${W}><w:body><w:p></w:body></w:document>`);
    await rejects(await zip.generateAsync({ type: 'uint8array' }), 'damaged .docx (broken XML: unexpected </w:body>)');
  });
});

describe('XML scanning', () => {
  it('reads tags, canonical prefixes and entity-decoded attributes', () => {
    const tree = xmlTree(`<?xml version="1.0"?><!-- note --><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:lvlText x:val="%1 &amp; &#x41;&gt;"/></x:document>`);
    const level = tree.children[0]?.children[0];
    expect(level?.name).toBe('w:lvlText');
    expect(level?.attributes.get('w:val')).toBe('%1 & A>');
  });

  it('ends on any text with tags or an XmlError, never another error', () => {
    const markup = fc.constantFrom('<', '>', '/', '=', '"', "'", ' ', 'a', 'w:p', '<!--', '-->', '<?', '?>', '<![CDATA[', ']]>', '&amp;', '&#x1F600;');
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 60 }).map((parts) => parts.join('')), (xml) => {
        try {
          for (const tag of xmlTags(xml)) expect(tag.end).toBeGreaterThan(tag.start);
        } catch (error) {
          expect(error).toBeInstanceOf(XmlError);
        }
      }),
    );
  });

  it('reads a large part in one pass', () => {
    const large = `<a>${'<b c="1" d=\'2\'/><!-- x -->'.repeat(100_000)}</a>`;
    const started = performance.now();
    expect(xmlTree(large).children[0]?.children).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
