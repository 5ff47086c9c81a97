import { type LintMessage, type LintResult, resultFromJson, type SeverityCounts } from './result.js';

/** Place, then rule: the order of a file's messages. */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.ruleId.localeCompare(b.ruleId);
}

/**
 * A file's own messages, sorted, as the JSON the report writes (with what sorting needs): plain
 * data, so a worker thread renders them and the main thread holds them unparsed. A run holds every
 * file's messages until it finishes (10,000 documents: 143,000): as strings, the collector has far
 * fewer objects to trace, and the JSON report writes them without stringifying them again after
 * the last file.
 */
export interface RenderedMessages {
  json: string[];
  /** line, column, endLine, endColumn of each message. */
  places: number[];
  ruleIds: string[];
  counts: SeverityCounts;
}

/** `messages` must be sorted by `compareMessages`. */
export function renderedMessages(messages: readonly LintMessage[]): RenderedMessages {
  const rendered: RenderedMessages = { json: [], places: [], ruleIds: [], counts: { error: 0, warning: 0, info: 0 } };
  for (const message of messages) {
    rendered.json.push(JSON.stringify(message));
    rendered.places.push(message.line, message.column, message.endLine, message.endColumn);
    rendered.ruleIds.push(message.ruleId);
    rendered.counts[message.severity]++;
  }
  return rendered;
}

/**
 * A file's result: its rendered messages with `late` (sorted) merged in. A rendered message goes
 * before a late one in the same place, as a stable sort of the rendered ones followed by the late
 * ones would put it.
 */
export function resultWith(rendered: RenderedMessages, filePath: string, late: readonly LintMessage[]): LintResult {
  if (late.length === 0) return resultFromJson(filePath, rendered.json, rendered.counts);
  const json: string[] = [];
  const counts = { ...rendered.counts };
  let next = 0;
  for (const message of late) {
    while (next < rendered.json.length && compareAt(rendered, next, message) <= 0) json.push(rendered.json[next++]!);
    json.push(JSON.stringify(message));
    counts[message.severity]++;
  }
  while (next < rendered.json.length) json.push(rendered.json[next++]!);
  return resultFromJson(filePath, json, counts);
}

/** `compareMessages` of rendered message `i` and `message`. */
function compareAt({ places, ruleIds }: RenderedMessages, i: number, message: LintMessage): number {
  const at = 4 * i;
  return (
    places[at]! - message.line ||
    places[at + 1]! - message.column ||
    places[at + 2]! - message.endLine ||
    places[at + 3]! - message.endColumn ||
    ruleIds[i]!.localeCompare(message.ruleId)
  );
}

/** The rendered messages as objects. */
export function parsedMessages({ json }: RenderedMessages): LintMessage[] {
  return json.map((message) => JSON.parse(message) as LintMessage);
}
