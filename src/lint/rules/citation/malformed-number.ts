import type { NumberIssue } from '../../../model/citation.js';
import type { DocumentRule } from '../../rule.js';

/** The issue a message names when a number has several, most telling first. */
const PRIORITY: readonly NumberIssue[] = ['line-break', 'space', 'eth', 'slash', 'case', 'markup'];

export const malformedNumber: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/malformed-number',
    description: 'Spaces, a line break, `Ð` for `Đ`, a look-alike slash, wrong case or formatting inside a cited number',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      'line-break': 'The number "{written}" is broken across lines; write {expected} in one piece',
      space: 'The number "{written}" has a space inside; write {expected}',
      eth: 'The number "{written}" is typed with Ð (U+00D0, Icelandic eth) for Đ; write {expected}',
      slash: 'The number "{written}" uses a look-alike of "/"; write {expected}',
      case: 'The number "{written}" has a code in the wrong case; write {expected}',
      markup: 'The number "{written}" has formatting (bold, italics) inside it; write {expected} in one style',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 3 (`/` and `-` without spaces, codes as in PL III); domain notes §2 (text traps)',
      bad: 'Quyết định số 407/QĐ- TTg ngày 30/3/2022 của Thủ tướng Chính phủ',
      good: 'Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ',
    },
  },
  check({ document, report }) {
    for (const citation of document.citations) {
      const { number, numberRaw, numberPosition, numberIssues } = citation;
      const issue = PRIORITY.find((candidate) => numberIssues.includes(candidate));
      if (!issue || number === null || numberRaw === null || numberPosition === null) continue;
      report({
        messageId: issue,
        data: { written: numberRaw.normalize('NFC').replace(/\s+/g, ' '), expected: number },
        range: numberPosition,
        // Replacing a run with markup inside would unbalance the emphasis around it.
        fix: numberIssues.includes('markup') ? undefined : { range: [numberPosition.start.offset, numberPosition.end.offset], text: number },
      });
    }
  },
};
