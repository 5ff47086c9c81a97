import type { VbhcDocument } from '../../../model/document.js';
import type { TextLayer } from '../../../text/text-layer.js';
import { foldVietnamese } from '../../fold.js';
import { type LayerSlice, type LayerSpan, lastMatchInSlice, layerSliceOf, literalPattern, paragraphAt } from '../../locate.js';
import type { DocumentRule, Report } from '../../rule.js';

/** State prefixes (NĐ 30/2020 PL I khoản 7) and Party ones (HD 36-HD/VPTW). */
const KNOWN = new Set(['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'T/M', 'K/T', 'T/L']);
/** A short capitals token with `.` or `/`, or one of the known prefixes written without its dot, before a title. */
const PREFIX = /^((?:[A-Z]{1,3}[./])+[A-Z]{0,3}\.?|TM|KT|TL|TUQ) +\p{Lu}/u;
/** A title line in capitals (`K.T. CHỦ TỊCH`), not a sentence that starts with an abbreviation (`TP. Hồ Chí Minh …`). */
const CAPITALS_LINE = /^[^\p{Ll}]+$/u;

/**
 * Longer than any signature line anyone writes: such a line (hostile or damaged text) is not
 * looked for, since the pattern built from it would be as long as the line.
 */
const MAX_SIGNATURE_LINE = 300;

/** Where a signature line stands in the document's slice of the text layer. */
function spanOfLine(slice: LayerSlice, line: string): LayerSpan | null {
  return line.length > MAX_SIGNATURE_LINE ? null : lastMatchInSlice(slice, literalPattern(line));
}

function prefixOf(line: string): string | null {
  return PREFIX.exec(line.normalize('NFC').trim())?.[1] ?? null;
}

/**
 * The signature lines, and the line just above them: a prefix the parser does not know
 * (`K.T. CHỦ TỊCH`) is left out of the signature, but it is the line to report. Where a line
 * stands takes a search of the whole document, so it is looked for only when a finding needs it
 * (and for the first signature line, whose place tells the line above).
 */
class SignatureLines {
  private constructor(
    private readonly slice: LayerSlice,
    readonly texts: readonly string[],
    /** `undefined` until looked for. */
    private readonly spans: Array<LayerSpan | null | undefined>,
  ) {}

  static of(layer: TextLayer, document: VbhcDocument): SignatureLines | null {
    const signatureLines = document.signature?.lines ?? [];
    if (signatureLines.length === 0) return null;
    const slice = layerSliceOf(layer, document.position);
    const first = spanOfLine(slice, signatureLines[0]!);
    // Pushed into a literal, as `[above, ...spans]` below is: one array shape for `spanAt`.
    const spans: Array<LayerSpan | null | undefined> = [first];
    while (spans.length < signatureLines.length) spans.push(undefined);
    if (!first || first.start === 0) return new SignatureLines(slice, signatureLines, spans);
    const above = paragraphAt(layer, paragraphAt(layer, first.start).start - 1);
    const text = layer.text.slice(above.start, above.end);
    if (!CAPITALS_LINE.test(text)) return new SignatureLines(slice, signatureLines, spans);
    return new SignatureLines(slice, [text, ...signatureLines], [above, ...spans]);
  }

  spanAt(index: number): LayerSpan | null {
    let span = this.spans[index];
    if (span === undefined) {
      span = spanOfLine(this.slice, this.texts[index]!);
      this.spans[index] = span;
    }
    return span;
  }
}

function reportAt(layer: TextLayer, document: VbhcDocument, span: LayerSpan | null, report: Report, finding: { messageId: string; data: Record<string, string> }): void {
  report({ ...finding, range: span ? layer.range(span.start, span.end) : document.position });
}

export const authority: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'signature/authority',
    description: "A signature authority prefix that is unknown, or `KT.` followed by the head's own title",
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      unknown: '"{prefix}" is not a signing authority; use TM., KT., TL., TUQ. or Q. (Party documents: T/M, K/T, T/L)',
      selfDeputy: '"{line}" means a deputy signs for the head, but the title below is the head\'s own ("{title}"); a deputy signs as e.g. "PHÓ {title}"',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 7 (quyền hạn: TM., KT., TL., TUQ., Q.); HD 36-HD/VPTW (T/M, K/T, T/L)',
      bad: 'KT. CHỦ TỊCH / CHỦ TỊCH / Nguyễn Văn A',
      good: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A',
    },
  },
  check({ document, layer, report }) {
    const lines = SignatureLines.of(layer, document);
    if (lines === null) return;
    const texts = lines.texts;
    texts.forEach((text, i) => {
      const prefix = prefixOf(text);
      if (prefix === null) return;
      if (!KNOWN.has(prefix)) {
        reportAt(layer, document, lines.spanAt(i), report, { messageId: 'unknown', data: { prefix } });
        return;
      }
      const next = texts[i + 1];
      const head = text.normalize('NFC').trim().slice(prefix.length).trim();
      if ((prefix === 'KT.' || prefix === 'K/T') && next !== undefined && foldVietnamese(next) === foldVietnamese(head)) {
        reportAt(layer, document, lines.spanAt(i + 1), report, { messageId: 'selfDeputy', data: { line: text.trim(), title: next.trim() } });
      }
    });
  },
};
