import { SP } from './vocabulary.js';
import { afterLead, asciiLetterSet, mayStartWith } from './words.js';

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

export function isoDate(day: number, month: number, year: number): string | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A citation date right after `pos` (spaces and one comma allowed before `ngày`). */
export function matchDateAt(text: string, pos: number): DateMatch | null {
  const start = afterLead(text, pos);
  if (!mayStartWith(text.charCodeAt(start), DATE_LETTERS)) return null;
  DATE.lastIndex = start;
  const m = DATE.exec(text);
  if (!m) return null;
  const [day, month, year] = m[1] !== undefined ? [m[1], m[3], m[4]] : [m[5], m[6], m[7]];
  const parts = [Number(day), Number(month), Number(year)] as const;
  return { start, end: start + m[0].length, day: parts[0], month: parts[1], year: parts[2], iso: isoDate(...parts) };
}
