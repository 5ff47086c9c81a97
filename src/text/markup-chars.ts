/** Character classes as micromark sees them, one UTF-16 code unit at a time. */
export const OTHER = 0;
export const WHITESPACE = 1;
export const PUNCTUATION = 2;
export type CharClass = typeof OTHER | typeof WHITESPACE | typeof PUNCTUATION;

const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/**
 * Classifies the code unit next to an emphasis delimiter run; -1 (outside the text, a line
 * ending) counts as whitespace, like micromark's end of file and line endings.
 */
export function classify(code: number): CharClass {
  if (code < 0 || code === 32 || code === 9 || code === 10 || code === 13) return WHITESPACE;
  if (code < 128) {
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return OTHER;
    if (code > 32 && code < 127) return PUNCTUATION;
  }
  const char = String.fromCharCode(code);
  if (UNICODE_WHITESPACE.test(char)) return WHITESPACE;
  if (UNICODE_PUNCTUATION.test(char)) return PUNCTUATION;
  return OTHER;
}

export const SPACE = 32;
export const TAB = 9;
export const LF = 10;
export const CR = 13;

export function isLineEnding(code: number): boolean {
  return code === LF || code === CR;
}

const LINE_END = /[\r\n]/g;

/** Index of the first `\r` or `\n` at or after `from`, or -1: the regex engine scans for either at half the cost of a loop. */
function lineEndFrom(text: string, from: number): number {
  LINE_END.lastIndex = from;
  return LINE_END.test(text) ? LINE_END.lastIndex - 1 : -1;
}

/** Offsets where the lines of `text` start; `\r\n`, `\r` and `\n` each end a line. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Without CR, `indexOf` finds the line feeds at a third of the cost of reading every character.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let end = lineEndFrom(text, 0); end >= 0; end = lineEndFrom(text, starts[starts.length - 1]!)) {
    starts.push(end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1));
  }
  return starts;
}

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
