import { describe, expect, it } from 'vitest';
import { jsonReporter as jsonPieces } from '../../src/lint/reporters/json.js';
import { stylishReporter as stylishPieces } from '../../src/lint/reporters/stylish.js';
import type { ReporterOptions } from '../../src/lint/reporters/reporter.js';
import { wholeReport } from './whole-report.js';

const jsonReporter = wholeReport(jsonPieces);
const stylishReporter = wholeReport(stylishPieces);
import type { LintMessage, LintResult } from '../../src/lint/result.js';

const plain: ReporterOptions = { colorLevel: 0, lang: 'en', rules: [], cwd: '/work' };

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
    const parsed = JSON.parse(jsonReporter([result([message])], plain));
    expect(Object.keys(parsed[0])).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount']);
    expect(parsed[0].messages[0]).toEqual({ ...message, fix: { range: [10, 15], text: '' } });
  });

  it('writes, file by file, what JSON.stringify writes of the whole array', () => {
    for (const results of [[], [result([message])], [result([message]), result([]), result([message, message])]]) {
      expect(jsonReporter(results, plain)).toBe(`${JSON.stringify(results)}\n`);
    }
  });
});

describe('stylish reporter', () => {
  it('aligns columns and sums up, in the singular where it fits', () => {
    const error: LintMessage = { ...message, ruleId: 'header/missing-number', severity: 'error', message: 'No number', line: 1, column: 1 };
    expect(stylishReporter([result([error, message])], plain)).toBe(
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

  it('writes its own words in Vietnamese, aligned by the width of the Vietnamese labels', () => {
    const error: LintMessage = { ...message, severity: 'error', line: 1, column: 1 };
    const info: LintMessage = { ...message, severity: 'info', line: 2, column: 1 };
    const lines = stylishReporter([result([error, info, message])], { ...plain, lang: 'vi' }).split('\n');
    expect(lines.slice(1, 4).map((line) => line.slice(0, 19))).toEqual(['  1:1    lỗi       ', '  2:1    lưu ý     ', '  63:48  cảnh báo  ']);
    expect(lines.at(-2)).toBe('✖ 3 vấn đề (1 lỗi, 1 cảnh báo, 1 lưu ý)');
  });

  it('copes with more findings in one file than a function call takes arguments', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...message, line: i + 1 }));
    expect(stylishReporter([result(many)], plain)).toContain('✖ 200000 problems');
  });
});
