import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Info as CsvInfo } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { matchNumberAt } from '../citations/number.js';
import { InputError } from '../io/input-error.js';
import { decodeSource } from '../io/source.js';
import { composeLetters } from '../text/clean.js';
import { LineIndex } from '../text/line-index.js';
import { daysInMonth, type FullDate } from './dates.js';
import { foldVietnamese } from './fold.js';
import { instrumentKey } from './instrument.js';
import { BUILT_IN_ENTRIES, type RegistryEntry } from './registry.js';

const FIELDS = ['number', 'date', 'type', 'issuer', 'title'] as const;
type Field = (typeof FIELDS)[number];

/** CSV headers an agency's register may use, folded, for each field. */
const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  number: ['number', 'số', 'số ký hiệu', 'số, ký hiệu'],
  date: ['date', 'ngày', 'ngày ban hành'],
  type: ['type', 'loại', 'loại văn bản'],
  issuer: ['issuer', 'cơ quan ban hành'],
  title: ['title', 'trích yếu', 'trích yếu nội dung'],
};

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(text: string): FullDate | null {
  const dmy = DMY.exec(text);
  const iso = ISO.exec(text);
  const parts = dmy ? [dmy[1], dmy[2], dmy[3]] : iso ? [iso[3], iso[2], iso[1]] : null;
  if (!parts) return null;
  const [day, month, year] = parts.map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year)) return null;
  return { day, month, year };
}

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value ?? '');

const entrySchema = z
  .object({
    number: z
      .string()
      .trim()
      .transform((written, context) => {
        if (written === '') {
          context.addIssue({ code: 'custom', message: 'no number given' });
          return z.NEVER;
        }
        // `Ð` (eth) typed for `Đ` is read as `Đ`, as in documents.
        const plain = composeLetters(written);
        const match = matchNumberAt(plain, 0, false);
        if (match && match.end === plain.length) return match;
        context.addIssue({ code: 'custom', message: `"${written}" is not a document number; expected one such as 407/QĐ-TTg or 09/2017/NĐ-CP` });
        return z.NEVER;
      }),
    date: z
      .string()
      .trim()
      .transform((written, context) => {
        if (written === '') {
          context.addIssue({ code: 'custom', message: 'no date given' });
          return z.NEVER;
        }
        const date = parseDate(written);
        if (date) return date;
        context.addIssue({ code: 'custom', message: `"${written}" is not a date on the calendar; expected dd/mm/yyyy or yyyy-mm-dd` });
        return z.NEVER;
      }),
    type: optionalText,
    issuer: optionalText,
    title: optionalText,
  })
  .transform(({ number, date, type, issuer, title }, context): RegistryEntry => {
    if (number.year !== null && number.year !== date.year) {
      context.addIssue({
        code: 'custom',
        path: ['date'],
        message: `${number.value} carries the year ${number.year} but is dated ${date.day}/${date.month}/${date.year}`,
      });
    }
    return { number: number.value, numberYear: number.year, date, type, issuer, title };
  });

/** One record of the file, with how to name a field's place in messages. */
interface RawRecord {
  value: unknown;
  where: (field: string | undefined) => string;
  /** Appended to the file's path to name the record in findings, in any language: `:3` (CSV line), `#2` (JSON entry). */
  mark: string;
}

function describeIssue(issue: z.core.$ZodIssue, field: string | undefined, value: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  if (field === undefined) return 'expected an object with "number" and "date"';
  const given = (value as Record<string, unknown>)[field];
  return given === undefined || given === null ? `no ${field} given` : `"${field}" must be text`;
}

function toEntries(path: string, records: readonly RawRecord[]): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  const firstSeen = new Map<string, string>();
  for (const record of records) {
    const parsed = entrySchema.safeParse(record.value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.find((part): part is string => typeof part === 'string');
      throw new InputError(path, `${record.where(field)}: ${describeIssue(issue, field, record.value)}`);
    }
    const entry = parsed.data;
    const key = instrumentKey(entry.number, entry.numberYear, entry.date.year)!;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) throw new InputError(path, `${record.where('number')}: ${entry.number} is listed twice (also at ${earlier})`);
    firstSeen.set(key, record.where(undefined));
    entries.push({ ...entry, origin: `${path}${record.mark}` });
  }
  return entries;
}

