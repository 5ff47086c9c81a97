import { describe, expect, it } from 'vitest';
import { jsonReporter } from '../../src/lint/reporters/json.js';
import { stylishReporter } from '../../src/lint/reporters/stylish.js';
import type { LintMessage, LintResult } from '../../src/lint/result.js';

const message: LintMessage = {
  ruleId: 'text/duplicate-word',
  severity: 'warning',
  message: '"ngày" is written twice in a row',
  line: 63,
  column: 48,
  endLine: 63,
  endColumn: 52,
  related: [],
  fix: { range: [10, 15], text: '' },
};

function result(messages: LintMessage[]): LintResult {
  const count = (severity: string) => messages.filter((m) => m.severity === severity).length;
  return { filePath: 'a.txt', messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}

describe('json reporter', () => {
  it('writes exactly the documented shape', () => {
    const parsed = JSON.parse(jsonReporter([result([message])], { colorLevel: 0 }));
    expect(Object.keys(parsed[0])).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount']);
    expect(parsed[0].messages[0]).toEqual({ ...message, fix: { range: [10, 15], text: '' } });
  });
});

describe('stylish reporter', () => {
  it('aligns columns and sums up, in the singular where it fits', () => {
    const error: LintMessage = { ...message, ruleId: 'header/missing-number', severity: 'error', message: 'No number', line: 1, column: 1 };
    expect(stylishReporter([result([error, message])], { colorLevel: 0 })).toBe(
      [
        'a.txt',
        '  1:1    error    No number  header/missing-number',
        '  63:48  warning  "ngày" is written twice in a row  text/duplicate-word',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 info)',
        '',
      ].join('\n'),
    );
  });

  it('copes with more findings in one file than a function call takes arguments', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...message, line: i + 1 }));
    expect(stylishReporter([result(many)], { colorLevel: 0 })).toContain('✖ 200000 problems');
  });
});
