/**
 * Splits Markdown into stretches that parse the same alone as together, so that text the fast
 * path declines can go to remark one stretch at a time instead of whole.
 *
 * A blank line followed by a line that starts in the first column (not a space or tab) ends
 * every block: paragraphs, block quotes, HTML blocks of kinds 6 and 7, and list items (whose
 * continuation would be indented; a list that goes on with a new item there parses to the
 * same markup either way). What can run past it is left alone: fenced code (tracked),
 * indented code (no split after an indented line), HTML blocks of kinds 1 to 5 and link
 * definitions (then the text is not split at all).
 */

/** `<!--`, `<?`, `<!DOCTYPE`, `<![CDATA[`, `<script`, `<pre`, `<style`, `<textarea`: may hold blank lines. */
const LONG_HTML = /<[!?]|<(?:script|pre|style|textarea)/i;
/** A line starting with `[` (after indentation or container markers): a link definition may follow. */
const DEFINITION_START = /(?:^|[\r\n])[ \t>*+\-0-9.)]*\[/;

/** Whether the text may define links (`[label]: destination`), which apply across the whole text. */
export function mayHoldDefinitions(text: string): boolean {
  return text.includes(']:') && DEFINITION_START.test(text);
}

interface Line {
  start: number;
  /** End of the content, before the line ending. */
  end: number;
  /** Start of the next line. */
  next: number;
}

function* linesOf(text: string): Generator<Line> {
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : end < text.length ? 1 : 0);
    yield { start, end, next };
    start = next;
  }
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/**
 * Four columns of indentation: maybe indented code, which micromark keeps open over blank
 * lines, so that the next line is parsed as interrupting it (`2.` then starts no list).
 */
function isIndented(text: string, line: Line): boolean {
  let columns = 0;
  for (let i = line.start; i < line.end && columns < 4; i++) {
    const code = text.charCodeAt(i);
    if (code === 9) return true;
    if (code !== 32) return false;
    columns++;
  }
  return columns >= 4;
}

/** A top-level code fence: up to 3 spaces, then 3 or more backticks or tildes. */
function fenceOf(text: string, line: Line): { marker: string; size: number; rest: number } | null {
  let i = line.start;
  while (i < line.end && i - line.start < 3 && text[i] === ' ') i++;
  const marker = text[i];
  if (marker !== '`' && marker !== '~') return null;
  let size = 0;
  while (text[i + size] === marker && i + size < line.end) size++;
  return size >= 3 ? { marker, size, rest: i + size } : null;
}

/**
 * `[start, end)` stretches covering the text, split after blank lines where nothing can go
 * on; null when the text must be parsed whole.
 */
export function independentChunks(text: string): Array<[number, number]> | null {
  if (LONG_HTML.test(text) || mayHoldDefinitions(text)) return null;
  const chunks: Array<[number, number]> = [];
  let chunkStart = 0;
  let fence: { marker: string; size: number } | null = null;
  let afterBlank = false;
  let afterIndented = false;
  for (const line of linesOf(text)) {
    const blank = isBlank(text, line);
    const first = text.charCodeAt(line.start);
    if (!fence && afterBlank && !afterIndented && !blank && first !== 32 && first !== 9 && line.start > chunkStart) {
      chunks.push([chunkStart, line.start]);
      chunkStart = line.start;
    }
    afterBlank = blank;
    if (!blank) afterIndented = isIndented(text, line);
    const found = fenceOf(text, line);
    if (!fence) {
      if (found && !(found.marker === '`' && text.slice(found.rest, line.end).includes('`'))) fence = found;
    } else if (found && found.marker === fence.marker && found.size >= fence.size && /^[ \t]*$/.test(text.slice(found.rest, line.end))) {
      fence = null;
    }
  }
  chunks.push([chunkStart, text.length]);
  return chunks;
}
