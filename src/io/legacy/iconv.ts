import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

let iconv: Iconv | undefined;

/**
 * Decodes bytes in a code page with iconv-lite, which loads on first use: a UTF-8 file (nearly
 * every file) never pays for it. `require`, since decoding is synchronous and iconv-lite is CommonJS.
 */
export function decodeCodePage(bytes: Uint8Array, codePage: 'windows-1252' | 'windows1258'): string {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), codePage);
}
