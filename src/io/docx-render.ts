import { markerIndex, type ParagraphFacts } from './docx-package.js';
import { ExtractedText } from './extracted-text.js';

/** The part of mammoth's document model vbhc reads (mammoth ships no types for it). */
export interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  name?: string;
  isBold?: boolean;
  isItalic?: boolean;
  checked?: boolean;
  noteType?: string;
  noteId?: string;
  body?: DocxNode[];
}

export interface DocxModel extends DocxNode {
  notes: { resolve(reference: { noteType: string; noteId: string }): DocxNode | null };
}

interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
}

interface NoteReference {
  noteType: string;
  noteId: string;
  mark: string;
}

/** Puts `**` and `*` around bold and italic text, outside its leading and trailing spaces. */
function withEmphasis(segments: readonly Segment[]): string {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.bold === segment.bold && last.italic === segment.italic) last.text += segment.text;
    else merged.push({ ...segment });
  }
  let out = '';
  for (const { text, bold, italic } of merged) {
    const core = text.trim();
    if ((!bold && !italic) || !core) {
      out += text;
      continue;
    }
    const marker = bold && italic ? '***' : bold ? '**' : '*';
    const lead = text.length - text.trimStart().length;
    out += `${text.slice(0, lead)}${marker}${core}${marker}${text.slice(lead + core.length)}`;
  }
  return out;
}

/**
 * Renders mammoth's model of a .docx as the Markdown-like text vbhc reads: one line per Word
 * paragraph, list labels written out, bold and italic as `**` and `*`, tables of one or two
 * columns (header and signature layouts) read column by column and wider ones row by row,
 * one cell paragraph per line, and footnotes after the body as `[^n] text`.
 */
export class DocxRenderer {
  private readonly out = new ExtractedText();
  private readonly references: NoteReference[] = [];
  private label = '¶1';

  constructor(private readonly facts: readonly ParagraphFacts[]) {}

  render(model: DocxModel): ExtractedText {
    this.blocks(model.children ?? []);
    this.notes(model);
    return this.out;
  }

  private blocks(nodes: readonly DocxNode[], prefix = ''): void {
    let first = prefix;
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        this.paragraph(node, first);
        first = '';
      } else if (node.type === 'table') this.table(node);
    }
  }

  private paragraph(node: DocxNode, prefix: string): void {
    const facts = this.factsOf(node);
    if (facts) this.label = `¶${facts.pilcrow}`;
    const segments: Segment[] = [];
    const nested: DocxNode[] = [];
    this.inline(node.children ?? [], false, false, segments, nested);
    const text = withEmphasis(segments);
    this.out.line(prefix + (facts?.label ?? '') + (prefix ? text.trimStart() : text), this.label);
    this.blocks(nested);
  }

  /** The facts of the paragraph's own marker (the last one: a deleted paragraph mark merges two). */
  private factsOf(node: DocxNode): ParagraphFacts | undefined {
    let facts: ParagraphFacts | undefined;
    for (const child of node.children ?? []) {
      const index = child.type === 'bookmarkStart' ? markerIndex(child.name) : null;
      if (index !== null) facts = this.facts[index] ?? facts;
    }
    return facts;
  }

  private inline(nodes: readonly DocxNode[], bold: boolean, italic: boolean, segments: Segment[], nested: DocxNode[]): void {
    const push = (text: string) => segments.push({ text, bold, italic });
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          push(node.value ?? '');
          break;
        case 'tab':
          push('\t');
          break;
        case 'break':
          push('\n');
          break;
        case 'checkbox':
          push(node.checked ? '☒' : '☐');
          break;
        case 'noteReference':
          push(this.noteMark(node));
          break;
        case 'run':
          this.inline(node.children ?? [], node.isBold ?? false, node.isItalic ?? false, segments, nested);
          break;
        case 'paragraph':
        case 'table':
          nested.push(node);
          break;
        default:
          this.inline(node.children ?? [], bold, italic, segments, nested);
      }
    }
  }

  private noteMark(node: DocxNode): string {
    const noteType = node.noteType ?? 'footnote';
    const noteId = node.noteId ?? '';
    const sameType = this.references.filter((reference) => reference.noteType === noteType);
    const mark = `${noteType === 'endnote' ? 'e' : ''}${sameType.length + 1}`;
    this.references.push({ noteType, noteId, mark });
    return `[^${mark}]`;
  }

  private table(node: DocxNode): void {
    const rows = (node.children ?? []).map((row) => (row.children ?? []).filter((cell) => cell.type === 'tableCell'));
    if (rows.every((cells) => cells.length <= 2)) {
      for (const column of [0, 1]) for (const cells of rows) this.blocks(cells[column]?.children ?? []);
    } else {
      for (const cells of rows) for (const cell of cells) this.blocks(cell.children ?? []);
    }
  }

  private notes(model: DocxModel): void {
    if (this.references.length > 0) this.out.line('', this.label);
    for (const reference of [...this.references]) {
      const note = model.notes.resolve(reference);
      if (!note) continue;
      this.label = `${reference.noteType === 'endnote' ? 'en' : 'fn'}${reference.mark.replace(/^e/, '')}`;
      this.blocks(note.body ?? [], `[^${reference.mark}] `);
    }
  }
}
