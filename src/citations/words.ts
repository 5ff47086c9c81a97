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

/** The last word read: names and issuers look one word ahead, then step onto it. */
let last: { text: string; pos: number; limit: number; word: Word | null } | null = null;

/** The word after `pos` (spaces skipped), or null at punctuation, a line end or `limit`. */
export function wordAt(text: string, pos: number, limit: number): Word | null {
  if (last !== null && last.pos === pos && last.limit === limit && last.text === text) return last.word;
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  const end = m ? pos + m[0].length : 0;
  const word = m && end <= limit ? { start: end - m[1]!.length, end, text: m[1]! } : null;
  last = { text, pos, limit, word };
  return word;
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

/** Two-word phrases ("quy định", "ban hành"), looked up only after a word that starts one. */
export class PhraseSet {
  private readonly phrases: ReadonlySet<string>;
  private readonly firstWords: ReadonlySet<string>;

  constructor(phrases: readonly string[]) {
    this.phrases = new Set(phrases);
    this.firstWords = new Set(phrases.map((phrase) => phrase.split(' ')[0]!));
  }

  /** Whether `word`, lower-cased, and the word after it (if any, before `limit`) make one of the phrases. */
  startsAt(text: string, word: Word, limit: number): boolean {
    const first = word.text.toLowerCase();
    if (!this.firstWords.has(first)) return false;
    const next = wordAt(text, word.end, limit);
    return this.phrases.has(next ? `${first} ${next.text.toLowerCase()}` : first);
  }
}
