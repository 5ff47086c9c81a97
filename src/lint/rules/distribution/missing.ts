import { lastLineOf } from '../../locate.js';
import type { DocumentRule } from '../../rule.js';

export const missing: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'distribution/missing',
    description: 'The document has no `Nơi nhận:` list',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: 'No "Nơi nhận:" list: a document names where its copies go, ending with the archive line "Lưu: VT, …"',
    },
    docs: {
      basis: 'NĐ 30/2020 Art. 8(2) and PL I (nơi nhận)',
      bad: 'Đề nghị các cơ quan triển khai thực hiện./. KT. CHỦ TỊCH …',
      good: 'Đề nghị các cơ quan triển khai thực hiện./. Nơi nhận: - Như trên; - Lưu: VT, KGVX. KT. CHỦ TỊCH …',
    },
  },
  check({ document, layer, report }) {
    if (document.distribution.length === 0 && document.archive === null) {
      report({ messageId: 'missing', range: lastLineOf(layer, document.position) });
    }
  },
};
