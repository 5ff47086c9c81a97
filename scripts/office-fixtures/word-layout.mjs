// Writes fixtures/docx/word-layout.docx the way Word lays out an administrative document:
// header as a borderless two-column table, sections numbered by Word (numbering.xml, with
// Roman, decimal, multi-level "1.1." and "a)" levels), bullets from a list-linked paragraph
// style, bold/italic runs, a footnote, a signature table beside "Nơi nhận", a page number
// header from page 2 and a running footer. Run by scripts/make-office-fixtures.sh.
// Usage: node word-layout.mjs OUT.docx [FONT]: FONT replaces Times New Roman (for a PDF made
// where Times New Roman and its metric twin lack Vietnamese letters).
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const [out = 'fixtures/docx/word-layout.docx', font = 'Times New Roman'] = process.argv.slice(2);
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const run = (text, { b = false, i = false, size } = {}) => {
  const properties = `${b ? '<w:b/>' : ''}${i ? '<w:i/>' : ''}${size ? `<w:sz w:val="${size * 2}"/>` : ''}`;
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
};
const bold = (text) => run(text, { b: true });
const italic = (text) => run(text, { i: true });
const footnoteReference = (id) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

function paragraph(runs, { style, list, align, pageBreakBefore } = {}) {
  const properties = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    list ? `<w:numPr><w:ilvl w:val="${list[1]}"/><w:numId w:val="${list[0]}"/></w:numPr>` : '',
    align ? `<w:jc w:val="${align}"/>` : '',
  ].join('');
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${[runs].flat().join('')}</w:p>`;
}

const cell = (paragraphs, width) => `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
const table = (rows, widths) =>
  `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>` +
  `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
  rows.map((cells) => `<w:tr>${cells.map((paragraphs, i) => cell(paragraphs, widths[i])).join('')}</w:tr>`).join('') +
  '</w:tbl>';

const center = { align: 'center' };
const SECTIONS = 1;
const small = (text, options = {}) => run(text, { size: 11, ...options });
const header = table(
  [
    [
      [paragraph(small('ỦY BAN NHÂN DÂN'), center), paragraph(small('TỈNH THÁI NGUYÊN', { b: true }), center)],
      [paragraph(small('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { b: true }), center), paragraph(small('Độc lập - Tự do - Hạnh phúc', { b: true }), center)],
    ],
    [[paragraph(small('Số: 129/KH-UBND'), center)], [paragraph(small('Thái Nguyên, ngày 03 tháng 7 năm 2023', { i: true }), center)]],
  ],
  [3400, 5671],
);
const closing = table(
  [
    [
      [paragraph(run('Nơi nhận:', { b: true, i: true })), paragraph(run('- Văn phòng Chính phủ;')), paragraph(run('- Như mục II;')), paragraph(run('- Lưu: VT, KGVX.'))],
      [
        paragraph(bold('TM. ỦY BAN NHÂN DÂN'), center),
        paragraph(bold('KT. CHỦ TỊCH'), center),
        paragraph(bold('PHÓ CHỦ TỊCH'), center),
        paragraph([], center),
        paragraph([], center),
        paragraph(bold('Nguyễn Văn An'), center),
      ],
    ],
  ],
  [4700, 4700],
);

const body = [
  header,
  paragraph([]),
  paragraph(bold('KẾ HOẠCH'), center),
  paragraph(bold('Triển khai thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về tăng cường công tác truyền thông chính sách'), center),
  paragraph([run('Căn cứ Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về việc tăng cường công tác truyền thông chính sách'), footnoteReference(1), run(';')]),
  paragraph(run('Căn cứ Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật giai đoạn 2022 - 2027”;')),
  paragraph(run('Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:')),
  paragraph(bold('MỤC ĐÍCH, YÊU CẦU'), { list: [SECTIONS, 0] }),
  paragraph(bold('Mục đích'), { list: [SECTIONS, 1] }),
  paragraph(run('Cụ thể hóa các nhiệm vụ được giao tại Chỉ thị số 07/CT-TTg phù hợp với tình hình thực tế của tỉnh.'), { style: 'Gachdaudong' }),
  paragraph(bold('Yêu cầu'), { list: [SECTIONS, 1] }),
  paragraph(run('Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương.'), { style: 'Gachdaudong' }),
  paragraph(bold('NHIỆM VỤ VÀ GIẢI PHÁP'), { list: [SECTIONS, 0] }),
  paragraph(bold('Nâng cao nhận thức về công tác truyền thông chính sách'), { list: [SECTIONS, 1] }),
  paragraph(run('Sở Thông tin và Truyền thông:'), { list: [SECTIONS, 2] }),
  paragraph(run('Chủ trì hướng dẫn các cơ quan báo chí thông tin kịp thời về chính sách mới;'), { list: [SECTIONS, 3] }),
  paragraph([run('Tổng hợp, báo cáo kết quả thực hiện '), italic('trước ngày 15/12 hằng năm'), run('.')], { list: [SECTIONS, 3] }),
  paragraph(run('Các sở, ban, ngành:'), { list: [SECTIONS, 2] }),
  paragraph(run('Thực hiện tốt việc công khai thông tin theo quy định của Luật Tiếp cận thông tin và Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ.'), { list: [SECTIONS, 3] }),
  paragraph(bold('Kiện toàn đội ngũ làm công tác truyền thông chính sách'), { list: [SECTIONS, 1] }),
  paragraph([run('Các cơ quan, đơn vị bố trí cán bộ '), bold('có chuyên môn phù hợp'), run(' làm đầu mối truyền thông chính sách.')]),
  paragraph(bold('TỔ CHỨC THỰC HIỆN'), { list: [SECTIONS, 0], pageBreakBefore: true }),
  paragraph(run('Giao Sở Thông tin và Truyền thông theo dõi, đôn đốc việc thực hiện Kế hoạch này, báo cáo Ủy ban nhân dân tỉnh./.')),
  closing,
].join('');

const sectionProperties =
  `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>` +
  `<w:footerReference w:type="first" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/>` +
  `<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr>`;

const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${sectionProperties}</w:body></w:document>`;

