/** Tag names of block-level elements: CommonMark's HTML block kinds 1 and 6. */
export const BLOCK_TAG_NAMES = new Set(
  ('pre script style textarea address article aside base basefont blockquote body caption center col colgroup dd details ' +
    'dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html ' +
    'iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table ' +
    'tbody td tfoot th thead title tr track ul').split(' '),
);

/**
 * What an HTML construct `text[start, end)` leaves in the text: `<br>` a line break, a
 * block-level tag (`<div>`, `<td>`, `<p>`) a space so the words on either side stay apart,
 * anything else (inline tags, comments) nothing.
 */
export function htmlReplacement(text: string, start: number, end: number): string {
  let nameStart = start + 1;
  if (text.charCodeAt(nameStart) === 47) nameStart++;
  let nameEnd = nameStart;
  while (nameEnd < end && /[A-Za-z0-9-]/.test(text[nameEnd]!)) nameEnd++;
  const name = text.slice(nameStart, nameEnd).toLowerCase();
  if (name === 'br') return '\n';
  return BLOCK_TAG_NAMES.has(name) ? ' ' : '';
}

/**
 * Finds the HTML markup (tags, comments, processing instructions, declarations, CDATA) inside a
 * raw HTML block, following CommonMark's definitions of each, so the text between tags can
 * be kept. Linear: searches for terminators are memoised, so no region is rescanned.
 */
/** `text.indexOf(needle, from)` that never looks at or past `limit`. */
function indexWithin(text: string, needle: string, from: number, limit: number): number {
  const first = needle.charCodeAt(0);
  for (let i = from; i + needle.length <= limit; i++) {
    if (text.charCodeAt(i) === first && text.startsWith(needle, i)) return i;
  }
  return -1;
}

class Terminators {
  private readonly found = new Map<string, { from: number; at: number }>();

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {}

  /** Index of `needle` at or after `from` (before the limit), or -1. */
  next(needle: string, from: number): number {
    const memo = this.found.get(needle);
    if (memo && from >= memo.from && (memo.at < 0 || from <= memo.at)) return memo.at;
    const at = indexWithin(this.text, needle, from, this.limit);
    this.found.set(needle, { from, at });
    return at;
  }
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 48 && code <= 57);
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
}

class HtmlScanner {
  private readonly terminators: Terminators;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {
    this.terminators = new Terminators(text, limit);
  }

  private code(at: number): number {
    return at < this.limit ? this.text.charCodeAt(at) : -1;
  }

  private skipWhitespace(at: number): number {
    while (isWhitespace(this.code(at))) at++;
    return at;
  }

  private until(needle: string, from: number): number {
    const at = this.terminators.next(needle, from);
    return at < 0 ? -1 : at + needle.length;
  }

  /** End of the markup construct starting at `<` at `at`, or -1. */
  constructEnd(at: number): number {
    const next = this.code(at + 1);
    if (next === 33) return this.declarationEnd(at);
    if (next === 63) return this.until('?>', at + 2);
    if (next === 47) return this.closingTagEnd(at + 2);
    if (isAsciiAlpha(next)) return this.openTagEnd(at + 1);
    return -1;
  }

  private declarationEnd(at: number): number {
    if (this.text.startsWith('<!--', at)) {
      if (this.code(at + 4) === 62) return at + 5;
      if (this.code(at + 4) === 45 && this.code(at + 5) === 62) return at + 6;
      return this.until('-->', at + 4);
    }
    if (this.text.startsWith('<![CDATA[', at)) return this.until(']]>', at + 9);
    if (isAsciiAlpha(this.code(at + 2))) return this.until('>', at + 3);
    return -1;
  }

  private tagNameEnd(at: number): number {
    if (!isAsciiAlpha(this.code(at))) return -1;
    let i = at + 1;
    while (isAsciiAlphanumeric(this.code(i)) || this.code(i) === 45) i++;
    return i;
  }

  private closingTagEnd(at: number): number {
    const nameEnd = this.tagNameEnd(at);
    if (nameEnd < 0) return -1;
    const i = this.skipWhitespace(nameEnd);
    return this.code(i) === 62 ? i + 1 : -1;
  }

  private openTagEnd(at: number): number {
    let i = this.tagNameEnd(at);
    if (i < 0) return -1;
    for (;;) {
      const afterSpace = this.skipWhitespace(i);
      const code = this.code(afterSpace);
      if (code === 62) return afterSpace + 1;
      if (code === 47) return this.code(afterSpace + 1) === 62 ? afterSpace + 2 : -1;
      if (afterSpace === i) return -1;
      const attributeEnd = this.attributeEnd(afterSpace);
      if (attributeEnd < 0) return -1;
      i = attributeEnd;
    }
  }

  private attributeEnd(at: number): number {
    const first = this.code(at);
    if (!(isAsciiAlpha(first) || first === 95 || first === 58)) return -1;
    let i = at + 1;
    for (let c = this.code(i); isAsciiAlphanumeric(c) || c === 95 || c === 46 || c === 58 || c === 45; c = this.code(i)) i++;
    const beforeEquals = this.skipWhitespace(i);
    if (this.code(beforeEquals) !== 61) return i;
    const valueStart = this.skipWhitespace(beforeEquals + 1);
    const quote = this.code(valueStart);
    if (quote === 34 || quote === 39) return this.until(quote === 34 ? '"' : "'", valueStart + 1);
    let j = valueStart;
    for (let c = this.code(j); c >= 0 && !isWhitespace(c) && c !== 34 && c !== 39 && c !== 61 && c !== 60 && c !== 62 && c !== 96; c = this.code(j)) j++;
    return j > valueStart ? j : -1;
  }
}

/** Source ranges of every HTML construct in `text[from, to)`. */
export function htmlMarkupRanges(text: string, from: number, to: number): Array<[number, number]> {
  const scanner = new HtmlScanner(text, to);
  const ranges: Array<[number, number]> = [];
  let at = indexWithin(text, '<', from, to);
  while (at >= 0) {
    const end = scanner.constructEnd(at);
    if (end > at) ranges.push([at, end]);
    at = indexWithin(text, '<', end > at ? end : at + 1, to);
  }
  return ranges;
}
