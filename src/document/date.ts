import { daysInMonth } from '../calendar.js';
import { classOf, SPACE } from '../text/char-class.js';
import { squeeze, withoutTrailing } from './text-shape.js';

/** The place and date line of a header; offsets are into the matched text. */
export interface DateMatch {
  /** Where `ngày ...` begins and ends. */
  start: number;
  end: number;
  place: string | null;
  day: number | null;
  month: number | null;
  year: number | null;
  iso: string | null;
}

const DAY_WORD = /(?<![\p{L}\d])ngày(?!\p{L})/iu;
/** Sticky: matched where `ngày` was found, without a copy of the text from there. */
const DATE_AT = /ngày {0,3}(?:ngày {1,3})?(\d{1,2})?[ .…_]{0,30}tháng {0,3}(\d{1,2})?[ .…_]{0,30}năm {0,3}(\d{4})?/iuy;
const PLACE_ORNAMENT = /[*_—–|`"“”<>[\]]+|o0o|-{2,}/u;
const MAX_PLACE_WORDS = 6;
const MAX_PLACE_LENGTH = 40;

/**
 * The day count `Date.UTC(year, month, 0)` gives, without the Date object: it reads years 0 to 99
 * as 1900 to 1999.
 */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(month, year >= 0 && year <= 99 ? 1900 + year : year);
}

function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null || !isCalendarDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whitespace, `,` and `.`: a place ends before its final run of them (what `/(?<![\s,.])[\s,.]+$/u` matched). */
function isSeparator(code: number): boolean {
  return code === 0x2c || code === 0x2e || (classOf(code) & SPACE) !== 0; // , . whitespace
}

/** The place written before `ngày`, or undefined when the text before it is not a place name. */
function placeBefore(prefix: string): string | null | undefined {
  const segments = withoutTrailing(prefix, isSeparator).split(PLACE_ORNAMENT);
  const place = squeeze(segments[segments.length - 1] ?? '').replace(/^[-.,\s]+/u, '');
  if (place === '') return null;
  if (/\d/.test(place) || place.length > MAX_PLACE_LENGTH || place.split(' ').length > MAX_PLACE_WORDS) return undefined;
  return place;
}

function number(text: string | undefined): number | null {
  return text === undefined ? null : Number.parseInt(text, 10);
}

/**
 * Matches a header date line: `Tuyên Quang, ngày 27 tháng 4 năm 2023`, drafts with blank
 * parts (`ngày tháng năm 2023`), `tháng12` without a space, `ngày ngày` doubled. A date in
 * running text (a long sentence before `ngày`) does not match.
 */
export function matchHeaderDate(text: string): DateMatch | null {
  const word = DAY_WORD.exec(text);
  if (!word) return null;
  // The date is read before the place (both must match): most `ngày` in running text start no date.
  DATE_AT.lastIndex = word.index;
  const date = DATE_AT.exec(text);
  if (!date) return null;
  const place = placeBefore(text.slice(0, word.index));
  if (place === undefined) return null;
  const day = number(date[1]);
  const month = number(date[2]);
  const year = number(date[3]);
  return {
    start: word.index,
    end: word.index + date[0].trimEnd().length,
    place,
    day,
    month,
    year,
    iso: isoDate(year, month, day),
  };
}