const level = (ilvl, format, text, indent) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
  `<w:pPr><w:ind w:left="${indent}" w:hanging="360"/></w:pPr></w:lvl>`;
const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'upperRoman', '%1.', 360)}${level(1, 'decimal', '%2.', 360)}${level(2, 'decimal', '%2.%3.', 360)}${level(3, 'lowerLetter', '%4)', 360)}</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Gachdaudong"><w:name w:val="Gạch đầu dòng"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
</w:styles>`;

const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${run(' Đăng trên Cổng Thông tin điện tử Chính phủ.')}</w:p></w:footnote>
</w:footnotes>`;

const pageField = `<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>`;
const pageHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${pageField}</w:p></w:hdr>`;
const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${W}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>${italic('Kế hoạch số 129/KH-UBND - Trang ')}${pageField}</w:p></w:ftr>`;

const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>`;

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>
<Relationship Id="rIdFootnotes" Type="${REL}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rIdHeader" Type="${REL}/header" Target="header1.xml"/>
<Relationship Id="rIdFooter" Type="${REL}/footer" Target="footer1.xml"/>
</Relationships>`;

const zip = new JSZip();
const fixed = new Date('2024-01-01T00:00:00Z');
const add = (path, text) => zip.file(path, text, { date: fixed });
add('[Content_Types].xml', contentTypes);
add('_rels/.rels', rootRels);
add('word/_rels/document.xml.rels', documentRels);
add('word/document.xml', document);
add('word/styles.xml', styles);
add('word/numbering.xml', numbering);
add('word/footnotes.xml', footnotes);
add('word/header1.xml', pageHeader);
add('word/footer1.xml', footer);
writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log(`wrote ${out}`);
