import { dateRangeOf } from '../../citation-parts.js';
import { formatDate } from '../../dates.js';
import type { DocumentRule } from '../../rule.js';

export const yearMismatch: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/year-mismatch',
    description: 'The year inside a normative number differs from the year of the date given with it',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      mismatch: '{number} carries the year {numberYear}, but is dated {date}; the year in a normative number is its year of issue',
    },
    docs: {
      basis: 'Luật 80/2015/QH13 Art. 10 (number, year, type code, issuer); domain notes §2',
      bad: 'Nghị định số 09/2017/NĐ-CP ngày 09/02/2016 của Chính phủ',
      good: 'Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ',
    },
  },
  check({ document, report }) {
    for (const citation of document.citations) {
      const { number, year, date } = citation;
      if (number === null || year === null || date?.year == null || date.year === year) continue;
      report({ messageId: 'mismatch', data: { number, numberYear: year, date: formatDate(date) }, range: dateRangeOf(citation) });
    }
  },
};
