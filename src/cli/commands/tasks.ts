import { basename } from 'node:path';
import chalk from 'chalk';
import { type Command, Option } from 'commander';
import { expandPaths } from '../../io/walk.js';
import type { ParsedFile } from '../../model/document.js';
import { type AgencyTask, type AgencyTasks, tasksByAgency } from '../../outline/task-list.js';
import { parseSource } from '../../pipeline.js';
import { perFile } from '../file-failure.js';
import { inputErrorCount, readInputs, reportInputError } from '../inputs.js';
import { type IgnoreOptions, noteIgnored, readerIgnoreRules, reportingConfigErrors, withIgnoreOptions } from '../lint-config.js';
import { writeErr, writeOut } from '../output.js';
import { PATHS_HELP } from '../paths-help.js';

type Format = 'table' | 'csv' | 'json';

interface TasksOptions extends IgnoreOptions {
  format?: Format;
  agency?: string;
}

const ROLE_NAMES = { lead: 'chủ trì', cooperating: 'phối hợp' } as const;

function documentLabel(task: AgencyTask): string {
  const number = task.document.number?.value;
  return number ? `${basename(task.file)} ${number}` : basename(task.file);
}

function fit(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function firstTask(task: AgencyTask): string {
  const [first = '', ...more] = task.assignment.tasks;
  return more.length > 0 ? `${first} (+${more.length})` : first;
}

/** The width of a column: its widest value, kept between `min` and `max`. */
function columnWidth(values: Iterable<string>, min: number, max: number): number {
  let width = min;
  for (const value of values) width = Math.max(width, value.length);
  return Math.min(width, max);
}

function deadlineLabel(task: AgencyTask): string {
  return task.assignment.deadline?.raw ?? task.assignment.timing ?? '—';
}

function formatTable(groups: AgencyTasks[], width: number | undefined): string {
  const rows = groups.flatMap((group) => group.tasks);
  const columns = {
    role: columnWidth(Object.values(ROLE_NAMES), 4, Infinity),
    deadline: columnWidth(rows.map(deadlineLabel), 8, 24),
    document: columnWidth(rows.map(documentLabel), 8, 48),
    section: columnWidth(rows.map((row) => row.assignment.section), 7, 16),
  };
  const taskWidth = width ? Math.max(20, width - 2 - columns.role - columns.deadline - columns.document - columns.section - 8) : Infinity;
  const line = (role: string, deadline: string, document: string, section: string, task: string) =>
    `  ${role.padEnd(columns.role)}  ${fit(deadline, columns.deadline).padEnd(columns.deadline)}  ${fit(document, columns.document).padEnd(columns.document)}  ${fit(section, columns.section).padEnd(columns.section)}  ${fit(task, taskWidth)}`.trimEnd();
  let out = '';
  for (const group of groups) {
    const also = group.names.length > 1 ? ` (also: ${group.names.slice(1).join('; ')})` : '';
    out += `${chalk.bold(group.name)}${also} — ${group.tasks.length} ${group.tasks.length === 1 ? 'assignment' : 'assignments'}\n`;
    out += `${chalk.dim(line('ROLE', 'DEADLINE', 'DOCUMENT', 'SECTION', 'TASK'))}\n`;
    for (const row of group.tasks) {
      out += `${line(ROLE_NAMES[row.role], deadlineLabel(row), documentLabel(row), row.assignment.section, firstTask(row))}\n`;
    }
    out += '\n';
  }
  return out;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; records end in CRLF. */
function csvField(value: string | null | undefined): string {
  const text = value ?? '';
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = [
  'agency_key', 'agency', 'role', 'file', 'document_number', 'document_type', 'section', 'assignee', 'lead',
  'cooperating', 'deadline_kind', 'deadline_from', 'deadline_to', 'deadline', 'tasks',
];

function formatCsv(groups: AgencyTasks[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const group of groups) {
    for (const { agency, role, file, document, assignment } of group.tasks) {
      const deadline = assignment.deadline;
      const fields = [
        group.key, agency.text, role, file, document.number?.value, document.type, assignment.section, assignment.assignee,
        assignment.lead.join('; '), assignment.cooperating.join('; '), deadline?.kind, deadline?.from, deadline?.to,
        deadline?.raw ?? assignment.timing, assignment.tasks.join('\n'),
      ];
      lines.push(fields.map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function formatJson(groups: AgencyTasks[]): string {
  const json = groups.map((group) => ({
    key: group.key,
    name: group.name,
    names: group.names,
    assignments: group.tasks.map(({ agency, role, file, document, assignment }) => ({ agency: agency.text, role, file, document, ...assignment })),
  }));
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function registerTasks(program: Command): void {
  withIgnoreOptions(program.command('tasks'))
    .description('list the assignments in documents, grouped by agency: who must do what, by when')
    .argument('<paths...>', PATHS_HELP)
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, csv otherwise)').choices(['table', 'csv', 'json']))
    .option('-a, --agency <name>', 'only this agency (matched on the normalized name: case, accents, UBND, Sở TTTT ...)')
    .action(reportingConfigErrors(async (paths: string[], options: TasksOptions) => {
      const ignore = await readerIgnoreRules(options, process.cwd());
      const expanded = await expandPaths(paths, ignore ? { ignore } : {});
      expanded.errors.forEach(reportInputError);
      expanded.ignored.forEach(noteIgnored);
      const parsed: ParsedFile[] = [];
      for await (const source of readInputs(expanded.paths)) {
        const file = perFile(source, 'parsing', parseSource);
        if (file) parsed.push(file);
      }
      const groups = tasksByAgency(parsed, options.agency);
      const format = options.format ?? (process.stdout.isTTY ? 'table' : 'csv');
      if (format === 'json') writeOut(formatJson(groups));
      else if (format === 'csv') writeOut(formatCsv(groups));
      else if (groups.length === 0) writeErr(options.agency ? `vbhc: no assignments for "${options.agency}"\n` : 'vbhc: no assignments found\n');
      else writeOut(formatTable(groups, process.stdout.isTTY ? process.stdout.columns : undefined));
      process.exitCode = inputErrorCount > 0 ? 2 : 0;
    }));
}
