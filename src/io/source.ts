import { isAscii, isUtf8, transcode } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { formatOf, type SourceFormat } from './formats.js';
import { InputError } from './input-error.js';
import { convertLegacyFont, decodeLegacyBytes, type LegacyEncoding } from './legacy/decode.js';

/** How the file was written; a legacy encoding means vbhc converted the text to Unicode. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

/** Where a stretch of an extracted text begins in the original document. */
export interface Place {
  /** Offset in `Source.text` where the stretch begins. */
  offset: number;
  /** How a person finds it: `¶12` (Word paragraph), `fn2` (footnote), `p2:14` (PDF page and line). */
  label: string;
}

/**
 * A file as read: the original text, never changed afterwards. For a text file it is the
 * decoded file (BOM removed); for .docx and .pdf it is the text extracted from the document,
 * and JSON line/column positions count in that extracted text (see `describeLocation` for a
 * position a person can find in Word or a PDF viewer).
 */
export interface Source {
  /** The path as the user gave it, or `<stdin>`. */
  path: string;
  /** Decoded or extracted text without BOM; every position vbhc reports is an offset into this string. */
  text: string;
  /** The text file's encoding, or the legacy encoding its text was converted from; `utf-8` for extracted text. */
  encoding: Encoding;
  bom: boolean;
  /** Absent for text files. */
  format?: SourceFormat;
  /** For extracted text: where each line or paragraph came from, by ascending offset. */
  places?: readonly Place[];
}

export const STDIN_PATH = '<stdin>';

const BINARY_SAMPLE = 8192;

/** A NUL among the first `BINARY_SAMPLE` bytes; Buffer's native search over the whole file is still far cheaper than a loop over the sample. */
function hasNulByte(bytes: Buffer): boolean {
  const at = bytes.indexOf(0);
  return at >= 0 && at < BINARY_SAMPLE;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function decodeWith(encoding: UnicodeEncoding, bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(path, `cannot decode: not valid ${encoding.toUpperCase()}`);
  }
}

/**
 * The UTF-8 text of `bytes`, or null when they are not UTF-8. Validating first and then
 * transcoding to UTF-16 costs a sixth of a fatal TextDecoder (whose UTF-8 to string step is
 * slow on non-ASCII text); ASCII is read as Latin-1, which keeps V8's compact one-byte string.
 */
function tryUtf8(buffer: Buffer): string | null {
  if (isAscii(buffer)) return buffer.toString('latin1');
  if (!isUtf8(buffer)) return null;
  return transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}

/** A decoded text that turns out to be TCVN3 or VNI read as Unicode is converted. */
function unicodeSource(path: string, text: string, encoding: UnicodeEncoding, bom: boolean): Source {
  const converted = convertLegacyFont(text);
  return converted ? { path, text: converted.text, encoding: converted.encoding, bom } : { path, text, encoding, bom };
}

/**
 * Decodes UTF-8 (with or without BOM) and UTF-16 LE/BE (with BOM); converts legacy Vietnamese
 * encodings (bytes that are not UTF-8: TCVN3, VNI or Windows-1258; Unicode text that is
 * TCVN3 or VNI read as Latin-1) and says so in `encoding`; refuses binary data.
 */
export function decodeSource(bytes: Uint8Array, path: string): Source {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return unicodeSource(path, decodeWith('utf-16le', bytes.subarray(2), path), 'utf-16le', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return unicodeSource(path, decodeWith('utf-16be', bytes.subarray(2), path), 'utf-16be', true);
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = asBuffer(bom ? bytes.subarray(3) : bytes);
  if (hasNulByte(body)) throw new InputError(path, 'binary file, not text (contains NUL bytes)');
  const text = tryUtf8(body);
  if (text !== null) return unicodeSource(path, text, 'utf-8', bom);
  if (bom) throw new InputError(path, 'cannot decode: starts with a UTF-8 BOM but is not valid UTF-8');
  return { path, ...decodeLegacyBytes(body, path), bom: false };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read (${code ?? String(error)})`;
  }
}

/**
 * Reads a file's bytes as text, Word or PDF (by extension, else by magic bytes). The Word and
 * PDF readers, and the libraries behind them, load only when such a file comes.
 */
export async function sourceFromBytes(bytes: Uint8Array, path: string): Promise<Source> {
  switch (formatOf(path, bytes)) {
    case 'docx':
      return (await import('./docx.js')).readDocx(bytes, path);
    case 'pdf':
      return (await import('./pdf.js')).readPdf(bytes, path);
    case 'text':
      return decodeSource(bytes, path);
  }
}

/** A file's bytes; a file that cannot be read is an InputError naming it. */
export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new InputError(path, describeReadError(error));
  }
}

/** The buffer a `FileReader` starts with by default; it grows to the largest file read. */
const FIRST_BUFFER_BYTES = 64 * 1024;
/** A file larger than this is read into a buffer of its own, so that one huge file does not keep its size allocated for the rest of a run. */
const LARGEST_KEPT_BUFFER = 4 * 1024 * 1024;

/**
 * Reads files one after another, without leaving the thread, into one buffer reused from file
 * to file. On a run of thousands of files, a fresh buffer per file (as `readFileSync` allocates)
 * cost more than the reads themselves. The bytes `read` returns are valid until its next call.
 */
export class FileReader {
  private buffer: Buffer;

  constructor(firstBufferBytes = FIRST_BUFFER_BYTES) {
    this.buffer = Buffer.allocUnsafeSlow(Math.max(1, firstBufferBytes));
  }

  read(path: string): Buffer {
    try {
      const fd = openSync(path, 'r');
      try {
        return this.readAll(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      throw new InputError(path, describeReadError(error));
    }
  }

  /** Reads up to the size the file had when opened (as `readFileSync` does), or to its end when that is 0 (a /proc file, a pipe). */
  private readAll(fd: number): Buffer {
    const size = fstatSync(fd).size;
    let buffer = this.bufferFor(size);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = this.bufferFor(2 * length, buffer.subarray(0, length));
      const read = readSync(fd, buffer, length, size > 0 ? size - length : buffer.length - length, null);
      length += read;
      if (read === 0 || length === size) return buffer.subarray(0, length);
    }
  }

  /** A buffer of at least `bytes`, holding `kept` at its start; kept for the next file unless it is too large. */
  private bufferFor(bytes: number, kept?: Buffer): Buffer {
    if (bytes <= this.buffer.length && !kept) return this.buffer;
    const buffer = Buffer.allocUnsafeSlow(Math.max(bytes, this.buffer.length));
    kept?.copy(buffer);
    if (buffer.length <= LARGEST_KEPT_BUFFER) this.buffer = buffer;
    return buffer;
  }
}

export async function readSource(path: string): Promise<Source> {
  return sourceFromBytes(await readBytes(path), path);
}

export async function readStdinBytes(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Source> {
  return sourceFromBytes(await readStdinBytes(stream), STDIN_PATH);
}
