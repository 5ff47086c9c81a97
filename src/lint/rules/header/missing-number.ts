import { firstLineOf } from '../../locate.js';
import type { DocumentRule } from '../../rule.js';

export const missingNumber: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/missing-number',
    description: 'The document has no `Số:` line',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'No number ("Số: …/…") in this document\'s header; every administrative document carries its number and symbol',
    },
    docs: {
      basis: 'NĐ 30/2020 Art. 8(2) b and PL I khoản 3 (số, ký hiệu)',
      bad: 'ỦY BAN NHÂN DÂN TỈNH … (no Số line) … Hà Nội, ngày 18 tháng 5 năm 2023',
      good: 'Số: 1460/UBND-KGVX … Hà Nội, ngày 18 tháng 5 năm 2023',
    },
  },
  check({ document, layer, report }) {
    if (document.number === null) report({ messageId: 'missing', range: firstLineOf(layer, document.position) });
  },
};
