import type { Fix, Severity } from './rule.js';

export interface RelatedMessage {
  filePath: string;
  line: number;
  column: number;
  message: string;
}

/** One finding as reporters show it: positions are 1-based, columns in UTF-16 code units. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related: RelatedMessage[];
  fix?: Fix;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function countSeverity(results: readonly LintResult[], severity: Severity): number {
  const key = severity === 'error' ? 'errorCount' : severity === 'warning' ? 'warningCount' : 'infoCount';
  return results.reduce((sum, result) => sum + result[key], 0);
}
