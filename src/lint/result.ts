import type { Fix, Severity } from './rule.js';

export interface RelatedMessage {
  filePath: string;
  line: number;
  column: number;
  /** For .docx and .pdf: where a person finds it (`file.docx:¶12`, `file.pdf:p2:14`). */
  location?: string;
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
  /** For .docx and .pdf: where a person finds it (`file.docx:¶12`, `file.pdf:p2:14`). */
  location?: string;
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

/** Findings counted by severity. */
export type SeverityCounts = Record<Severity, number>;

/** Passes results through, adding up their findings by severity as they go (a streamed report's exit code). */
export function* tallied(results: Iterable<LintResult>, counts: SeverityCounts): Generator<LintResult, void, undefined> {
  for (const result of results) {
    counts.error += result.errorCount;
    counts.warning += result.warningCount;
    counts.info += result.infoCount;
    yield result;
  }
}
