import { dateRangeOf } from '../../citation-parts.js';
import { formatDate, isFullDate, sameDay } from '../../dates.js';
import type { DocumentRule } from '../../rule.js';

export const registryMismatch: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/registry-mismatch',
    description: 'A cited date disagrees with the registry of known instruments',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      mismatch: '{number} is cited as dated {date}, but the registry of known instruments dates it {expected}',
      mismatchInRegister: '{number} is cited as dated {date}, but the register {register} dates it {expected}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 6 điểm b (a citation gives the date of issue); built-in registry: domain notes §4',
      bad: 'Quyết định số 407/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ',
      good: 'Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ',
    },
  },
  check({ document, registry, report }) {
    for (const citation of document.citations) {
      const { number, date } = citation;
      if (number === null || !isFullDate(date)) continue;
      const entry = registry.lookup(number, citation.year, date.year);
      if (!entry || sameDay(entry.date, date)) continue;
      const data = { number, date: formatDate(date), expected: formatDate(entry.date) };
      report({
        messageId: entry.origin === undefined ? 'mismatch' : 'mismatchInRegister',
        data: entry.origin === undefined ? data : { ...data, register: entry.origin },
        range: dateRangeOf(citation),
      });
    }
  },
};
