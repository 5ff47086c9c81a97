import { isCongVan } from '../../codes.js';
import type { DocumentRule } from '../../rule.js';
import { headerAnchor } from './anchor.js';

export const missingRecipients: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/missing-recipients',
    description: 'A công văn without `Kính gửi:` addressees',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: 'This công văn names no addressee ("Kính gửi: …")',
    },
    docs: {
      basis: 'NĐ 30/2020 Art. 8(2) and PL I (nơi nhận: a công văn names its addressees after "Kính gửi")',
      bad: 'V/v tăng cường công tác truyền thông chính sách … Thực hiện Chỉ thị số 07/CT-TTg …',
      good: 'V/v tăng cường công tác truyền thông chính sách … Kính gửi: - Các sở, ban, ngành; …',
    },
  },
  check({ document, layer, report }) {
    if (isCongVan(document) && document.recipients.length === 0) report({ messageId: 'missing', range: headerAnchor(layer, document) });
  },
};
