import { SP, TYPE_WORD_SOURCE } from './vocabulary.js';

/** One word of a paragraph: no spaces, no clause punctuation. */
export interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = new RegExp(`${SP}*([^\\s,;:.()\\[\\]“”"]+)`, 'uy');
const SEPARATOR = new RegExp(`${SP}*([,;:.()\\[\\]“”"])`, 'uy');
const TYPE_WORD_HERE = new RegExp(`(?:${TYPE_WORD_SOURCE})(?![\\p{L}\\p{N}])`, 'iuy');

/** The word after `pos` (spaces skipped), or null at punctuation, a line end or `limit`. */
export function wordAt(text: string, pos: number, limit: number): Word | null {
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  if (end > limit) return null;
  return { start: end - m[1]!.length, end, text: m[1]! };
}

/** The punctuation mark after `pos` (spaces skipped), with the offset after it. */
export function separatorAt(text: string, pos: number): { mark: string; end: number } | null {
  SEPARATOR.lastIndex = pos;
  const m = SEPARATOR.exec(text);
  return m ? { mark: m[1]!, end: pos + m[0].length } : null;
}

export function startsTypeWord(text: string, pos: number): boolean {
  TYPE_WORD_HERE.lastIndex = pos;
  return TYPE_WORD_HERE.test(text);
}

export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Two-word phrases that end a name or an issuer ("quy định", "ban hành"), by first word. */
export function phraseAt(text: string, word: Word, limit: number): string {
  const next = wordAt(text, word.end, limit);
  return next ? `${word.text.toLowerCase()} ${next.text.toLowerCase()}` : word.text.toLowerCase();
}
