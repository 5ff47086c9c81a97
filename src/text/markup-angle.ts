import { SPACE, TAB, isAsciiAlpha, isAsciiDigit } from './markup-chars.js';
import { BLOCK_TAG_NAMES } from './markup-html.js';

/** What a `<` begins, for the fast path, following micromark's autolink and HTML tokenizers. */

const LESS_THAN = 60;
const GREATER_THAN = 62;
const SLASH = 47;
const DASH = 45;

function isAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || isAsciiDigit(code);
}

function isSchemeChar(code: number): boolean {
  return isAlphanumeric(code) || code === 43 || code === DASH || code === 46;
}

/** micromark's ASCII atext: `#$%&'*+-./0-9=?A-Z^_\`a-z{|}~`. */
function isAtext(code: number): boolean {
  return (code >= 35 && code <= 39) || code === 42 || code === 43 || (code >= 45 && code <= 57) || code === 61 || code === 63 || (code >= 65 && code <= 90) || (code >= 94 && code <= 126);
}

/** End of the autolink (`<https://…>`, `<a@b.vn>`) starting at `at`, or -1. */
export function autolinkEnd(text: string, at: number, limit: number): number {
  const code = (i: number) => (i < limit ? text.charCodeAt(i) : -1);
  let i = at + 1;
  if (isAsciiAlpha(code(i)) && isSchemeChar(code(i + 1))) {
    let scheme = i + 1;
    while (scheme - i < 32 && isSchemeChar(code(scheme))) scheme++;
    if (code(scheme) === 58) {
      for (let j = scheme + 1; j < limit; j++) {
        const c = code(j);
        if (c === GREATER_THAN) return j + 1;
        if (c <= 32 || c === 127 || c === LESS_THAN) return -1;
      }
      return -1;
    }
  }
  if (code(i) === 64) return -1;
  while (isAtext(code(i))) i++;
  if (code(i) !== 64 || i === at + 1) return -1;
  i++;
  for (;;) {
    if (!isAlphanumeric(code(i))) return -1;
    let label = 0;
    while (label < 63 && (isAlphanumeric(code(i)) || code(i) === DASH)) {
      i++;
      label++;
    }
    if (code(i - 1) === DASH) return -1;
    if (code(i) === GREATER_THAN) return i + 1;
    if (code(i) !== 46) return -1;
    i++;
  }
}

function tagNameEnd(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && (isAlphanumeric(text.charCodeAt(i)) || text.charCodeAt(i) === DASH)) i++;
  return i;
}

function skipSpaces(text: string, at: number, limit: number): number {
  while (at < limit && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
  return at;
}

/**
 * End of a tag without attributes starting at `at` (`<br>`, `<br />`, `</b>`), or -1.
 * Anything richer (attributes, comments, tags over several lines) is left to remark.
 */
export function plainTagEnd(text: string, at: number, limit: number): number {
  const closing = text.charCodeAt(at + 1) === SLASH;
  const nameStart = closing ? at + 2 : at + 1;
  if (nameStart >= limit || !isAsciiAlpha(text.charCodeAt(nameStart))) return -1;
  let i = skipSpaces(text, tagNameEnd(text, nameStart, limit), limit);
  if (!closing && text.charCodeAt(i) === SLASH && i < limit) i++;
  return i < limit && text.charCodeAt(i) === GREATER_THAN ? i + 1 : -1;
}

function isAttributeNameStart(code: number): boolean {
  return isAsciiAlpha(code) || code === 58 || code === 95;
}

/** Start and end of the tag name after `<` or `</` at `at`, or null when none follows. */
function tagName(text: string, at: number, limit: number): { start: number; end: number } | null {
  const start = text.charCodeAt(at + 1) === SLASH ? at + 2 : at + 1;
  if (start >= limit || !isAsciiAlpha(text.charCodeAt(start))) return null;
  return { start, end: tagNameEnd(text, start, limit) };
}

/**
 * Whether the `<` at `at` might begin raw HTML other than a plain tag (the fast path then
 * declines): a comment, declaration or instruction, or a tag name followed by what could be
 * attributes. `<Tên người nộp thuế>`, `<5%`, `<s- @)` cannot.
 */
export function mightStartHtml(text: string, at: number, limit: number): boolean {
  const next = at + 1 < limit ? text.charCodeAt(at + 1) : -1;
  if (next === 33 || next === 63) return true;
  const name = tagName(text, at, limit);
  if (!name) return false;
  if (name.end >= limit) return true;
  const after = text.charCodeAt(name.end);
  if (after === SLASH || after === GREATER_THAN) return true;
  if (after !== SPACE && after !== TAB) return false;
  const attribute = skipSpaces(text, name.end, limit);
  if (attribute >= limit) return true;
  const code = text.charCodeAt(attribute);
  return isAttributeNameStart(code) || code === SLASH || code === GREATER_THAN;
}

/**
 * Whether a line whose content starts with `<` at `at` might open an HTML block: a comment
 * or the like, a block-level tag name, or a tag alone on its line. Only an autolink, text
 * such as `<5%`, or a plain inline tag followed by more text on the line cannot.
 */
export function mightStartHtmlBlock(text: string, at: number, lineEnd: number): boolean {
  if (autolinkEnd(text, at, lineEnd) > 0) return false;
  const next = text.charCodeAt(at + 1);
  if (next === 33 || next === 63) return true;
  const name = tagName(text, at, lineEnd);
  if (!name) return false;
  const after = name.end < lineEnd ? text.charCodeAt(name.end) : -1;
  if (after !== -1 && after !== SPACE && after !== TAB && after !== SLASH && after !== GREATER_THAN) return false;
  if (BLOCK_TAG_NAMES.has(text.slice(name.start, name.end).toLowerCase())) return true;
  if (!mightStartHtml(text, at, lineEnd)) return false;
  const end = plainTagEnd(text, at, lineEnd);
  return end < 0 || skipSpaces(text, end, lineEnd) === lineEnd;
}