function lineAndColumn(text: string, offset: number): string {
  const { line, column } = new LineIndex(text).point(offset);
  return `line ${line}, column ${column}`;
}

function jsonRecords(text: string, path: string): RawRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d{1,12})/.exec(message);
    const where = position ? `${lineAndColumn(text, Number(position[1]))}: ` : '';
    throw new InputError(path, `${where}not valid JSON (${message.replace(/ in JSON at position.*$/s, '')})`);
  }
  if (!Array.isArray(data)) throw new InputError(path, 'expected a JSON array of instruments, [{"number": …, "date": …}, …]');
  return data.map((value, index) => ({
    value,
    where: (field) => `entry ${index + 1}${field === undefined ? '' : `, "${field}"`}`,
    mark: `#${index + 1}`,
  }));
}

/** The delimiter the header line uses most: `,` by default, `;` (Excel in some locales) or tab. */
function delimiterOf(text: string): string {
  const newline = text.indexOf('\n');
  const header = newline < 0 ? text : text.slice(0, newline);
  const count = (char: string) => header.split(char).length - 1;
  return [',', ';', '\t'].reduce((best, char) => (count(char) > count(best) ? char : best));
}

function fieldOfHeader(header: string): Field | undefined {
  const folded = foldVietnamese(header);
  return FIELDS.find((field) => HEADER_NAMES[field].some((name) => foldVietnamese(name) === folded));
}

interface CsvRow {
  record: string[];
  info: Pick<CsvInfo, 'lines'>;
}

function csvRecords(text: string, path: string): RawRecord[] {
  let rows: CsvRow[];
  try {
    // csv-parse's types do not model `info: true`, which wraps each record with its line.
    rows = parseCsv(text, { delimiter: delimiterOf(text), info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as CsvRow[];
  } catch (error) {
    throw new InputError(path, `not valid CSV: ${(error as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) throw new InputError(path, `empty registry; expected a header line: ${FIELDS.join(',')}`);
  const columnOf = new Map<Field, number>();
  header.record.forEach((name, column) => {
    const field = fieldOfHeader(name);
    if (field && !columnOf.has(field)) columnOf.set(field, column);
  });
  for (const required of ['number', 'date'] as const) {
    if (!columnOf.has(required)) {
      throw new InputError(path, `line ${header.info.lines}: no "${required}" column among ${header.record.map((name) => `"${name}"`).join(', ')}; expected ${FIELDS.join(', ')}`);
    }
  }
  const uneven = body.find(({ record }) => record.length !== header.record.length);
  if (uneven) {
    throw new InputError(path, `line ${uneven.info.lines}: ${uneven.record.length} values, but the header line names ${header.record.length} columns`);
  }
  return body.map(({ record, info }) => ({
    value: Object.fromEntries([...columnOf].map(([field, column]) => [field, record[column]])),
    where: (field) => {
      const column = field === undefined ? undefined : columnOf.get(field as Field);
      return `line ${info.lines}${column === undefined ? '' : `, column ${column + 1} (${header.record[column]})`}`;
    },
    mark: `:${info.lines}`,
  }));
}

/** Whether a registry file is JSON: by extension, else by its first character. */
function isJson(path: string, text: string): boolean {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return true;
  if (extension === '.csv') return false;
  return /^\s*[[{]/.test(text.slice(0, 256));
}

/** The instruments listed in a registry text, JSON or CSV (see README, `--registry`). */
export function parseRegistryText(text: string, path: string): RegistryEntry[] {
  return toEntries(path, isJson(path, text) ? jsonRecords(text, path) : csvRecords(text, path));
}

export async function readRegistryFile(path: string): Promise<RegistryEntry[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'registry file not found' : `cannot read the registry file (${code ?? String(error)})`);
  }
  return parseRegistryText(decodeSource(bytes, path).text, path);
}

/**
 * The built-in entries followed by a file's: given to `createRegistry`, an instrument the file
 * lists replaces the built-in one (same number, and year for numbers that restart yearly).
 */
export async function registryEntriesWithFile(path: string): Promise<RegistryEntry[]> {
  return [...BUILT_IN_ENTRIES, ...(await readRegistryFile(path))];
}
