import { type Command, Option } from 'commander';
import { type CitationRow, citationRows, dateLabel } from '../../citations/rows.js';
import { expandPaths } from '../../io/walk.js';
import { parseSource } from '../../pipeline.js';
import { perFile } from '../file-failure.js';
import { inputErrorCount, readInputs, reportInputError } from '../inputs.js';
import { type IgnoreOptions, noteIgnored, readerIgnoreRules, reportingConfigErrors, withIgnoreOptions } from '../lint-config.js';
import { writeOut } from '../output.js';
import { PATHS_HELP } from '../paths-help.js';

type Format = 'table' | 'csv' | 'json';

const COLUMNS = ['file', 'line', 'kind', 'type', 'number', 'name', 'date', 'issuer'] as const;
type Column = (typeof COLUMNS)[number];

const ISSUER_WIDTH = 40;

function cells(row: CitationRow): Record<Column, string> {
  const { citation } = row;
  return {
    file: row.file,
    line: String(row.line),
    kind: citation.kind,
    type: citation.type ?? '',
    number: citation.number ?? '',
    name: citation.name ?? '',
    date: dateLabel(citation),
    issuer: citation.issuer ?? '',
  };
}

const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const widthOf = (text: string) => [...segmenter.segment(text)].length;

function fit(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  return `${[...segmenter.segment(text)].slice(0, width - 1).map((part) => part.segment).join('')}…`;
}

function formatTable(rows: CitationRow[]): string {
  const table = rows.map(cells).map((row) => ({ ...row, issuer: fit(row.issuer, ISSUER_WIDTH) }));
  const header = Object.fromEntries(COLUMNS.map((column) => [column, column.toUpperCase()])) as Record<Column, string>;
  const widths = COLUMNS.map((column) => Math.max(...[header, ...table].map((row) => widthOf(row[column]))));
  const line = (row: Record<Column, string>) =>
    COLUMNS.map((column, i) => row[column] + ' '.repeat(widths[i]! - widthOf(row[column]))).join('  ').trimEnd();
  return `${[header, ...table].map(line).join('\n')}\n`;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; records end in CRLF. */
function csvField(text: string): string {
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

function formatCsv(rows: CitationRow[]): string {
  const records = [COLUMNS.join(','), ...rows.map(cells).map((row) => COLUMNS.map((column) => csvField(row[column])).join(','))];
  return `${records.join('\r\n')}\r\n`;
}

function formatJson(rows: CitationRow[]): string {
  const json = rows.map(({ file, document, index, line, column, citation }) => ({ file, document, index, line, column, ...citation }));
  return `${JSON.stringify(json, null, 2)}\n`;
}

const FORMATTERS: Record<Format, (rows: CitationRow[]) => string> = { table: formatTable, csv: formatCsv, json: formatJson };

export function registerCitations(program: Command): void {
  withIgnoreOptions(program.command('citations'))
    .description('list every instrument the documents cite, one row per citation')
    .argument('<paths...>', PATHS_HELP)
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, csv otherwise)').choices(Object.keys(FORMATTERS)))
    .action(reportingConfigErrors(async (paths: string[], options: IgnoreOptions & { format?: Format }) => {
      const ignore = await readerIgnoreRules(options, process.cwd());
      const expanded = await expandPaths(paths, ignore ? { ignore } : {});
      expanded.errors.forEach(reportInputError);
      expanded.ignored.forEach(noteIgnored);
      const rows: CitationRow[] = [];
      for await (const source of readInputs(expanded.paths)) rows.push(...(perFile(source, 'listing its citations', (read) => citationRows(parseSource(read))) ?? []));
      const format = options.format ?? (process.stdout.isTTY ? 'table' : 'csv');
      writeOut(FORMATTERS[format](rows));
      process.exitCode = inputErrorCount > 0 ? 2 : 0;
    }));
}
