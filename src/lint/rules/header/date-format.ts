import type { DocumentDate } from '../../../model/document.js';
import type { TextLayer } from '../../../text/text-layer.js';
import { foldVietnamese } from '../../fold.js';
import { fixInsert, fixLayerSpan, type LayerSpan, layerSpanOf, paragraphAt } from '../../locate.js';
import type { DocumentRule, Report } from '../../rule.js';

/** `ngày DD tháng MM năm YYYY` with its day and month digits, blanks allowed (drafts). */
const WRITTEN_DATE = /ngày (?:(\d{1,2}) )?tháng (?:(\d{1,2}) )?năm/gu;

interface WrittenDate {
  /** Where `ngày` starts. */
  start: number;
  day: LayerSpan | null;
  month: LayerSpan | null;
}

/**
 * The `ngày … tháng … năm` run of a header date, in text-layer offsets. The digits' offsets
 * are read off the match, which has a single space around each (the `d` flag and `matchAll`
 * made indices and a copy of the pattern on every call): the day follows the first space, the
 * month ends at the last.
 */
function writtenDateOf(layer: TextLayer, date: DocumentDate): WrittenDate | null {
  const span = layerSpanOf(layer, date.position);
  const paragraph = paragraphAt(layer, span.start);
  const text = layer.text.slice(paragraph.start, paragraph.end);
  WRITTEN_DATE.lastIndex = 0;
  for (let match = WRITTEN_DATE.exec(text); match; match = WRITTEN_DATE.exec(text)) {
    const start = paragraph.start + match.index;
    const written = match[0];
    if (start + written.length < span.start) continue;
    const [, day, month] = match;
    const dayStart = start + written.indexOf(' ') + 1;
    const monthEnd = start + written.lastIndexOf(' ');
    return {
      start,
      day: day === undefined ? null : { start: dayStart, end: dayStart + day.length },
      month: month === undefined ? null : { start: monthEnd - month.length, end: monthEnd },
    };
  }
  return null;
}

/** Leading zero for days below 10 and for months 1 and 2; none for months 3 to 12. */
function checkDigits(layer: TextLayer, written: WrittenDate, report: Report): void {
  const { day, month } = written;
  if (day) {
    const digits = layer.text.slice(day.start, day.end);
    if (digits.length === 1 && digits !== '0') {
      report({ messageId: 'dayZero', data: { day: digits, expected: `0${digits}` }, range: layer.range(day.start, day.end), fix: fixLayerSpan(layer, day.start, day.end, `0${digits}`) });
    }
  }
  if (month) {
    const digits = layer.text.slice(month.start, month.end);
    const value = Number(digits);
    const expected = value === 1 || value === 2 ? `0${value}` : String(value);
    if (value >= 1 && value <= 12 && digits !== expected) {
      const messageId = expected.length === 2 ? 'monthZero' : 'monthNoZero';
      report({ messageId, data: { month: digits, expected }, range: layer.range(month.start, month.end), fix: fixLayerSpan(layer, month.start, month.end, expected) });
    }
  }
}

/** The place is followed by a comma: `Định Hóa, ngày …`. */
function checkComma(layer: TextLayer, written: WrittenDate, place: string, report: Report): void {
  const paragraph = paragraphAt(layer, written.start);
  const before = layer.text.slice(paragraph.start, written.start).trimEnd();
  if (before.endsWith(',') || !foldVietnamese(before).endsWith(foldVietnamese(place))) return;
  const end = paragraph.start + before.length;
  report({ messageId: 'comma', data: { place }, range: layer.range(end - place.length, end), fix: fixInsert(layer, end, ',') });
}

export const dateFormat: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/date-format',
    description: '`Place, ngày DD tháng M năm YYYY`: leading zero for days below 10 and months 1-2 only, a comma after the place',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      dayZero: 'Day {day} is below 10 and takes a leading zero: ngày {expected}',
      monthZero: 'Month {month} takes a leading zero: tháng {expected}',
      monthNoZero: 'Month "{month}" takes no leading zero (only months 1 and 2 do): tháng {expected}',
      comma: 'No comma after the place "{place}": write "{place}, ngày …"',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 4 (địa danh và thời gian ban hành)',
      bad: 'Định Hóa, ngày 22 tháng 09 năm 2023',
      good: 'Định Hóa, ngày 22 tháng 9 năm 2023',
    },
  },
  check({ document, layer, report }) {
    if (!document.date) return;
    const written = writtenDateOf(layer, document.date);
    if (!written) return;
    checkDigits(layer, written, report);
    if (document.place) checkComma(layer, written, document.place, report);
  },
};
