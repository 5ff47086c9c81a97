import { extname } from 'node:path';

/** How a source's text was obtained: decoded from a text file, or extracted from Word or PDF. */
export type SourceFormat = 'text' | 'docx' | 'pdf';

const TEXT_EXTENSIONS = ['txt', 'md', 'markdown'] as const;

/** File extensions vbhc reads (lower case, no dot): what a folder walk should pick up. */
export const SUPPORTED_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, 'docx', 'pdf'];

/** First bytes of PDF files, of ZIP containers (.docx), of OLE containers (.doc, encrypted .docx). */
export const MAGIC = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  zip: [0x50, 0x4b, 0x03, 0x04],
  ole: [0xd0, 0xcf, 0x11, 0xe0],
} as const;

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/**
 * The format to read a file as: by its extension, else (stdin, unknown extensions) by its
 * first bytes. A `.txt` or `.md` file is always text, whatever its bytes.
 */
export function formatOf(path: string, bytes: Uint8Array): SourceFormat {
  const extension = extname(path).slice(1).toLowerCase();
  if (extension === 'docx') return 'docx';
  if (extension === 'pdf') return 'pdf';
  if ((TEXT_EXTENSIONS as readonly string[]).includes(extension)) return 'text';
  if (startsWith(bytes, MAGIC.pdf)) return 'pdf';
  if (startsWith(bytes, MAGIC.zip)) return 'docx';
  return 'text';
}
