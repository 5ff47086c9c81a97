import { formatDate } from '../../dates.js';
import type { DocumentRule } from '../../rule.js';

export const blankDate: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/blank-date',
    description: 'The day or month of the date is left blank (a draft); a signed copy must carry it',
    defaultSeverity: 'off',
    finalSeverity: 'error',
    fixable: false,
    messages: {
      blank: 'The date "{date}" is incomplete: a signed document carries its day, month and year',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 4 (thời gian ban hành: ngày, tháng, năm); checked with --final',
      bad: 'Đắk Lắk, ngày      tháng 5 năm 2023',
      good: 'Đắk Lắk, ngày 15 tháng 5 năm 2023',
    },
  },
  check({ document, report }) {
    const date = document.date;
    if (date && (date.day === null || date.month === null || date.year === null)) {
      report({ messageId: 'blank', data: { date: formatDate(date) }, range: date.position });
    }
  },
};
