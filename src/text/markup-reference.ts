import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { isAsciiDigit } from './markup-chars.js';

const AMPERSAND = 38;
const HASH = 35;
const SEMICOLON = 59;

function isHexDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function isAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** CommonMark's numeric reference decoding: controls, surrogates and noncharacters become U+FFFD. */
function decodeNumeric(digits: string, base: number): string {
  const code = Number.parseInt(digits, base);
  const replaced =
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) ||
    (code & 65_535) === 65_535 ||
    (code & 65_535) === 65_534 ||
    code > 1_114_111;
  return replaced ? '\uFFFD' : String.fromCodePoint(code);
}

/** The character a reference such as `&amp;`, `&#65;` or `&#x1F600;` stands for. */
export function decodeCharacterReference(reference: string): string {
  const body = reference.slice(1, -1);
  if (body.charCodeAt(0) !== HASH) return decodeNamedCharacterReference(body) || reference;
  const hex = body[1] === 'x' || body[1] === 'X';
  return decodeNumeric(body.slice(hex ? 2 : 1), hex ? 16 : 10);
}

/**
 * The end of the character reference starting at `at` (an `&`), or -1 when there is none:
 * a known name of up to 31 alphanumerics, up to 7 decimal or 6 hexadecimal digits, then `;`.
 */
export function characterReferenceEnd(text: string, at: number, limit: number): number {
  if (text.charCodeAt(at) !== AMPERSAND) return -1;
  let i = at + 1;
  let max = 31;
  let test = isAlphanumeric;
  if (text.charCodeAt(i) === HASH) {
    i++;
    const marker = text.charCodeAt(i);
    if (marker === 88 || marker === 120) {
      i++;
      max = 6;
      test = isHexDigit;
    } else {
      max = 7;
      test = isAsciiDigit;
    }
  }
  const valueStart = i;
  while (i < limit && i - valueStart < max && test(text.charCodeAt(i))) i++;
  if (i === valueStart || i >= limit || text.charCodeAt(i) !== SEMICOLON) return -1;
  if (test === isAlphanumeric && !decodeNamedCharacterReference(text.slice(valueStart, i))) return -1;
  return i + 1;
}
