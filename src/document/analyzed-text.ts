import type { TextLayer } from '../text/text-layer.js';
import { classifyPiece, type PieceKind } from './header-piece.js';
import { type Paragraph, paragraphsIn } from './paragraphs.js';
import { type Piece, piecesOf } from './pieces.js';

/** A paragraph cut into pieces, each with the kind it would have in a header. */
export interface AnalyzedParagraph {
  paragraph: Paragraph;
  pieces: Piece[];
  kinds: PieceKind[];
}

/** The paragraphs of a text-layer range, analysed on first use. */
export class AnalyzedText {
  readonly paragraphs: Paragraph[];
  private readonly analyzed: (AnalyzedParagraph | undefined)[];
  private readonly cut: (Piece[] | undefined)[];

  constructor(
    readonly layer: TextLayer,
    from = 0,
    to = layer.text.length,
  ) {
    this.paragraphs = paragraphsIn(layer, from, to);
    this.analyzed = new Array(this.paragraphs.length);
    this.cut = new Array(this.paragraphs.length);
  }

  get length(): number {
    return this.paragraphs.length;
  }

  /** The text of paragraph `index`. */
  textAt(index: number): string {
    return this.paragraphs[index]!.text;
  }

  /** The pieces of paragraph `index`, without classifying them. */
  piecesAt(index: number): Piece[] {
    let pieces = this.cut[index];
    if (!pieces) {
      pieces = piecesOf(this.layer.text, this.paragraphs[index]!);
      this.cut[index] = pieces;
    }
    return pieces;
  }

  at(index: number): AnalyzedParagraph {
    let analyzed = this.analyzed[index];
    if (!analyzed) {
      const paragraph = this.paragraphs[index]!;
      const pieces = this.piecesAt(index);
      analyzed = { paragraph, pieces, kinds: pieces.map(classifyPiece) };
      this.analyzed[index] = analyzed;
    }
    return analyzed;
  }

  has(index: number, kind: PieceKind): boolean {
    return this.at(index).kinds.includes(kind);
  }

  /** Start offset of paragraph `index`, or the end of the range past the last paragraph. */
  startOf(index: number): number {
    const paragraph = this.paragraphs[index];
    if (paragraph) return paragraph.start;
    const last = this.paragraphs[this.paragraphs.length - 1];
    return last ? last.end : 0;
  }
}
