import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/lint/result.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const SEEDS = 'fixtures/seeds';
const SEED_001 = `${SEEDS}/001_fef7328643f9545c.txt`;
const SEED_004 = `${SEEDS}/004_62c4785a12a18631.txt`;
const WITH_ERROR = 'fixtures/lint/citation/year-mismatch/invalid.txt';
const SCRIPT = '/usr/bin/script';

/** The environment without colour settings, nor `CI`, under which chalk plays safe and drops colour. */
function withoutColorSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, CI: _ci, ...rest } = env;
  return rest;
}

function vbhc(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  return spawnSync(BIN, args, {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...withoutColorSettings(process.env), ...options.env },
  });
}

function lintJson(args: string[]): { status: number | null; results: LintResult[]; stderr: string } {
  const run = vbhc(['lint', '--format', 'json', ...args]);
  return { status: run.status, results: JSON.parse(run.stdout || '[]'), stderr: run.stderr };
}

/** `file:line rule-id` of every message. */
function places(results: readonly LintResult[]): string[] {
  return results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line} ${message.ruleId}`));
}

describe('vbhc lint on the seeds', () => {
  const { status, results } = lintJson([SEEDS]);

  it('lints every seed, in name order', () => {
    expect(results.map((result) => result.filePath)).toEqual([0, 1, 2, 3, 4].map((i) => expect.stringContaining(`${SEEDS}/00${i}_`)));
  });

  it('reports the real defects at their lines', () => {
    expect(places(results)).toEqual(
      expect.arrayContaining([
        `${SEED_004}:10 header/number-format`,
        `${SEED_004}:49 distribution/archive-unit`,
        `${SEED_004}:59 header/number-format`,
        `${SEED_004}:59 header/date-format`,
        `${SEED_004}:63 text/duplicate-word`,
        `${SEED_004}:142 citation/malformed-number`,
        `${SEED_001}:48 citation/malformed-number`,
        `${SEED_001}:204 text/duplicate-word`,
      ]),
    );
  });

  it('says what was found and what is expected', () => {
    const messages = results.flatMap((result) => result.messages);
    const month = messages.find((message) => message.ruleId === 'header/date-format');
    expect(month?.message).toContain('"09"');
    expect(month?.message).toContain('tháng 9');
    const unit = messages.find((message) => message.ruleId === 'distribution/archive-unit');
    expect(unit?.message).toContain('VHXXH');
    expect(unit?.message).toContain('VHXX');
    expect(unit?.related).toEqual([expect.objectContaining({ filePath: SEED_004, line: 10 })]);
  });

  it('raises no error: the seeds cite every instrument consistently, and drafts may leave number and date blank', () => {
    expect(results.map((result) => result.errorCount)).toEqual([0, 0, 0, 0, 0]);
    expect(status).toBe(0);
  });

  it('with --final, the blank numbers and dates of the drafts are errors', () => {
    const final = lintJson(['--final', SEEDS]);
    expect(final.status).toBe(1);
    const blanks = places(final.results).filter((place) => place.includes('header/blank-'));
    expect(blanks).toEqual([
      `${SEED_001}:6 header/blank-number`,
      `${SEED_001}:12 header/blank-date`,
      `${SEEDS}/002_b5b875e65301e56c.txt:3 header/blank-number`,
      `${SEEDS}/002_b5b875e65301e56c.txt:5 header/blank-date`,
      `${SEED_004}:10 header/blank-number`,
      `${SEED_004}:14 header/blank-date`,
    ]);
  });

  it('gives fixes as edits of the original text', () => {
    const source = readFileSync(join(ROOT, SEED_004), 'utf8');
    const month = results[4]!.messages.find((message) => message.ruleId === 'header/date-format')!;
    const [start, end] = month.fix!.range;
    expect(source.slice(start, end)).toBe('09');
    expect(month.fix!.text).toBe('9');
  });
});

describe('vbhc lint exit codes and inputs', () => {
  it('exits 1 on an error', () => {
    const run = lintJson([WITH_ERROR]);
    expect(run.status).toBe(1);
    expect(run.results[0]!.errorCount).toBeGreaterThan(0);
  });

  it('exits 1 when warnings exceed --max-warnings, and says so', () => {
    const run = lintJson(['--lang', 'en', '--max-warnings', '0', SEED_004]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/7 warnings, more than --max-warnings 0 allows/);
    expect(lintJson(['--max-warnings', '7', SEED_004]).status).toBe(0);
  });

  it('--quiet shows errors only', () => {
    const run = lintJson(['--quiet', SEED_004, WITH_ERROR]);
    expect(new Set(run.results.flatMap((result) => result.messages.map((message) => message.severity)))).toEqual(new Set(['error']));
    expect(run.results.map((result) => result.warningCount)).toEqual([0, 0]);
  });

  it('names a missing path, exits 2 and still lints the rest', () => {
    const run = lintJson(['no/such/draft.txt', SEED_004]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vbhc: no/such/draft.txt: no such file or directory\n');
    expect(run.results.map((result) => result.filePath)).toEqual([SEED_004]);
  });

  it('says when a glob matches nothing, and expands one that matches', () => {
    const none = lintJson(['drafts/**/*.docx']);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('vbhc: drafts/**/*.docx: no files match this pattern\n');
    const some = lintJson([`${SEEDS}/00[34]_*.txt`]);
    expect(some.results.map((result) => result.filePath)).toEqual([`${SEEDS}/003_3442f63ebba68316.txt`, SEED_004]);
  });

  it('reads standard input for -', () => {
    const run = vbhc(['lint', '--format', 'json', '-'], { input: readFileSync(join(ROOT, SEED_004), 'utf8') });
    const results: LintResult[] = JSON.parse(run.stdout);
    expect(results[0]!.filePath).toBe('<stdin>');
    expect(places(results)).toContain('<stdin>:63 text/duplicate-word');
  });

  it('walks folders for .txt and .md files, skipping node_modules and .git, each file once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-walk-'));
    for (const sub of ['drafts/b', 'node_modules/pkg', '.git']) mkdirSync(join(dir, sub), { recursive: true });
    const text = readFileSync(join(ROOT, SEED_001));
    for (const file of ['drafts/z.md', 'drafts/b/a.txt', 'drafts/notes.json', 'node_modules/pkg/x.txt', '.git/y.txt']) writeFileSync(join(dir, file), text);
    const run = lintJson([join(dir, 'drafts'), join(dir, 'drafts/z.md')]);
    expect(run.results.map((result) => result.filePath)).toEqual([join(dir, 'drafts/b/a.txt'), join(dir, 'drafts/z.md')]);
  });

  it('says when a folder holds nothing to lint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-empty-'));
    writeFileSync(join(dir, 'notes.json'), '{}');
    const run = lintJson([dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`vbhc: ${dir}: folder holds no .txt, .md, .markdown, .docx, .pdf files\n`);
  });

  it('exits 2 on an undecodable file and lints the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-bad-'));
    writeFileSync(join(dir, 'damaged.txt'), Buffer.from([0x43, 0x01, 0xe9, 0x02, 0x6e, 0x03, 0x67, 0x20, 0xb5]));
    const run = lintJson([join(dir, 'damaged.txt'), SEED_004]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/damaged\.txt: binary file/);
    expect(run.results).toHaveLength(1);
  });

  it('refuses an unknown format and a bad --max-warnings with exit 2', () => {
    expect(vbhc(['lint', '--format', 'xml', SEED_004]).status).toBe(2);
    expect(vbhc(['lint', '--max-warnings', 'many', SEED_004]).status).toBe(2);
    expect(vbhc(['lint']).status).toBe(2);
  });
});

describe('stylish output', () => {
  it('groups by file: line:column, severity, message, rule id; then a summary', () => {
    const run = vbhc(['lint', '--lang', 'en', SEED_004]);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(SEED_004);
    expect(lines).toContain('  63:48    warning  "ngày" is written twice in a row  text/duplicate-word');
    expect(run.stdout).toContain('           ↳ fixtures/seeds/004_62c4785a12a18631.txt:10:1 the number names the drafting unit VHXXH');
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('✖ 7 problems (0 errors, 7 warnings, 0 info)');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('prints nothing for a clean file', () => {
    const run = vbhc(['lint', 'fixtures/lint/citation/year-mismatch/valid.txt']);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });

  it('colours when FORCE_COLOR asks, even off a terminal', () => {
    expect(vbhc(['lint', SEED_004], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
  });

  describe.skipIf(!existsSync(SCRIPT))('on a terminal', () => {
    /** Runs vbhc under a pseudo-terminal (util-linux `script`); CI has no TERM, a person's terminal does. */
    const onTerminal = (env: NodeJS.ProcessEnv) =>
      spawnSync(SCRIPT, ['-qec', `${BIN} lint --lang en ${SEED_004}`, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...withoutColorSettings(process.env), TERM: 'xterm-256color', ...env },
      }).stdout;

    it('colours, unless NO_COLOR is set', () => {
      expect(onTerminal({})).toContain('\u001b[33mwarning');
      expect(onTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
    });
  });
});

describe('vbhc rules', () => {
  it('lists every rule with its severity and description', () => {
    const out = vbhc(['rules']).stdout;
    expect(out).toMatch(/^citation\/date-conflict +error +One instrument carries two dates/m);
    expect(out).toMatch(/^header\/blank-number +off \(error with --final\) +The sequence number is left blank/m);
    expect(out.trimEnd().split('\n')).toHaveLength(33);
    expect(out).toMatch(/^directive\/unused +warning +A vbhc-disable directive that hides no finding/m);
  });

  it('docs/rules.md is the current output of `vbhc rules --format markdown`', () => {
    expect(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')).toBe(vbhc(['rules', '--format', 'markdown']).stdout);
  });
});
