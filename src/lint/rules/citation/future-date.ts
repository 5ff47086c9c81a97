import { dateRangeOf } from '../../citation-parts.js';
import { earliestDay, formatDate, latestDay } from '../../dates.js';
import type { DocumentRule } from '../../rule.js';

export const futureDate: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/future-date',
    description: 'A cited instrument dated after the document that cites it',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      future: '{number} is dated {date}, after this document ({documentDate}): a document can only cite what was issued before it',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 6 điểm b (a citation names an issued document, with its date)',
      bad: 'Hà Nội, ngày 18 tháng 5 năm 2023 … thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2024',
      good: 'Hà Nội, ngày 18 tháng 5 năm 2023 … thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023',
    },
  },
  check({ document, report }) {
    // A draft's blank day counts as the last day of its month: only a certain "after" is reported.
    const latest = document.date ? latestDay(document.date) : null;
    if (latest === null || !document.date) return;
    for (const citation of document.citations) {
      const cited = citation.date ? earliestDay(citation.date) : null;
      if (cited === null || !citation.date || cited <= latest) continue;
      report({
        messageId: 'future',
        data: { number: citation.number ?? citation.raw.trim(), date: formatDate(citation.date), documentDate: formatDate(document.date) },
        range: dateRangeOf(citation),
      });
    }
  },
};
