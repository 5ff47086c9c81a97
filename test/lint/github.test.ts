import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubReporter as githubPieces } from '../../src/lint/reporters/github.js';
import type { ReporterOptions } from '../../src/lint/reporters/reporter.js';
import type { LintMessage, LintResult } from '../../src/lint/result.js';
import { wholeReport } from './whole-report.js';

const githubReporter = wholeReport(githubPieces);

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const options: ReporterOptions = { colorLevel: 0, lang: 'en', rules: [], cwd: '/repo' };

const base: LintMessage = { ruleId: 'text/duplicate-word', severity: 'warning', message: 'x', line: 3, column: 5, endLine: 3, endColumn: 9, related: [] };

function result(filePath: string, messages: LintMessage[]): LintResult {
  return { filePath, messages, errorCount: 0, warningCount: messages.length, infoCount: 0 };
}

/** Reads an annotation back as the runner does: properties split on `,` and `=`, then unescaped. */
function parseAnnotation(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!match) throw new Error(`not an annotation: ${line}`);
  const unescape = (text: string) =>
    text.replace(/%(25|0D|0A|3A|2C)/g, (_whole, code: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[code]!);
  const properties = Object.fromEntries(match[2]!.split(',').map((pair) => pair.split('=', 2).map(unescape) as [string, string]));
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

describe('Actions toolkit escaping', () => {
  it('escapes %, CR and LF in data, and also : and , in properties, % first', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext%3A a%2C b');
    expect(escapeData('%0A')).toBe('%250A');
  });
});

describe('github reporter', () => {
  it('writes one annotation per finding, with the level, the place and the rule id as title', () => {
    const messages: LintMessage[] = [
      { ...base, severity: 'error', ruleId: 'citation/date-conflict' },
      { ...base, line: 7, endLine: 7 },
      { ...base, severity: 'info', line: 9, endLine: 9, column: 1, endColumn: 1 },
    ];
    expect(githubReporter([result('/repo/drafts/a.txt', messages)], options).split('\n')).toEqual([
      '::error file=drafts/a.txt,line=3,col=5,endColumn=9,title=citation/date-conflict::x',
      '::warning file=drafts/a.txt,line=7,col=5,endColumn=9,title=text/duplicate-word::x',
      '::notice file=drafts/a.txt,line=9,col=1,endColumn=1,title=text/duplicate-word::x',
      '',
    ]);
  });

  it('gives columns only on a one-line annotation, as GitHub accepts them', () => {
    const out = githubReporter([result('a.txt', [{ ...base, endLine: 4, endColumn: 2 }])], options);
    expect(out).toBe('::warning file=a.txt,line=3,endLine=4,title=text/duplicate-word::x\n');
  });

  it('survives awkward file names and messages: commas, colons, percent signs, spaces, Vietnamese, newlines', () => {
    const filePath = '/repo/dự thảo/Kế hoạch: 50%, bản 2.txt';
    const message = 'Số "12/2024/NĐ-CP" ghi 100% sai, chỗ 2: xem lại\r\ndòng thứ hai';
    const related = [{ filePath: '/repo/other, file.txt', line: 4, column: 2, message: 'ghi ngày 1/2/2024' }];
    const line = githubReporter([result(filePath, [{ ...base, message, related }])], options).trimEnd();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('file=dự thảo/Kế hoạch%3A 50%25%2C bản 2.txt,');
    const parsed = parseAnnotation(line);
    expect(parsed.command).toBe('warning');
    expect(parsed.properties).toEqual({ file: 'dự thảo/Kế hoạch: 50%, bản 2.txt', line: '3', col: '5', endColumn: '9', title: 'text/duplicate-word' });
    expect(parsed.message).toBe(`${message}\n↳ other, file.txt:4:2 ghi ngày 1/2/2024`);
  });

  it('pins a .docx finding to the file and names the paragraph in the message', () => {
    const message: LintMessage = { ...base, location: 'a.docx:¶59', message: 'Month "09"' };
    expect(githubReporter([result('a.docx', [message])], options)).toBe('::warning file=a.docx,title=text/duplicate-word::¶59: Month "09"\n');
  });

  it('writes nothing for clean files', () => {
    expect(githubReporter([result('a.txt', [])], options)).toBe('');
  });
});

describe('vbhc lint --format github', () => {
  it('annotates a real file with an awkward name, relative to the working folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-github-'));
    mkdirSync(join(dir, 'drafts'));
    copyFileSync(join(ROOT, 'fixtures/seeds/004_62c4785a12a18631.txt'), join(dir, 'drafts', 'Chợ Chu, 50%: bản 1.txt'));
    const run = spawnSync(BIN, ['lint', '--format', 'github', '--lang', 'en', 'drafts'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    const duplicate = lines.map(parseAnnotation).find((annotation) => annotation.properties.title === 'text/duplicate-word')!;
    expect(duplicate).toEqual({
      command: 'warning',
      properties: { file: 'drafts/Chợ Chu, 50%: bản 1.txt', line: '63', col: '48', endColumn: '52', title: 'text/duplicate-word' },
      message: '"ngày" is written twice in a row',
    });
  });
});
