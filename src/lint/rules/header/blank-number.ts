import type { DocumentRule } from '../../rule.js';

export const blankNumber: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/blank-number',
    description: 'The sequence number is left blank (a draft); a registered copy must carry it',
    defaultSeverity: 'off',
    finalSeverity: 'error',
    fixable: false,
    messages: {
      blank: 'The number "{number}" has no sequence number: the văn thư fills it in when registering the document',
    },
    docs: {
      basis: 'NĐ 30/2020 Art. 15 (numbers are given when the document is registered) and PL I khoản 3; checked with --final',
      bad: 'Số:       /KH-UBND',
      good: 'Số: 227/KH-UBND',
    },
  },
  check({ document, report }) {
    const number = document.number;
    if (number && number.sequence === null) report({ messageId: 'blank', data: { number: number.value }, range: number.position });
  },
};
