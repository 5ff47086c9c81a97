import { NAMED_TYPES } from '../../../citations/vocabulary.js';
import type { TextLayer } from '../../../text/text-layer.js';
import { subjectTest } from '../../citation-parts.js';
import { normalizeNumber } from '../../instrument.js';
import { layerOffsetOf, paragraphAt } from '../../locate.js';
import type { DocumentRule } from '../../rule.js';

/** An issuer named just before the citation: `theo chỉ đạo của UBND tỉnh tại Công văn số …`. */
const ISSUER_BEFORE = /của [^,;.()\n]{2,80} (?:tại|theo)$/u;
/** How far back the issuer may be named. */
const LOOK_BACK = 100;

function issuerNamedBefore(layer: TextLayer, start: number): boolean {
  const paragraph = paragraphAt(layer, start);
  return ISSUER_BEFORE.test(layer.text.slice(Math.max(paragraph.start, start - LOOK_BACK), start).trimEnd());
}

export const incompleteFirst: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/incomplete-first',
    description: 'The first citation of an instrument in an administrative document lacks its date or its issuer',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      noDate: 'First citation of {number} gives no date; the first time a document is cited, give its date and issuer',
      noIssuer: 'First citation of {number} gives no issuer; the first time a document is cited, give its date and issuer',
      neither: 'First citation of {number} gives neither date nor issuer; the first time a document is cited, give both',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 6 điểm b (first citation: type, number, date, issuer, subject)',
      bad: 'Thực hiện Chỉ thị số 07/CT-TTg, …',
      good: 'Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về việc …',
    },
  },
  check({ document, layer, report }) {
    // A legal normative document (its number carries a year) follows the drafting rules for such documents, not PL I.
    if (document.number?.year != null) return;
    const seen = new Set<string>();
    const inSubject = subjectTest(layer, document);
    for (const citation of document.citations) {
      if (citation.number === null || citation.kind !== 'full') continue;
      const key = normalizeNumber(citation.number);
      if (seen.has(key)) continue;
      // Where the citation starts in the layer takes a search of the offset map: looked for only when needed.
      let start: number | null = null;
      if (inSubject !== null) {
        start = layerOffsetOf(layer, citation.position.start.offset);
        if (inSubject(start)) continue;
      }
      seen.add(key);
      // A Luật or Pháp lệnh is cited by type and name only.
      if (citation.type !== null && NAMED_TYPES.has(citation.type)) continue;
      const noDate = citation.date === null;
      const noIssuer = citation.issuer === null && !issuerNamedBefore(layer, start ?? layerOffsetOf(layer, citation.position.start.offset));
      if (!noDate && !noIssuer) continue;
      const messageId = noDate && noIssuer ? 'neither' : noDate ? 'noDate' : 'noIssuer';
      report({ messageId, data: { number: citation.number }, range: citation.position });
    }
  },
};
