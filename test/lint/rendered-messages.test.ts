import { describe, expect, it } from 'vitest';
import { compareMessages, renderedMessages, resultWith } from '../../src/lint/rendered-messages.js';
import { type LintMessage, resultJson } from '../../src/lint/result.js';

function message(ruleId: string, line: number, column: number, severity: LintMessage['severity'] = 'warning'): LintMessage {
  return { ruleId, severity, message: `${ruleId} tại ${line}:${column} — “trích dẫn”`, line, column, endLine: line, endColumn: column + 3, related: [] };
}

/** What the run gave before messages were held as JSON: all of them sorted at once, counted, stringified. */
function sortedAtOnce(filePath: string, rendered: LintMessage[], late: LintMessage[]) {
  const messages = rendered.concat(late).sort(compareMessages);
  const count = (severity: string) => messages.filter((item) => item.severity === severity).length;
  return { filePath, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}

describe('messages held as JSON until the run finishes', () => {
  const rendered = [message('b/rule', 1, 1), message('a/rule', 2, 5, 'error'), message('c/rule', 2, 5), message('a/rule', 9, 1, 'info')].sort(compareMessages);
  // Same place and rule as a rendered one (goes after it), between two rendered ones, first, last.
  const late = [{ ...message('a/rule', 2, 5, 'error'), message: 'the late one' }, message('b/rule', 2, 5), message('z/rule', 1, 1), message('a/rule', 12, 3)].sort(compareMessages);

  it('merge the late messages in where sorting all of them at once puts them, and write the same JSON', () => {
    const result = resultWith(renderedMessages(rendered), 'a.txt', late);
    const expected = sortedAtOnce('a.txt', rendered, late);
    expect(resultJson(result)).toBe(JSON.stringify(expected));
    expect(result).toEqual(expected);
  });

  it('give the rendered messages alone when no late message comes', () => {
    const result = resultWith(renderedMessages(rendered), 'b.txt', []);
    expect(resultJson(result)).toBe(JSON.stringify(sortedAtOnce('b.txt', rendered, [])));
    expect(result.messages).toEqual(rendered);
    expect(result.messages).toBe(result.messages);
  });

  it('leave a result built of objects to JSON.stringify', () => {
    const plain = sortedAtOnce('c.txt', rendered, late);
    expect(resultJson(plain)).toBe(JSON.stringify(plain));
  });
});
