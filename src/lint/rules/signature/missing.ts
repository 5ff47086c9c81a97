import { lastLineOf } from '../../locate.js';
import type { DocumentRule } from '../../rule.js';

export const missing: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'signature/missing',
    description: 'The document has no signature block (authority, title, name)',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: 'No signature block: a document ends with the signer\'s authority and title ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and name',
    },
    docs: {
      basis: 'NĐ 30/2020 Art. 8(2) and PL I khoản 7 (quyền hạn, chức vụ, họ tên và chữ ký)',
      bad: '… - Lưu: VT, KGVX. (nothing after)',
      good: '… - Lưu: VT, KGVX. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hà Minh Hải',
    },
  },
  check({ document, layer, report }) {
    if (document.signature === null) report({ messageId: 'missing', range: lastLineOf(layer, document.position) });
  },
};
