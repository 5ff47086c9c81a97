import type { Citation } from '../../../model/citation.js';
import type { Annex, VbhcDocument } from '../../../model/document.js';
import { dateRangeOf, numberRangeOf } from '../../citation-parts.js';
import { formatDate, isFullDate, sameDay } from '../../dates.js';
import { instrumentKey, normalizeNumber } from '../../instrument.js';
import type { Range } from '../../../text/line-index.js';
import type { DocumentRule, Finding, MessageData, RelatedFinding } from '../../rule.js';

/** A number compared with the document's own: loosely (see normalizeNumber), and `ND` taken for `NĐ`, which malformed input writes. */
function comparable(number: string): string {
  return normalizeNumber(number).replace(/Đ/g, 'D');
}

function nameOf(annex: Annex): string {
  return annex.label ?? annex.title ?? 'Phụ lục';
}

/**
 * The finding for an annex whose `Kèm theo` line names another instrument than the document:
 * another number, another type, or another date that `citation/date-conflict` cannot see (a
 * number without its year, dated in another year, names another instrument there).
 */
function mismatchOf(annex: Annex, cited: Citation, document: VbhcDocument, filePath: string): Finding | null {
  const own = document.number!;
  const related = (messageId: string, range: Range, data: MessageData): RelatedFinding[] => [{ filePath, range, messageId, data }];
  if (comparable(cited.number!) !== comparable(own.value)) {
    return {
      messageId: 'otherNumber',
      data: { annex: nameOf(annex), cited: cited.number!, own: own.value },
      range: numberRangeOf(cited),
      related: related('relatedNumber', own.position, { own: own.value }),
    };
  }
  // A type word that disagrees with a type code in the number is citation/type-mismatch's finding; a công văn's number has no code.
  if (cited.typeCode === null && cited.type !== null && document.type !== null && cited.type !== document.type) {
    return { messageId: 'otherType', data: { annex: nameOf(annex), citedType: cited.type, type: document.type, own: own.value }, range: cited.position };
  }
  const ownDate = document.date;
  if (!ownDate || !isFullDate(ownDate) || !isFullDate(cited.date) || sameDay(ownDate, cited.date)) return null;
  const sameInstrument = instrumentKey(cited.number!, cited.year, cited.date.year) === instrumentKey(own.value, own.year, ownDate.year);
  if (sameInstrument) return null;
  return {
    messageId: 'otherDate',
    data: { annex: nameOf(annex), own: own.value, cited: formatDate(cited.date), date: formatDate(ownDate) },
    range: dateRangeOf(cited),
    related: related('relatedDate', ownDate.position, { date: formatDate(ownDate) }),
  };
}

export const attachedTo: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'annex/attached-to',
    description: "An annex's kèm theo line names another instrument than the document it is attached to",
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      otherNumber: '{annex} says it goes with {cited}, but this document is numbered {own}',
      otherType: '{annex} says it goes with a {citedType}, but this document ({own}) is a {type}',
      otherDate: '{annex} dates {own} {cited}, but this document is dated {date}',
      relatedNumber: "this document's number: {own}",
      relatedDate: "this document's date: {date}",
    },
    docs: {
      basis: "NĐ 30/2020 PL I (phụ lục văn bản: an annex names the document it goes with, by that document's type, number and date)",
      bad: 'Số: 18/2026/TT-BYT … Phụ lục I (Kèm theo Thông tư số 17/2026/TT-BYT ngày 01 tháng 6 năm 2026)',
      good: 'Số: 18/2026/TT-BYT … Phụ lục I (Kèm theo Thông tư số 18/2026/TT-BYT ngày 01 tháng 6 năm 2026)',
    },
  },
  check({ document, filePath, report }) {
    // A draft's blank number (`Số: /QĐ-UBND`) names nothing yet to compare with.
    if (document.number?.sequence == null) return;
    for (const annex of document.annexes) {
      const cited = annex.attachedTo === null ? undefined : document.citations[annex.attachedTo];
      if (!cited || cited.number === null || cited.numberStyle === 'bare') continue;
      const finding = mismatchOf(annex, cited, document, filePath);
      if (finding) report(finding);
    }
  },
};
