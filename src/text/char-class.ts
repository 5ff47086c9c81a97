/**
 * Unicode character classes of single code points, looked up in a table instead of testing a
 * regular expression or building case-changed strings per character. Each code point is
 * classified by the same tests the callers used to run (`\p{L}`, `\p{Lu}`, a case change) the
 * first time it is seen.
 */

export const LETTER = 1;
export const UPPER = 2;
export const MARK = 4;
export const DIGIT = 8;
/** Lower-casing changes it (capitals, but also `Ⅻ`, `Ⓐ`). */
export const LOWERS = 16;
/** Upper-casing changes it. */
export const UPPERS = 32;
/** `\p{N}`. */
export const NUMBER = 64;
/** `\s`. */
export const SPACE = 128;
const KNOWN = 256;
/** `\p{Ll}`. */
export const LOWER = 512;

const IS_LETTER = /^\p{L}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DIGIT = /^\d$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;

function classify(ch: string): number {
  let flags = KNOWN;
  if (IS_LETTER.test(ch)) flags |= LETTER;
  if (IS_UPPER.test(ch)) flags |= UPPER;
  if (IS_LOWER.test(ch)) flags |= LOWER;
  if (IS_MARK.test(ch)) flags |= MARK;
  if (IS_DIGIT.test(ch)) flags |= DIGIT;
  if (IS_NUMBER.test(ch)) flags |= NUMBER;
  if (IS_SPACE.test(ch)) flags |= SPACE;
  if (ch.toLowerCase() !== ch) flags |= LOWERS;
  if (ch.toUpperCase() !== ch) flags |= UPPERS;
  return flags;
}

/** Flags of the Basic Multilingual Plane, filled on first use; surrogates are classified by code point. */
const BMP = new Uint16Array(0x10000);
const ASTRAL = new Map<number, number>();

/** Flags of code point `codePoint`. */
export function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let flags = BMP[codePoint]!;
    if (flags === 0) {
      flags = classify(String.fromCharCode(codePoint));
      BMP[codePoint] = flags;
    }
    return flags;
  }
  let flags = ASTRAL.get(codePoint);
  if (flags === undefined) {
    flags = classify(String.fromCodePoint(codePoint));
    ASTRAL.set(codePoint, flags);
  }
  return flags;
}

/** Code points of a text with a flag of a counted class, and how many of them also have a capital's flag. */
export interface CapitalCount {
  counted: number;
  capitals: number;
}

/**
 * Counts the code points of `text` with a flag in `counted` (letters), and those with a flag
 * in `capital` (a subset of them); a lone surrogate is one code point, as `/u` regexes see it. Null
 * as soon as the rest of the text can no longer make capitals four in five of the counted
 * ones: a line of prose is given up after its first quarter or so.
 */
export function capitalCount(text: string, counted: number, capital: number): CapitalCount | null {
  let capitals = 0;
  let others = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
    }
    const flags = classOf(code);
    if (flags & capital) capitals++;
    else if (flags & counted && ++others * 4 > capitals + text.length - 1 - i) return null;
  }
  return { counted: capitals + others, capitals };
}

/** The code point that ends right before `index` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  }
  return low;
}

/** Flags of the code point that ends right before `index`, or 0 at the start. */
export function classBefore(text: string, index: number): number {
  return index > 0 ? classOf(codePointBefore(text, index)) : 0;
}
