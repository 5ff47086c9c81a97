import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintConfiguration } from '../../src/cli/lint-config.js';
import { IgnoreRules } from '../../src/io/ignore.js';
import { expandPaths } from '../../src/io/walk.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const TREE = join(ROOT, 'fixtures/config/tree');
/** The files of fixtures/config/tree, and those its ignore files and configuration leave to read. */
const EVERY_TREE_FILE = ['a.old.txt', 'a.txt', 'drafts/x.txt', 'quiet/d.txt', 'quiet/skip-me.txt', 'strict/b.txt', 'strict/deeper/c.txt'];
const NOT_IGNORED = ['a.txt', 'quiet/d.txt', 'strict/b.txt', 'strict/deeper/c.txt'];

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-ignore-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('IgnoreRules', () => {
  const dir = tree({
    '.vbhcignore': '# comments and blank lines as in .gitignore\n\n*.bak.md\nold/\n',
    'docs/.vbhcignore': '!keep.bak.md\n/local.txt\n',
  });
  /** Which of `paths` (relative to `dir`) the rules skip, after preparing them as a walk does. */
  const skipped = async (ignore: IgnoreRules, paths: string[], top?: string) => {
    const absolute = paths.map((path) => join(dir, path));
    await ignore.prepare(absolute, top);
    return paths.filter((_, i) => ignore.ignores(absolute[i]!, top));
  };

  it('reads .vbhcignore in the working folder and in each folder down to the file, gitignore semantics', async () => {
    const paths = ['a.bak.md', 'docs/b.bak.md', 'docs/keep.bak.md', 'old/x.txt', 'docs/old/x.txt', 'docs/local.txt', 'local.txt', 'docs/sub/local.txt', 'a.md'];
    expect(await skipped(new IgnoreRules({ cwd: dir }), paths)).toEqual(['a.bak.md', 'docs/b.bak.md', 'old/x.txt', 'docs/old/x.txt', 'docs/local.txt']);
  });

  it('takes relative paths from the working folder', async () => {
    const ignore = new IgnoreRules({ cwd: dir });
    await ignore.prepare(['old/x.txt']);
    expect(ignore.ignores('old/x.txt')).toBe(true);
  });

  it('applies --ignore-pattern (relative to the working folder) and configuration sets (relative to theirs) after the files', async () => {
    const ignore = new IgnoreRules({ cwd: dir, patterns: ['*.txt', '!docs/keep.txt'], setsFor: () => [{ base: join(dir, 'docs'), patterns: ['*.md', '!keep.bak.md'] }] });
    expect(await skipped(ignore, ['a.txt', 'docs/keep.txt', 'docs/a.md', 'a.md', 'docs/keep.bak.md'])).toEqual(['a.txt', 'docs/a.md']);
  });

  it('for a folder outside the working folder, reads .vbhcignore and takes --ignore-pattern from the walked folder down', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'vbhc-cwd-'));
    const ignore = () => new IgnoreRules({ cwd: elsewhere, patterns: ['*.txt'] });
    expect(await skipped(ignore(), ['docs/b.bak.md', 'docs/c.md'], dir)).toEqual(['docs/b.bak.md']);
    expect(await skipped(ignore(), ['docs/b.bak.md', 'docs/c.md'], join(dir, 'docs'))).toEqual([]);
    expect(await skipped(ignore(), ['docs/x.txt', 'y.txt'], dir)).toEqual(['docs/x.txt', 'y.txt']);
  });

  it('answers without any pattern, and refuses a file it was not prepared for', async () => {
    const bare = tree({ 'a.txt': '' });
    const ignore = new IgnoreRules({ cwd: bare });
    await ignore.prepare([join(bare, 'a.txt')]);
    expect(ignore.ignores(join(bare, 'a.txt'))).toBe(false);
    expect(() => ignore.ignores(join(dir, 'elsewhere/b.txt'))).toThrow(/before they were read/);
  });
});

