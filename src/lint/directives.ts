import { findDirectiveComments } from '../text/directive-comments.js';
import { LineIndex, type Range } from '../text/line-index.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable', 'enable', 'disable-line', 'disable-next-line'];

/**
 * One inline directive of a file: plain data (a worker sends it, the cache stores it).
 * `disable`/`enable` act from where the comment stands on; the `-line` kinds cover `line`.
 */
export interface Directive {
  kind: DirectiveKind;
  /** Rule ids it names; empty: every rule. */
  ruleIds: string[];
  /** Where the comment is. */
  range: Range;
  /** For `disable-line` and `disable-next-line`: the 1-based line whose findings it hides. */
  line?: number;
}

/** A vbhc comment whose kind is not one of the four (`vbhc-disable-nextline`). */
export interface MalformedDirective {
  word: string;
  range: Range;
}

export interface FileDirectives {
  directives: Directive[];
  malformed: MalformedDirective[];
}

/** `a, b c -- reason` → `['a', 'b', 'c']`: ids separated by commas or spaces, ` -- ` starts a note. */
function ruleIdsOf(rest: string): string[] {
  const note = rest.search(/(?:^|\s)--(?:\s|$)/);
  const ids = note < 0 ? rest : rest.slice(0, note);
  return ids.split(/[\s,]+/).filter((id) => id.length > 0);
}

/**
 * For each 1-based line, the first line at or after it that holds more than blanks or a vbhc
 * comment alone: where a `disable-next-line` above it lands. One pass from the end.
 */
function contentLinesFrom(text: string, lines: LineIndex, commentLines: ReadonlySet<number>): Int32Array {
  const next = new Int32Array(lines.lineCount + 2);
  next[lines.lineCount + 1] = lines.lineCount + 1;
  for (let line = lines.lineCount; line >= 1; line--) {
    const end = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    const blank = commentLines.has(line) || text.slice(lines.lineStart(line), end).trim() === '';
    next[line] = blank ? next[line + 1]! : line;
  }
  return next;
}

/** The inline directives of a text (its comments `<!-- vbhc-… -->` and lines `// vbhc-…`). */
export function parseDirectives(text: string): FileDirectives {
  const comments = findDirectiveComments(text);
  const result: FileDirectives = { directives: [], malformed: [] };
  if (comments.length === 0) return result;
  const lines = new LineIndex(text);
  const commentLines = new Set(comments.filter((comment) => comment.wholeLine).map((comment) => lines.point(comment.start).line));
  let contentLines: Int32Array | undefined;
  for (const comment of comments) {
    const range = { start: lines.point(comment.start), end: lines.point(comment.end) };
    const space = comment.body.search(/\s/);
    const word = space < 0 ? comment.body : comment.body.slice(0, space);
    const kind = DIRECTIVE_KINDS.find((known) => known === word);
    if (!kind) {
      result.malformed.push({ word: `vbhc-${word}`, range });
      continue;
    }
    const directive: Directive = { kind, ruleIds: ruleIdsOf(space < 0 ? '' : comment.body.slice(space)), range };
    if (kind === 'disable-line') directive.line = range.start.line;
    else if (kind === 'disable-next-line') {
      contentLines ??= contentLinesFrom(text, lines, commentLines);
      directive.line = contentLines[range.start.line + 1]!;
    }
    result.directives.push(directive);
  }
  return result;
}
