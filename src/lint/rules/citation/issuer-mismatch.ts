import { issuerExpectedFor } from '../../codes.js';
import type { DocumentRule } from '../../rule.js';

export const issuerMismatch: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/issuer-mismatch',
    description: 'The issuer named in a citation disagrees with the issuer code in its number',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      mismatch: '{number} is cited as issued by "{issuer}", but its code {code} stands for {expected}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 3 (issuer code) and khoản 6 điểm b (issuer named in a citation)',
      bad: 'Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Chính phủ',
      good: 'Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ',
    },
  },
  check({ document, report }) {
    for (const citation of document.citations) {
      const { issuer, issuerCode, number } = citation;
      if (issuer === null || issuerCode === null || number === null) continue;
      const expected = issuerExpectedFor(issuerCode, issuer);
      if (expected === null) continue;
      report({ messageId: 'mismatch', data: { number, issuer, code: issuerCode, expected }, range: citation.position });
    }
  },
};
