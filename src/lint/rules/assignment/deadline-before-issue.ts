import type { Deadline } from '../../../model/outline.js';
import { earliestDay, formatDate, latestDay, type PartialDate } from '../../dates.js';
import { lastMatchRange, literalPattern } from '../../locate.js';
import type { DocumentRule } from '../../rule.js';

/** `2024`, `2024-12` or `2024-12-31` as a partial date. */
function parseIsoPart(value: string | null): PartialDate | null {
  const match = value === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : null, day: match[3] ? Number(match[3]) : null };
}

/** The last day a deadline allows; recurring and ongoing deadlines have none. */
function lastDayOf(deadline: Deadline): number | null {
  if (deadline.kind === 'recurring' || deadline.kind === 'ongoing') return null;
  const end = parseIsoPart(deadline.to) ?? parseIsoPart(deadline.from);
  return end ? latestDay(end) : null;
}

export const deadlineBeforeIssue: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'assignment/deadline-before-issue',
    description: "A deadline that ends before the document's own date",
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      early: 'The deadline "{deadline}" ends before the document is issued ({date})',
    },
    docs: {
      basis: 'Consistency of the document\'s own dates: the date of issue (NĐ 30/2020 PL I khoản 4) against the deadlines it sets (domain notes §3)',
      bad: 'Định Hóa, ngày 22 tháng 9 năm 2023 … - Thời gian: Hoàn thành trước tháng 6/2023.',
      good: 'Định Hóa, ngày 22 tháng 9 năm 2023 … - Thời gian: Hoàn thành trước tháng 6/2024.',
    },
  },
  check({ document, layer, report }) {
    const issued = document.date ? earliestDay(document.date) : null;
    if (issued === null || !document.date) return;
    for (const assignment of document.assignments) {
      const deadline = assignment.deadline;
      const last = deadline ? lastDayOf(deadline) : null;
      if (!deadline || last === null || last >= issued) continue;
      const written = deadline.raw.normalize('NFC').trim();
      const range = (written && lastMatchRange(layer, assignment.position, literalPattern(written))) || assignment.position;
      report({ messageId: 'early', data: { deadline: written, date: formatDate(document.date) }, range });
    }
  },
};