describe('expandPaths with ignore rules', () => {
  const relativeTo = (paths: readonly string[]) => paths.map((path) => relative(TREE, path));

  it('skips ignored files in folders and globs; a named ignored file or a wholly ignored folder is listed, not an error', async () => {
    const { ignore } = await lintConfiguration({}, ROOT);
    const walked = await expandPaths([TREE], { ignore: ignore! });
    expect(relativeTo(walked.paths)).toEqual(['a.txt', 'quiet/d.txt', 'strict/b.txt', 'strict/deeper/c.txt']);
    const globbed = await expandPaths(['fixtures/config/tree/**/*.txt'], { ignore: ignore! });
    expect(globbed.paths.map((path) => relative('fixtures/config/tree', path))).toEqual(['a.txt', 'quiet/d.txt', 'strict/b.txt', 'strict/deeper/c.txt']);
    const named = await expandPaths([join(TREE, 'a.old.txt'), join(TREE, 'drafts'), join(TREE, 'a.txt')], { ignore: ignore! });
    expect(named).toEqual({ paths: [join(TREE, 'a.txt')], errors: [], ignored: [join(TREE, 'a.old.txt'), join(TREE, 'drafts')] });
  });

  it('without ignore rules (--no-ignore) takes every file', async () => {
    const walked = await expandPaths([TREE]);
    expect(walked.paths).toHaveLength(7);
  });
});

describe('vbhc lint and ignores', () => {
  const vbhc = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const files = (stdout: string) => (JSON.parse(stdout) as Array<{ filePath: string }>).map((result) => result.filePath.replace('fixtures/config/tree/', ''));

  it('notes a named file that is ignored and lints the rest', () => {
    const run = vbhc(['lint', '-f', 'json', 'fixtures/config/tree/drafts/x.txt', 'fixtures/config/tree/quiet/d.txt']);
    expect(run.stderr).toBe('vbhc: fixtures/config/tree/drafts/x.txt: skipped: an ignore pattern matches it (--no-ignore takes it anyway)\n');
    expect(files(run.stdout)).toEqual(['quiet/d.txt']);
    expect(run.status).toBe(0);
  });

  it('an ignore file that cannot be read ends the run with exit 2, naming it (lint, citations and tasks alike)', () => {
    const dir = tree({ '.vbhcignore/x': '', 'a.txt': 'Số: 1/UBND\n' });
    for (const command of ['lint', 'citations', 'tasks']) {
      const run = spawnSync(process.execPath, [BIN, command, 'a.txt'], { cwd: dir, encoding: 'utf8' });
      expect([run.status, run.stderr]).toEqual([2, `vbhc: ${join(dir, '.vbhcignore')}: cannot read this ignore file (EISDIR)\n`]);
    }
  });

  it('--ignore-pattern adds patterns; --no-ignore lints everything', () => {
    expect(files(vbhc(['lint', '-f', 'json', '--ignore-pattern', 'strict/', '--ignore-pattern', '**/quiet/*.txt', 'fixtures/config/tree']).stdout)).toEqual(['a.txt']);
    expect(files(vbhc(['lint', '-f', 'json', 'fixtures/config/tree']).stdout)).toEqual(NOT_IGNORED);
    expect(files(vbhc(['lint', '-f', 'json', '--no-ignore', 'fixtures/config/tree']).stdout)).toEqual(EVERY_TREE_FILE);
  });
});

describe('vbhc citations and vbhc tasks skip what vbhc lint skips', () => {
  const vbhc = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  const inTree = (file: string) => file.replace('fixtures/config/tree/', '');
  const citedFiles = (stdout: string) => [...new Set((JSON.parse(stdout) as Array<{ file: string }>).map((row) => inTree(row.file)))];
  const taskFiles = (stdout: string) =>
    [...new Set((JSON.parse(stdout) as Array<{ assignments: Array<{ file: string }> }>).flatMap((group) => group.assignments.map((row) => inTree(row.file))))].sort();

  it('by .vbhcignore and the configuration, as lint does; --no-ignore takes every file', () => {
    expect(citedFiles(vbhc(['citations', '-f', 'json', 'fixtures/config/tree']).stdout)).toEqual(NOT_IGNORED);
    expect(taskFiles(vbhc(['tasks', '-f', 'json', 'fixtures/config/tree']).stdout)).toEqual(NOT_IGNORED);
    expect(citedFiles(vbhc(['citations', '-f', 'json', '--no-ignore', 'fixtures/config/tree']).stdout)).toEqual(EVERY_TREE_FILE);
  });

  it('by --ignore-pattern, and notes a named file that is skipped', () => {
    expect(taskFiles(vbhc(['tasks', '-f', 'json', '--ignore-pattern', 'strict/', 'fixtures/config/tree']).stdout)).toEqual(['a.txt', 'quiet/d.txt']);
    const run = vbhc(['citations', '-f', 'json', 'fixtures/config/tree/drafts/x.txt', 'fixtures/config/tree/a.txt']);
    expect(run.stderr).toBe('vbhc: fixtures/config/tree/drafts/x.txt: skipped: an ignore pattern matches it (--no-ignore takes it anyway)\n');
    expect([run.status, citedFiles(run.stdout)]).toEqual([0, ['a.txt']]);
  });
});
