import type { Citation } from '../../../model/citation.js';
import { dateRangeOf } from '../../citation-parts.js';
import { daysInMonth, isOnCalendar } from '../../dates.js';
import type { DocumentRule, Finding } from '../../rule.js';

function whyNotOnCalendar(date: NonNullable<Citation['date']>): Pick<Finding, 'messageId' | 'data'> {
  const written = date.raw.trim();
  if (date.month !== null && (date.month < 1 || date.month > 12)) return { messageId: 'noMonth', data: { date: written, month: date.month } };
  if (date.month !== null && date.day !== null && date.day >= 1) {
    const days = daysInMonth(date.month, date.year);
    const month = date.year === null ? String(date.month) : `${date.month}/${date.year}`;
    return { messageId: 'shortMonth', data: { date: written, month, days } };
  }
  return { messageId: 'noDay', data: { date: written, day: date.day ?? 0 } };
}

export const invalidDate: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'citation/invalid-date',
    description: 'A cited date that is not on the calendar',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      noMonth: '"{date}" is not a date: there is no month {month}',
      shortMonth: '"{date}" is not a date: month {month} has only {days} days',
      noDay: '"{date}" is not a date: there is no day {day}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 6 điểm b (a citation gives the date of issue)',
      bad: 'Kế hoạch số 120/KH-UBND ngày 31/6/2022 của UBND tỉnh',
      good: 'Kế hoạch số 120/KH-UBND ngày 30/6/2022 của UBND tỉnh',
    },
  },
  check({ document, report }) {
    for (const citation of document.citations) {
      const date = citation.date;
      if (date === null || isOnCalendar(date)) continue;
      report({ ...whyNotOnCalendar(date), range: dateRangeOf(citation) });
    }
  },
};
