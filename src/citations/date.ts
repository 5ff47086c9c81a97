import { daysInMonth } from '../calendar.js';
import { SP } from './vocabulary.js';
import { afterLead, asciiLetterSet, codeUnitAt, mayStartWith } from './words.js';

/** The date a citation gives its instrument: `ngày 21/3/2023`, `, ngày 30 tháng 3 năm 2022`. */
export interface DateMatch {
  /** Where `ngày` starts; a doubled `ngày ngày` is kept inside the match. */
  start: number;
  end: number;
  day: number;
  month: number;
  year: number;
  /** YYYY-MM-DD, or null when the day is not on the calendar (31/6/2023): the linter flags it. */
  iso: string | null;
}

const NUMERIC = `(\\d{1,2})${SP}*([/.-])${SP}*(\\d{1,2})${SP}*\\2${SP}*(\\d{4})`;
const LONG = `(\\d{1,2})${SP}+tháng${SP}+(\\d{1,2})${SP}*(?:,${SP}*)?năm${SP}+(\\d{4})`;
/** `ngày` may end a paragraph the text layer could not join to the next (`ngày` / `10/9/2020`). */
const AFTER_DAY_WORD = `(?:${SP}+|${SP}*\\n${SP}*)`;
const DATE = new RegExp(`(?:ban${SP}+hành${SP}+)?ngày${AFTER_DAY_WORD}(?:ngày${SP}+)?(?:${NUMERIC}|${LONG})(?!\\d)`, 'iuy');
const DATE_LETTERS = asciiLetterSet('bn');

/**
 * Whether `Date.UTC` gives the day back: it is on the (proleptic Gregorian) calendar, and its
 * year is not 0-99, which Date.UTC reads as 1900-1999. Computed for the days a citation gives
 * (years of four digits), without a Date.
 */
function onCalendar(day: number, month: number, year: number): boolean {
  if (Number.isInteger(day) && Number.isInteger(month) && Number.isInteger(year) && year >= 100 && year <= 9999) {
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function isoDate(day: number, month: number, year: number): string | null {
  if (!onCalendar(day, month, year)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A citation date right after `pos` (spaces and one comma allowed before `ngày`). */
export function matchDateAt(text: string, pos: number): DateMatch | null {
  const start = afterLead(text, pos);
  if (!mayStartWith(codeUnitAt(text, start), DATE_LETTERS)) return null;
  DATE.lastIndex = start;
  const m = DATE.exec(text);
  if (!m) return null;
  const numeric = m[1] !== undefined;
  const day = Number(numeric ? m[1] : m[5]);
  const month = Number(numeric ? m[3] : m[6]);
  const year = Number(numeric ? m[4] : m[7]);
  return { start, end: start + m[0].length, day, month, year, iso: isoDate(day, month, year) };
}
