import { daysInMonth as daysInYearMonth } from '../calendar.js';

/** A date as documents write it: any part may be missing (drafts leave the day blank). */
export interface PartialDate {
  day: number | null;
  month: number | null;
  year: number | null;
}

export interface FullDate {
  day: number;
  month: number;
  year: number;
}

export function isFullDate(date: PartialDate | null | undefined): date is FullDate {
  return date != null && date.day !== null && date.month !== null && date.year !== null;
}

/** The days of a month (1–12); February has 29 when the year is not given. */
export function daysInMonth(month: number, year: number | null): number {
  return month === 2 && year === null ? 29 : daysInYearMonth(month, year ?? 0);
}

/** False only when the parts given cannot be on the calendar (31/6, 29/02/2023, month 13). */
export function isOnCalendar(date: PartialDate): boolean {
  if (date.month !== null && (date.month < 1 || date.month > 12)) return false;
  if (date.day === null) return true;
  if (date.day < 1) return false;
  return date.day <= (date.month === null ? 31 : daysInMonth(date.month, date.year));
}

/** Comparable number (yyyymmdd) of the earliest day a partial date may stand for; null without a year. */
export function earliestDay(date: PartialDate): number | null {
  if (date.year === null) return null;
  return date.year * 10000 + (date.month ?? 1) * 100 + (date.month === null ? 1 : (date.day ?? 1));
}

/** Comparable number (yyyymmdd) of the latest day a partial date may stand for; null without a year. */
export function latestDay(date: PartialDate): number | null {
  if (date.year === null) return null;
  const month = date.month ?? 12;
  const day = date.month === null ? 31 : (date.day ?? daysInMonth(month, date.year));
  return date.year * 10000 + month * 100 + day;
}

/** `d/m/yyyy`, the way running text writes a date; missing parts as `…`. */
export function formatDate(date: PartialDate): string {
  return `${datePart(date.day)}/${datePart(date.month)}/${datePart(date.year)}`;
}

function datePart(part: number | null): string {
  return part === null ? '…' : String(part);
}

export function sameDay(a: FullDate, b: FullDate): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}
