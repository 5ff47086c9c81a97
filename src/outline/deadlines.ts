import type { Deadline } from '../model/outline.js';

/**
 * Times given for a task: "Thường xuyên", "Hàng năm", "trước ngày 30/11 hằng năm",
 * "Hoàn thành trước tháng 12/2024", "Trong năm 2023", "Năm 2023 - 2024", "Quý IV/2023",
 * specific dates. Dates come out as ISO strings; a date with no year recurs each year.
 */

const pad = (value: number) => String(value).padStart(2, '0');

function validDay(day: number, month: number, year: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY_MONTH = String.raw`(\d{1,2})\s?[/.-]\s?(\d{1,2})`;
/** 30/11/2024, 30-11-2024, ngày 30 tháng 11 năm 2024. */
const DATE = new RegExp(String.raw`${DAY_MONTH}\s?[/.-]\s?${YEAR}|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+${YEAR}`, 'giu');
/** A day and month with no year: "30/11 hằng năm". */
const YEARLY_DATE = new RegExp(String.raw`(?:ngày\s+)?${DAY_MONTH}(?![\d/.-])`, 'iu');
const MONTH = new RegExp(String.raw`tháng\s+(\d{1,2})\s?(?:/|năm)\s?${YEAR}`, 'giu');
const YEARLY_MONTH = /tháng\s+(\d{1,2})(?![\d/])/iu;
const QUARTER = new RegExp(String.raw`quý\s+(I{1,3}|IV|[1-4])\s?(?:/|năm)\s?${YEAR}`, 'iu');
const HALF_YEAR = new RegExp(String.raw`6\s+tháng\s+(đầu|cuối)\s+năm\s+${YEAR}`, 'iu');
const YEARS = new RegExp(String.raw`${YEAR}(?:\s?[-–]\s?|\s+đến\s+(?:năm\s+)?)${YEAR}`, 'iu');
const SINGLE_YEAR = new RegExp(String.raw`năm\s+${YEAR}`, 'iu');
/** Word edges for Vietnamese words (`\b` knows only ASCII letters). */
const START = String.raw`(?<![\p{L}\d])`;
const END = String.raw`(?![\p{L}\d])`;
const BEFORE = new RegExp(String.raw`^(?:hoàn thành\s+|xong\s+)?(?:trước|chậm nhất|không quá|hạn chót|đến|tới)${END}`, 'iu');
const FROM = new RegExp(String.raw`${START}từ${END}`, 'iu');
const TO = new RegExp(String.raw`${START}đến${END}`, 'giu');
const RECURRING = new RegExp(String.raw`${START}(?:(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần|ngày)|định kỳ)${END}`, 'iu');
const ONGOING = new RegExp(String.raw`${START}(?:thường xuyên|liên tục|thường trực)${END}`, 'iu');

/** "từ ... đến ...": a period, not a deadline. */
function isPeriod(text: string): boolean {
  const from = FROM.exec(text);
  if (!from) return false;
  TO.lastIndex = from.index;
  return TO.test(text);
}

interface Found {
  iso: string;
}

/** `DATE` and `MONTH` are searched with exec loops: `matchAll` copies the pattern on every call. */
function dates(text: string): Found[] {
  const found: Found[] = [];
  DATE.lastIndex = 0;
  for (let match = DATE.exec(text); match; match = DATE.exec(text)) {
    const day = Number(match[1] ?? match[4]);
    const month = Number(match[2] ?? match[5]);
    const year = Number(match[3] ?? match[6]);
    if (validDay(day, month, year)) found.push({ iso: `${year}-${pad(month)}-${pad(day)}` });
  }
  return found;
}

function months(text: string): Found[] {
  const found: Found[] = [];
  MONTH.lastIndex = 0;
  for (let match = MONTH.exec(text); match; match = MONTH.exec(text)) {
    const month = Number(match[1]);
    if (month >= 1 && month <= 12) found.push({ iso: `${match[2]}-${pad(month)}` });
  }
  return found;
}

function span(raw: string, kind: Deadline['kind'], found: Found[], before: boolean): Deadline {
  const first = found[0]!.iso;
  const last = found[found.length - 1]!.iso;
  if (found.length > 1) return { raw, kind: 'range', from: first, to: last };
  return before ? { raw, kind, from: null, to: first } : { raw, kind, from: first, to: first };
}

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function quarter(raw: string, text: string): Deadline | null {
  const match = QUARTER.exec(text);
  if (!match) return null;
  const number = QUARTERS[match[1]!.toUpperCase()] ?? Number(match[1]);
  const year = match[2]!;
  return { raw, kind: 'range', from: `${year}-${pad(number * 3 - 2)}`, to: `${year}-${pad(number * 3)}` };
}

function yearly(raw: string, text: string, before: boolean): Deadline | null {
  const day = YEARLY_DATE.exec(text);
  let when: string | null = null;
  if (day && validDay(Number(day[1]), Number(day[2]), 2024)) when = `--${pad(Number(day[2]))}-${pad(Number(day[1]))}`;
  else {
    const month = YEARLY_MONTH.exec(text);
    if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) when = `--${pad(Number(month[1]))}`;
  }
  return { raw, kind: 'recurring', from: before ? null : when, to: when };
}

