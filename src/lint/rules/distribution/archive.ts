import type { DocumentRule } from '../../rule.js';
import { distributionAnchor } from './closing.js';

export const archive: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'distribution/archive',
    description: 'The `Nơi nhận:` list has no `Lưu` line',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      missing: 'The "Nơi nhận:" list has no archive line: end it with "Lưu: VT, <drafting unit>"',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I (nơi nhận: the last line keeps a copy at the văn thư and the drafting unit)',
      bad: 'Nơi nhận: - Như trên; - Lãnh đạo UBND;',
      good: 'Nơi nhận: - Như trên; - Lãnh đạo UBND; - Lưu: VT, KGVX.',
    },
  },
  check({ document, layer, report }) {
    if (document.distribution.length > 0 && document.archive === null) {
      report({ messageId: 'missing', range: distributionAnchor(layer, document) });
    }
  },
};
