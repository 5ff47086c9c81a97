import { firstLineOf } from '../../locate.js';
import type { DocumentRule } from '../../rule.js';

export const missingDate: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/missing-date',
    description: 'The document has no place-and-date line',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'No date ("Place, ngày … tháng … năm …") in this document\'s header',
    },
    docs: {
      basis: 'NĐ 30/2020 Art. 8(2) c and PL I khoản 4 (địa danh, thời gian)',
      bad: 'Số: 1460/UBND-KGVX … (no date line) … V/v tăng cường công tác truyền thông chính sách',
      good: 'Số: 1460/UBND-KGVX … Hà Nội, ngày 18 tháng 5 năm 2023',
    },
  },
  check({ document, layer, report }) {
    if (document.date === null) report({ messageId: 'missing', range: document.number?.position ?? firstLineOf(layer, document.position) });
  },
};
