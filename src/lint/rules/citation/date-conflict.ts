import type { Occurrence } from '../../corpus-index.js';
import { type FullDate, formatDate, isFullDate, sameDay } from '../../dates.js';
import type { CorpusRule, Finding, RelatedFinding } from '../../rule.js';

/** Enough places to show the disagreement; a folder may cite one instrument thousands of times. */
const RELATED_LIMIT = 10;

interface Dated extends Occurrence {
  date: FullDate;
}

/**
 * The date an instrument most likely carries: its own header when it is among the files,
 * else the date most occurrences give (the first one given on a tie).
 */
function referenceOf(dated: readonly Dated[]): Dated {
  const header = dated.find((occurrence) => occurrence.kind === 'header');
  if (header) return header;
  const counts = new Map<string, number>();
  let best = dated[0]!;
  let bestDay = formatDate(best.date);
  for (const candidate of dated) {
    const day = formatDate(candidate.date);
    const count = (counts.get(day) ?? 0) + 1;
    counts.set(day, count);
    if (count > counts.get(bestDay)!) {
      best = candidate;
      bestDay = day;
    }
  }
  return best;
}

function relatedOf(occurrence: Dated): RelatedFinding {
  return {
    filePath: occurrence.filePath,
    range: occurrence.range,
    messageId: occurrence.kind === 'header' ? 'relatedHeader' : 'relatedCitation',
    data: { date: formatDate(occurrence.date) },
  };
}

export const dateConflict: CorpusRule = {
  scope: 'corpus',
  meta: {
    id: 'citation/date-conflict',
    description: 'One instrument carries two dates: within a document, across the linted files, or against its own header',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      conflict: '{number} is dated {date} here, but {other} at {where}',
      conflictMany: '{number} is dated {date} here, but {other} in {count} other places, first at {where}',
      conflictHeader: '{number} is dated {date} here, but its own header ({where}) dates it {other}',
      relatedCitation: 'dated {date} here',
      relatedHeader: 'its own header: dated {date}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 6 điểm b (a citation gives the date of issue); Art. 15 (numbers restart each year, so number and year name one instrument)',
      bad: 'a.txt: Quyết định số 407/QĐ-TTg ngày 30/3/2022 …; b.txt: Quyết định số 407/QĐ-TTg ngày 31/3/2022 …',
      good: 'a.txt: Quyết định số 407/QĐ-TTg ngày 30/3/2022 …; b.txt: Quyết định số 407/QĐ-TTg ngày 30/3/2022 …',
    },
  },
  check({ index, report }) {
    for (const [, occurrences] of index.instruments()) {
      if (occurrences.length < 2) continue; // so are the dated ones: skips the filter for the many instruments named once
      const dated = occurrences.filter((occurrence): occurrence is Dated => isFullDate(occurrence.date));
      if (dated.length < 2) continue;
      const reference = referenceOf(dated);
      const agreeing = dated.filter((occurrence) => sameDay(occurrence.date, reference.date));
      if (agreeing.length === dated.length) continue;
      const where = `${reference.filePath}:${reference.range.start.line}`;
      for (const occurrence of dated) {
        if (sameDay(occurrence.date, reference.date)) continue;
        const data = {
          number: occurrence.number,
          date: formatDate(occurrence.date),
          other: formatDate(reference.date),
          where,
          count: agreeing.length,
        };
        const finding: Finding = {
          messageId: reference.kind === 'header' ? 'conflictHeader' : agreeing.length > 1 ? 'conflictMany' : 'conflict',
          data,
          range: occurrence.range,
          related: agreeing.slice(0, RELATED_LIMIT).map(relatedOf),
        };
        report(occurrence.filePath, finding);
      }
    }
  },
};
