import type { DocumentRule } from '../../rule.js';

export const undefinedShortForm: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/undefined-short-form',
    description: 'A short form that no earlier full citation or declared alias resolves',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      undefined: '"{raw}" is a short form, but no full citation or alias ("sau đây viết tắt là …") before it says which document it is',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 6 điểm b (later citations give only type and number, after a full first citation)',
      bad: 'căn cứ Quyết định số 765 …',
      good: 'căn cứ Quyết định số 765/QĐ-BTTTT ngày 28/4/2023 của Bộ Thông tin và Truyền thông (sau đây viết tắt là Quyết định số 765); … theo Quyết định số 765',
    },
  },
  check({ document, report }) {
    for (const citation of document.citations) {
      if (citation.kind !== 'short' || citation.refersTo !== null) continue;
      report({ messageId: 'undefined', data: { raw: citation.raw.replace(/\s+/g, ' ').trim() }, range: citation.position });
    }
  },
};
