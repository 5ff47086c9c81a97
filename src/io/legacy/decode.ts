import { InputError } from '../input-error.js';
import { detectLegacyFont } from './detect.js';
import { decodeCodePage } from './iconv.js';
import { decodeTcvn3 } from './tcvn3.js';
import { decodeVni } from './vni.js';
import { decodeWindows1258 } from './windows1258.js';

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';

export const LEGACY_ENCODING_NAMES: Readonly<Record<LegacyEncoding, string>> = {
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
};

export interface ConvertedText {
  text: string;
  encoding: LegacyEncoding;
}

/** Text written in a legacy font code (TCVN3 or VNI) and read as Unicode, converted to Unicode; null when it is not such text. */
export function convertLegacyFont(text: string): ConvertedText | null {
  switch (detectLegacyFont(text)) {
    case 'tcvn3':
      return { text: decodeTcvn3(text), encoding: 'tcvn3' };
    case 'vni':
      return { text: decodeVni(text), encoding: 'vni' };
    case null:
      return null;
  }
}

const CONTROL_SAMPLE = 65_536;
/** More control characters than one in this many bytes is binary data, not text in an old code page. */
const BYTES_PER_CONTROL = 100;

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, CONTROL_SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls * BYTES_PER_CONTROL > end;
}

/**
 * Bytes that are not UTF-8: a TCVN3 or VNI file saved as Windows-1252 bytes, else a
 * Windows-1258 file; binary data is refused.
 */
export function decodeLegacyBytes(bytes: Uint8Array, path: string): ConvertedText {
  if (looksBinary(bytes)) throw new InputError(path, 'binary file, not text (not UTF-8 and full of control characters)');
  // iconv-lite, since Node's TextDecoder reads 'windows-1252' as Latin-1 (0x93 stays a control, not “).
  const asWindows1252 = decodeCodePage(bytes, 'windows-1252');
  return convertLegacyFont(asWindows1252) ?? { text: decodeWindows1258(bytes), encoding: 'windows-1258' };
}

export function isLegacyEncoding(encoding: string): encoding is LegacyEncoding {
  return Object.hasOwn(LEGACY_ENCODING_NAMES, encoding);
}

/** The one line a converted file earns on stderr: what it was converted from and what to do. */
export function conversionNotice(path: string, encoding: LegacyEncoding): string {
  return `${path}: converted from ${LEGACY_ENCODING_NAMES[encoding]}; save it as UTF-8`;
}
