import { Chalk, type ChalkInstance } from 'chalk';
import { type LintText, lintText } from '../../i18n/lint-text.js';
import type { LintMessage, LintResult } from '../result.js';
import type { Severity } from '../rule.js';
import type { Reporter } from './reporter.js';

function severityLabel(severity: Severity, label: string, chalk: ChalkInstance): string {
  if (severity === 'error') return chalk.red(label);
  if (severity === 'warning') return chalk.yellow(label);
  return chalk.blue(label);
}

/** Pads to a width measured on the text without colour codes. */
function pad(text: string, visible: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visible.length));
}

/** `line:column`, or for .docx/.pdf the paragraph or page place (`¶12`, `p2:14`). */
function placeOf(message: LintMessage, filePath: string): string {
  return message.location?.startsWith(`${filePath}:`) ? message.location.slice(filePath.length + 1) : `${message.line}:${message.column}`;
}

function formatFile(result: LintResult, text: LintText, chalk: ChalkInstance): string {
  const places = result.messages.map((message) => placeOf(message, result.filePath));
  // reduce, not Math.max(...): a file can hold more findings than a call takes arguments.
  const placeWidth = places.reduce((width, place) => Math.max(width, place.length), 0);
  const severityWidth = result.messages.reduce((width, message) => Math.max(width, text.severity[message.severity].length), 0);
  const lines = result.messages.map((message: LintMessage, i) => {
    const place = places[i]!;
    const label = text.severity[message.severity];
    const head = `  ${chalk.dim(place)}${' '.repeat(placeWidth - place.length)}  ${pad(severityLabel(message.severity, label, chalk), label, severityWidth)}  `;
    const body = `${head}${message.message.replace(/\s+/g, ' ')}  ${chalk.dim(message.ruleId)}`;
    const related = message.related.map((item) => `${' '.repeat(placeWidth + 4)}${chalk.dim(`↳ ${item.location ?? `${item.filePath}:${item.line}:${item.column}`}`)} ${item.message}`);
    return [body, ...related].join('\n');
  });
  return `${chalk.underline(result.filePath)}\n${lines.join('\n')}\n`;
}

/** Findings grouped by file (files apart by a blank line), `line:column  severity  message  rule-id`, then a summary line. */
export const stylishReporter: Reporter = function* (results, { colorLevel, lang }) {
  const chalk = new Chalk({ level: colorLevel });
  const text = lintText[lang];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let separator = '';
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    if (result.messages.length === 0) continue;
    yield `${separator}${formatFile(result, text, chalk)}`;
    separator = '\n';
  }
  if (errors + warnings + infos === 0) return;
  const summary = `✖ ${text.summary({ errors, warnings, infos })}`;
  const colored = errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary);
  yield `\n${colored}\n`;
};
