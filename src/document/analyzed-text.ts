import type { TextLayer } from '../text/text-layer.js';
import { classifyPieces, type HeaderDate, type PieceKind } from './header-piece.js';
import { allParagraphs, type Paragraph, paragraphIndexes, paragraphsIn } from './paragraphs.js';
import { type Piece, piecesOf } from './pieces.js';

/** A paragraph cut into pieces, each with the kind it would have in a header. */
export interface AnalyzedParagraph {
  paragraph: Paragraph;
  pieces: Piece[];
  kinds: PieceKind[];
  /** The header date each piece holds (`classifyPieces`), read once for the split and the header. */
  dates: (HeaderDate | null)[];
}

/** Pieces and kinds of paragraphs, by paragraph index. */
interface Analyses {
  pieces: (Piece[] | undefined)[];
  analyzed: (AnalyzedParagraph | undefined)[];
}

function emptyAnalyses(count: number): Analyses {
  return { pieces: new Array(count), analyzed: new Array(count) };
}

/**
 * Analyses of all the layer's paragraphs, shared by the ranges a document is read in (split,
 * header, closing), so that each paragraph is cut and classified once.
 */
function layerAnalyses(layer: TextLayer): Analyses {
  return emptyAnalyses(allParagraphs(layer).length);
}

/** The paragraphs of a text-layer range, analysed on first use. */
export class AnalyzedText {
  readonly paragraphs: Paragraph[];
  private readonly analyses: Analyses;
  /** Index of this range's first paragraph in `analyses`. */
  private readonly offset: number;

  constructor(
    readonly layer: TextLayer,
    from = 0,
    to = layer.text.length,
  ) {
    const indexes = paragraphIndexes(layer, from, to);
    this.paragraphs = indexes ? allParagraphs(layer).slice(indexes[0], indexes[1]) : paragraphsIn(layer, from, to);
    this.analyses = indexes ? layer.derived(layerAnalyses) : emptyAnalyses(this.paragraphs.length);
    this.offset = indexes ? indexes[0] : 0;
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
    const at = this.offset + index;
    let pieces = this.analyses.pieces[at];
    if (!pieces) {
      pieces = piecesOf(this.layer.text, this.paragraphs[index]!);
      this.analyses.pieces[at] = pieces;
    }
    return pieces;
  }

  at(index: number): AnalyzedParagraph {
    const at = this.offset + index;
    let analyzed = this.analyses.analyzed[at];
    if (!analyzed) {
      const paragraph = this.paragraphs[index]!;
      const pieces = this.piecesAt(index);
      const { kinds, dates } = classifyPieces(pieces);
      analyzed = { paragraph, pieces, kinds, dates };
      this.analyses.analyzed[at] = analyzed;
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
