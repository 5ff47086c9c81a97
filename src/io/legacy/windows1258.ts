import { decodeCodePage } from './iconv.js';

/**
 * Windows-1258, the Vietnamese Windows code page: Latin-1 letters plus ă ơ ư đ, with tone
 * marks as separate combining characters after the vowel; composed to NFC here so the text
 * matches what Unicode editors write.
 */
export function decodeWindows1258(bytes: Uint8Array): string {
  return decodeCodePage(bytes, 'windows1258').normalize('NFC');
}
