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

/** Each result whose messages are held as their JSON, one string per message. */
const messagesJson = new WeakMap<LintResult, readonly string[]>();

/**
 * A result whose messages are held as the JSON the report writes: parsed only if something reads
 * `messages` (a reporter other than JSON, the fixer), once.
 */
export function resultFromJson(filePath: string, json: readonly string[], counts: SeverityCounts): LintResult {
  let messages: LintMessage[] | undefined;
  const result: LintResult = {
    filePath,
    get messages() {
      return (messages ??= json.map((message) => JSON.parse(message) as LintMessage));
    },
    errorCount: counts.error,
    warningCount: counts.warning,
    infoCount: counts.info,
  };
  messagesJson.set(result, json);
  return result;
}

/** `JSON.stringify(result)`, from the messages' JSON where the result holds it. */
export function resultJson(result: LintResult): string {
  const json = messagesJson.get(result);
  if (!json) return JSON.stringify(result);
  const { filePath, errorCount, warningCount, infoCount } = result;
  return `{"filePath":${JSON.stringify(filePath)},"messages":[${json.join(',')}],"errorCount":${errorCount},"warningCount":${warningCount},"infoCount":${infoCount}}`;
}

/** Passes results through, adding up their findings by severity as they go (a streamed report's exit code). */
export function* tallied(results: Iterable<LintResult>, counts: SeverityCounts): Generator<LintResult, void, undefined> {
  for (const result of results) {
    counts.error += result.errorCount;
    counts.warning += result.warningCount;
    counts.info += result.infoCount;
    yield result;
  }
}
