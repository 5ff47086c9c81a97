// Wraps a grayscale PGM image (binary P5, as `pdftoppm -gray` writes it) into a one-page PDF
// with no text layer: what a scanner gives. Usage: node image-pdf.mjs IN.pgm OUT.pdf
import { readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const [input, output] = process.argv.slice(2);
const pgm = readFileSync(input);
const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 64).toString('latin1'));
if (!header) throw new Error(`${input}: not a binary 8-bit PGM`);
const [, width, height] = header.map(Number);
const pixels = deflateSync(pgm.subarray(header[0].length));
// A4 at the image's aspect ratio.
const pageWidth = 595;
const pageHeight = Math.round((pageWidth * height) / width);
const content = `q ${pageWidth} 0 0 ${pageHeight} 0 0 cm /Scan Do Q`;

const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>`,
  [`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`, pixels, '\nendstream'],
  `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
];
const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
const offsets = [];
let length = chunks[0].length;
objects.forEach((object, i) => {
  offsets.push(length);
  const parts = [`${i + 1} 0 obj\n`, ...[object].flat(), '\nendobj\n'].map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part));
  for (const part of parts) {
    chunks.push(part);
    length += part.length;
  }
});
const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
writeFileSync(output, Buffer.concat(chunks));
console.log(`wrote ${output}`);
