import type { LintMessage, RelatedMessage } from '../result.js';
import type { Severity } from '../rule.js';
import { reportPath } from './report-path.js';
import type { Reporter } from './reporter.js';

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** A command's message, escaped as the Actions toolkit's `escapeData` does. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A command property's value, escaped as the Actions toolkit's `escapeProperty` does. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function relatedLine(item: RelatedMessage, cwd: string): string {
  return `↳ ${item.location ?? `${reportPath(item.filePath, cwd)}:${item.line}:${item.column}`} ${item.message}`;
}

/**
 * The position properties of an annotation. GitHub takes `col`/`endColumn` only on a one-line
 * annotation; `endColumn` is the column after the last character, as in SARIF (and as Ruff
 * writes it: GitHub does not document it). A .docx or .pdf finding has no line in the file
 * GitHub shows, so it is pinned to the file alone and its place (`¶12`) leads the message.
 */
function positionOf(message: LintMessage): [string, string][] {
  if (message.location !== undefined) return [];
  const properties: [string, string][] = [['line', String(message.line)]];
  if (message.endLine === message.line) {
    properties.push(['col', String(message.column)], ['endColumn', String(message.endColumn)]);
  } else {
    properties.push(['endLine', String(message.endLine)]);
  }
  return properties;
}

/** `file=…` comes first and is the same for every finding of a file, so it is escaped once per file. */
function annotation(filePath: string, fileProperty: string, message: LintMessage, cwd: string): string {
  const place = message.location?.startsWith(`${filePath}:`) ? `${message.location.slice(filePath.length + 1)}: ` : '';
  const text = [`${place}${message.message}`, ...message.related.map((item) => relatedLine(item, cwd))].join('\n');
  const properties: [string, string][] = [...positionOf(message), ['title', message.ruleId]];
  const list = properties.map(([key, value]) => `,${key}=${escapeProperty(value)}`).join('');
  return `::${COMMANDS[message.severity]} ${fileProperty}${list}::${escapeData(text)}`;
}

/** GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding. */
export const githubReporter: Reporter = function* (results, { cwd }) {
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const fileProperty = `file=${escapeProperty(reportPath(result.filePath, cwd))}`;
    yield result.messages.map((message) => `${annotation(result.filePath, fileProperty, message, cwd)}\n`).join('');
  }
};
