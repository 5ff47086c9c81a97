/**
 * Comments that speak to vbhc rather than belong to the document: `<!-- vbhc-… -->` anywhere
 * on a line (Markdown, and any input, since every text goes through the Markdown stage), and
 * a line holding only `// vbhc-…` (plain text, Word). The text layer leaves out every line that
 * holds nothing but such a comment, so adding one never changes how a document parses.
 */
export interface DirectiveComment {
  /** Original offsets of the comment, `<!--`/`//` to its end. */
  start: number;
  end: number;
  /** What follows `vbhc-`, trimmed: `disable-next-line citation/date-conflict -- why`. */
  body: string;
  /** The comment is all its line holds: `[line start, start of the next line)`, which the text layer leaves out. */
  wholeLine?: readonly [number, number];
}

const MARKER = 'vbhc-';
const OPEN = '<!--';
const CLOSE = '-->';

/** `[start, end, next line start)` of the line holding `offset`; `\r\n`, `\r` and `\n` end lines. */
function lineAround(text: string, offset: number): [number, number, number] {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  const next = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : Math.min(text.length, end + 1);
  return [start, end, next];
}

/** The body after `vbhc-` of a comment's inside, or null when the comment is not for vbhc. */
function bodyOf(inside: string): string | null {
  const trimmed = inside.trim();
  return trimmed.startsWith(MARKER) && trimmed.length > MARKER.length ? trimmed.slice(MARKER.length) : null;
}

/** The vbhc comments of one line `text[start, end)`, whose next line starts at `next`. */
function commentsOnLine(text: string, start: number, end: number, next: number, out: DirectiveComment[]): void {
  const line = text.slice(start, end);
  const first = line.length - line.trimStart().length;
  if (line.startsWith('//', first)) {
    const body = bodyOf(line.slice(first + 2));
    if (body !== null) out.push({ start: start + first, end, body, wholeLine: [start, next] });
    return;
  }
  const found: DirectiveComment[] = [];
  let others = false;
  let from = 0;
  for (;;) {
    const open = line.indexOf(OPEN, from);
    if (open < 0) break;
    const close = line.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) break;
    const body = bodyOf(line.slice(open + OPEN.length, close));
    if (body !== null) found.push({ start: start + open, end: start + close + CLOSE.length, body });
    else others = true;
    from = close + CLOSE.length;
  }
  const only = found.length === 1 && !others ? found[0] : undefined;
  if (only && line.trim().length === only.end - only.start) only.wholeLine = [start, next];
  out.push(...found);
}

/** Every vbhc comment of a text, in order. One pass over the lines that mention `vbhc-`. */
export function findDirectiveComments(text: string): DirectiveComment[] {
  const comments: DirectiveComment[] = [];
  let at = text.indexOf(MARKER);
  while (at >= 0) {
    const [start, end, next] = lineAround(text, at);
    commentsOnLine(text, start, end, next, comments);
    at = next >= text.length ? -1 : text.indexOf(MARKER, next);
  }
  return comments;
}

/** The lines the text layer leaves out: `[start, end)` of each line holding only a vbhc comment. */
export function directiveLineSpans(text: string): Array<readonly [number, number]> {
  if (!text.includes(MARKER)) return [];
  return findDirectiveComments(text).flatMap((comment) => (comment.wholeLine ? [comment.wholeLine] : []));
}
