import iconv from 'iconv-lite';

/**
 * Windows-1258, the Vietnamese Windows code page: Latin-1 letters plus ă ơ ư đ, with tone
 * marks as separate combining characters after the vowel; composed to NFC here so the text
 * matches what Unicode editors write.
 */
export function decodeWindows1258(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258').normalize('NFC');
}
