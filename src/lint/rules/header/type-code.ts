import { isCongVan, isTypeCode, typeCodeDisagrees, typeCodesFor, typeWordsFor } from '../../codes.js';
import type { DocumentRule } from '../../rule.js';

export const typeCode: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/type-code',
    description: "The type code in the document's number disagrees with the document's type",
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      mismatch: 'This {type} is numbered {number}, but {code} is the code of {codeType}; a {type} takes {expected}',
      congVan: 'This công văn is numbered {number} with the type code {code} ({codeType}); a công văn has no type code: number/ISSUER-UNIT',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 3 and PL III (type codes; a công văn has none)',
      bad: 'Số: 227/QĐ-UBND … KẾ HOẠCH Triển khai thực hiện …',
      good: 'Số: 227/KH-UBND … KẾ HOẠCH Triển khai thực hiện …',
    },
  },
  check({ document, report }) {
    const { number, type } = document;
    const code = number?.typeCode;
    if (!number || !code || type === null) return;
    const data = { type, number: number.value, code, codeType: typeWordsFor(code).join(' / ') };
    if (number.style === 'state' && isCongVan(document) && isTypeCode(code)) {
      report({ messageId: 'congVan', data, range: number.position });
    } else if (typeCodeDisagrees(type, code)) {
      report({ messageId: 'mismatch', data: { ...data, expected: (typeCodesFor(type) ?? []).join(' / ') }, range: number.position });
    }
  },
};
