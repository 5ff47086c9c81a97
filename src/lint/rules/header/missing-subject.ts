import { isCongVan } from '../../codes.js';
import type { DocumentRule } from '../../rule.js';
import { headerAnchor } from './anchor.js';

export const missingSubject: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/missing-subject',
    description: 'A công văn without its `V/v` subject line',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: 'This công văn has no subject ("V/v …") under its number',
    },
    docs: {
      basis: 'NĐ 30/2020 Art. 8(2) and PL I (tên loại và trích yếu nội dung: a công văn states its subject after "V/v")',
      bad: 'Số: 1719/UBND-THCBKS … Kính gửi: …',
      good: 'Số: 1719/UBND-THCBKS … V/v thực hiện Chỉ thị số 07/CT-TTg … Kính gửi: …',
    },
  },
  check({ document, layer, report }) {
    if (isCongVan(document) && document.subject === null) report({ messageId: 'missing', range: headerAnchor(layer, document) });
  },
};
