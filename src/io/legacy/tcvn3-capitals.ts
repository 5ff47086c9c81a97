import { classOf, LETTER, LOWERS, UPPERS } from '../../text/char-class.js';

/**
 * TCVN3 has no codes for capitals with a tone mark: a typist writing capitals (`CỘNG HOÀ`) types
 * the lower-case code, which the capital fonts draw as a capital, and the rest of the word in
 * capitals (`CéNG HOµ`). Converted code by code that reads `CộNG HOà`; the word's other letters
 * say it was written in capitals, and the words around it decide for a word too short to tell
 * (`X·` in `CéNG HOµ X· HéI` is `XÃ`; in `Hµ Néi` it stays `Hà`).
 */

const MARKS = /[\u0300-\u036f]/gu;
/** A Vietnamese syllable without its marks: initial consonant, one to three vowels, final consonant. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
/** A list item's marker at the start of a line (`- `, `1. `, `2.3 `, `a) `; not `16.000.000`), after any Markdown heading or quote marks. */
const LIST_MARKER = /[\t ]*(?:[#>]+[\t ]*)?(?:[-+•*]|\d{1,3}(?:(?:\.\d{1,2}){1,4}\.?|[.)])|\p{Ll}[.)])[\t ]+/uy;

/** What a word's letters other than the caseless ones say of its case. */
type Evidence = 'upper' | 'lower' | 'none';

interface Word {
  start: number;
  end: number;
  evidence: Evidence;
  /** Whether it holds a letter whose case the code cannot tell. */
  caseless: boolean;
}

function isLetter(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i)) & LETTER) !== 0;
}

/**
 * The words of one line of `converted`. A word is written in capitals when a letter after its
 * first is a capital and none is lower case; a capital first letter alone says nothing (`Hà`).
 */
function wordsOf(converted: string, codes: string, from: number, to: number, isCaseless: (code: number) => boolean): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    if (!isLetter(converted, i)) {
      i++;
      continue;
    }
    const word: Word = { start: i, end: i, evidence: 'none', caseless: false };
    let upperAfterFirst = false;
    let lower = false;
    for (; i < to && isLetter(converted, i); i++) {
      const flags = classOf(converted.charCodeAt(i));
      if (isCaseless(codes.charCodeAt(i))) word.caseless = true;
      else if (flags & UPPERS) lower = true;
      else if (i > word.start && flags & LOWERS) upperAfterFirst = true;
    }
    word.end = i;
    word.evidence = lower ? 'lower' : upperAfterFirst ? 'upper' : 'none';
    words.push(word);
  }
  return words;
}

/**
 * Which caseless words of a line are written in capitals: by their own letters, else by the
 * nearest words on each side that tell, when they agree (`XỬ LÝ KỶ LUẬT`: `LUẬT` tells for all).
 */
function inCapitals(words: readonly Word[], converted: string): boolean[] {
  const told = words.map((word) => tells(word, converted));
  const before: Evidence[] = [];
  let last: Evidence = 'none';
  told.forEach((evidence) => {
    before.push(last);
    last = evidence ?? last;
  });
  const capitals: boolean[] = new Array<boolean>(words.length);
  let next: Evidence = 'none';
  for (let index = words.length - 1; index >= 0; index--) {
    const { evidence } = words[index]!;
    const around = [before[index], next];
    capitals[index] = evidence === 'none' ? around.includes('upper') && !around.includes('lower') : evidence === 'upper';
    next = told[index] ?? next;
  }
  return capitals;
}

/**
 * What a word tells of the words around it, if anything. An abbreviation in capitals (`UBND`,
 * `HĐND`) stands beside words in any case, so capitals tell only in a word with a caseless
 * letter or one that is a Vietnamese syllable (`NHÂN`, `TIN`).
 */
function tells(word: Word, converted: string): Evidence | null {
  if (word.evidence === 'lower') return 'lower';
  if (word.evidence === 'upper' && (word.caseless || SYLLABLE.test(toneless(converted.slice(word.start, word.end))))) return 'upper';
  return null;
}

/** Letters without their marks, `đ` as `d`: what the syllable pattern reads. */
function toneless(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').replace(/đ/giu, 'd').toLowerCase();
}

/** `ủy ban`: the first word of a body's name (`Ủy ban nhân dân`), written with a capital in all of the corpus (1,920 times, never without). */
const NAME_STARTS = new Set(['ủy', 'uỷ']);
const NAME_SECOND_WORD = 'ban';

function startsName(converted: string, words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  const next = words[index + 1];
  return (
    next !== undefined &&
    next.start === word.end + 1 &&
    converted.charAt(word.end) === ' ' &&
    NAME_STARTS.has(converted.slice(word.start, word.end)) &&
    converted.slice(next.start, next.end) === NAME_SECOND_WORD
  );
}

/** Where the text of a list item starting at `lineStart` begins, or -1: such an item starts with a capital (`- Ủy ban`, `a) Áp dụng`). */
function listItemStart(converted: string, lineStart: number): number {
  LIST_MARKER.lastIndex = lineStart;
  return LIST_MARKER.test(converted) ? LIST_MARKER.lastIndex : -1;
}

/**
 * `converted` (the code-by-code conversion of `codes`, one character for one) with the caseless
 * letters of words written in capitals made capitals.
 */
export function restoreCapitals(codes: string, converted: string, isCaseless: (code: number) => boolean): string {
  const pieces: string[] = [];
  let copied = 0;
  let lineStart = 0;
  while (lineStart <= converted.length) {
    const newline = converted.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? converted.length : newline;
    const words = wordsOf(converted, codes, lineStart, lineEnd, isCaseless);
    const capitals = inCapitals(words, converted);
    const itemStart = listItemStart(converted, lineStart);
    words.forEach((word, index) => {
      if (!word.caseless) return;
      const capitalFirst = startsName(converted, words, index) || (word.start === itemStart && isCaseless(codes.charCodeAt(word.start)));
      const end = capitals[index] ? word.end : capitalFirst ? word.start + 1 : word.start;
      if (end === word.start) return;
      pieces.push(converted.slice(copied, word.start), converted.slice(word.start, end).toUpperCase());
      copied = end;
    });
    lineStart = lineEnd + 1;
  }
  pieces.push(converted.slice(copied));
  return pieces.join('');
}
