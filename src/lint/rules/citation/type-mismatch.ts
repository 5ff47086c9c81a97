import { numberRangeOf } from '../../citation-parts.js';
import { typeCodeDisagrees, typeWordsFor } from '../../codes.js';
import type { DocumentRule } from '../../rule.js';

export const typeMismatch: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/type-mismatch',
    description: 'The type word of a citation disagrees with the type code in its number',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      mismatch: '"{type}" is cited with the number {number}, whose code {code} stands for {expected}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL III (type names and codes); PL I khoản 3',
      bad: 'Quyết định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ',
      good: 'Nghị định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ',
    },
  },
  check({ document, report }) {
    for (const citation of document.citations) {
      const { type, typeCode, number } = citation;
      if (type === null || typeCode === null || number === null || !typeCodeDisagrees(type, typeCode)) continue;
      report({
        messageId: 'mismatch',
        data: { type, number, code: typeCode, expected: typeWordsFor(typeCode).join(' / ') },
        range: numberRangeOf(citation),
      });
    }
  },
};