/** The time a phrase gives, or null when it names none ("Theo kế hoạch"). */
export function parseDeadline(raw: string): Deadline | null {
  const text = raw.trim();
  const before = BEFORE.test(text) && !isPeriod(text);
  if (RECURRING.test(text) && !ONGOING.test(text) && dates(text).length === 0) return yearly(raw, text, before);
  const foundDates = dates(text);
  if (foundDates.length > 0) return span(raw, 'date', foundDates, before);
  const foundMonths = months(text);
  if (foundMonths.length > 0) return span(raw, 'month', foundMonths, before);
  const inQuarter = quarter(raw, text);
  if (inQuarter) return inQuarter;
  const half = HALF_YEAR.exec(text);
  if (half) {
    const first = half[1]!.toLowerCase() === 'đầu';
    return { raw, kind: 'range', from: `${half[2]}-${first ? '01' : '07'}`, to: `${half[2]}-${first ? '06' : '12'}` };
  }
  const years = YEARS.exec(text);
  if (years) return { raw, kind: 'range', from: years[1]!, to: years[2]! };
  const year = SINGLE_YEAR.exec(text);
  if (year) return { raw, kind: 'year', from: before ? null : year[1]!, to: year[1]! };
  if (ONGOING.test(text)) return { raw, kind: 'ongoing', from: null, to: null };
  return null;
}

/** "trước ngày 30/6/2024", "chậm nhất ngày ...", "trước tháng 12/2024" inside a task's text. */
const DEADLINE_IN_TEXT = new RegExp(
  String.raw`(?:hoàn thành\s+)?(?:trước|chậm nhất(?:\s+là)?)\s+(?:ngày\s+${DAY_MONTH}(?:\s?[/.-]\s?${YEAR}|\s+(?:hằng|hàng)\s+năm)?|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+${YEAR}|tháng\s+\d{1,2}\s?/\s?${YEAR})`,
  'iu',
);

/** "Hàng năm tham mưu bố trí kinh phí ...": a task that starts by saying how often it recurs. */
const RECURRING_START = new RegExp(String.raw`^(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)${END}`, 'iu');

/** "trước" or "chậm" in any case: DEADLINE_IN_TEXT matches nowhere without one of them, and this is cheaper to scan for. */
const DEADLINE_WORD = /tr[ưƯ][ớỚ]c|ch[ậẬ]m/i;

/** A deadline stated inside running text, or null. */
export function findDeadline(text: string): Deadline | null {
  const match = (DEADLINE_WORD.test(text) ? DEADLINE_IN_TEXT.exec(text) : null) ?? RECURRING_START.exec(text);
  return match ? parseDeadline(match[0]) : null;
}
