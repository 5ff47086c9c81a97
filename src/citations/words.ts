import { classOf, LOWERS, SPACE, UPPERS } from '../text/char-class.js';
import { TYPE_WORD_INITIALS, TYPE_WORD_SOURCE } from './vocabulary.js';

/** One word of a paragraph: no spaces, no clause punctuation. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

const TYPE_WORD_HERE = new RegExp(`(?:${TYPE_WORD_SOURCE})(?![\\p{L}\\p{N}])`, 'iuy');
const TYPE_WORD_INITIAL_SET = asciiLetterSet(TYPE_WORD_INITIALS);

/** `[^\S\n]`, as SP matches it. */
export function isInParagraphSpace(code: number): boolean {
  return (classOf(code) & SPACE) !== 0 && code !== 10;
}

/** Clause punctuation: `,` `;` `:` `.` `(` `)` `[` `]` `“` `”` `"`. */
function isClauseMark(code: number): boolean {
  switch (code) {
    case 0x2c: case 0x3b: case 0x3a: case 0x2e: case 0x28: case 0x29: case 0x5b: case 0x5d: case 0x201c: case 0x201d: case 0x22:
      return true;
    default:
      return false;
  }
}

/** What a word is made of: `[^\s,;:.()\[\]“”"]` (a surrogate is neither). */
function isWordChar(code: number): boolean {
  return !isClauseMark(code) && (classOf(code) & SPACE) === 0;
}

/**
 * `text.charCodeAt(pos)`, or -1 at the end, which every test here rejects as it rejects NaN:
 * reading past the end would deoptimize the optimized caller.
 */
export function codeUnitAt(text: string, pos: number): number {
  return pos < text.length ? text.charCodeAt(pos) : -1;
}

/** The offset after the in-paragraph spaces at `pos`. */
function afterSpaces(text: string, pos: number): number {
  let at = pos;
  while (at < text.length && isInParagraphSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The offset after the lead many parts allow before them, `${SP}*(?:,${SP}*)?`, at `pos`. */
export function afterLead(text: string, pos: number): number {
  const at = afterSpaces(text, pos);
  return codeUnitAt(text, at) === 0x2c ? afterSpaces(text, at + 1) : at;
}

/** The ASCII letters (a-z) of `letters` as a set of bits, for `mayStartWith`; others need no bit. */
export function asciiLetterSet(letters: string): number {
  let set = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) set |= 1 << (code - 0x61);
  }
  return set;
}

/**
 * Whether the code unit `code` may start a case-insensitive (`iu`) match of words starting with
 * the ASCII letters of `letterSet` or with non-ASCII letters: an ASCII character matches only
 * its own letter, either case; any other is left to the regex.
 */
export function mayStartWith(code: number, letterSet: number): boolean {
  if (code >= 0x80) return true;
  const bit = (code | 0x20) - 0x61;
  return bit >= 0 && bit < 26 && ((letterSet >> bit) & 1) === 1;
}

/** The last word read: names and issuers look one word ahead, then step onto it. */
let lastText: string | null = null;
let lastPos = -1;
let lastLimit = -1;
let lastWord: Word | null = null;

/** The word after `pos` (spaces skipped), or null at punctuation, a line end or `limit`. */
export function wordAt(text: string, pos: number, limit: number): Word | null {
  if (lastPos === pos && lastLimit === limit && lastText === text) return lastWord;
  // Read as `${SP}*([^\s,;:.()\[\]“”"]+)` would match it.
  const start = afterSpaces(text, pos);
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  const word = end > start && end <= limit ? { start, end, text: text.slice(start, end) } : null;
  lastText = text;
  lastPos = pos;
  lastLimit = limit;
  lastWord = word;
  return word;
}

/** The punctuation mark after `pos` (spaces skipped), with the offset after it. */
export function separatorAt(text: string, pos: number): { mark: string; end: number } | null {
  const at = afterSpaces(text, pos);
  return at < text.length && isClauseMark(text.charCodeAt(at)) ? { mark: text.charAt(at), end: at + 1 } : null;
}

export function startsTypeWord(text: string, pos: number): boolean {
  if (!mayStartWith(codeUnitAt(text, pos), TYPE_WORD_INITIAL_SET)) return false;
  TYPE_WORD_HERE.lastIndex = pos;
  return TYPE_WORD_HERE.test(text);
}

/** Whether lower-casing changes the first code unit of `word`. */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && (classOf(word.charCodeAt(0)) & LOWERS) !== 0;
}

/** `word.toLowerCase()`, without calling it when no code unit would change (a surrogate may). */
export function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code & 0xf800) === 0xd800 || classOf(code) & LOWERS) return word.toLowerCase();
  }
  return word;
}

/** `word.toUpperCase()`, without calling it when no code unit would change (a surrogate may). */
export function upperCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code & 0xf800) === 0xd800 || classOf(code) & UPPERS) return word.toUpperCase();
  }
  return word;
}

/** Two-word phrases ("quy định", "ban hành"), looked up only after a word that starts one. */
export class PhraseSet {
  private readonly phrases: ReadonlySet<string>;
  private readonly firstWords: ReadonlySet<string>;

  constructor(phrases: readonly string[]) {
    this.phrases = new Set(phrases);
    this.firstWords = new Set(phrases.map((phrase) => phrase.split(' ')[0]!));
  }

  /** Whether `word`, lower-cased (`first`), and the word after it (if any, before `limit`) make one of the phrases. */
  startsAt(text: string, word: Word, limit: number, first = lowerCased(word.text)): boolean {
    if (!this.firstWords.has(first)) return false;
    const next = wordAt(text, word.end, limit);
    return this.phrases.has(next ? `${first} ${lowerCased(next.text)}` : first);
  }
}
