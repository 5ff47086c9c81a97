import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFolder } from '../../src/io/folder-walk.js';
import { expandPaths } from '../../src/io/walk.js';
import type { LintResult } from '../../src/lint/result.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const SEED = join(ROOT, 'fixtures/seeds/004_62c4785a12a18631.txt');
const SETPRIV = '/usr/bin/setpriv';
const NOBODY = 65534;

function vbhc(args: string[], options: { asNobody?: boolean } = {}) {
  const [command, prefix] = options.asNobody ? [SETPRIV, [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN]] : [process.execPath, [BIN]];
  const run = spawnSync(command, [...prefix, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { ...run, results: (run.stdout ? JSON.parse(run.stdout) : []) as LintResult[] };
}

/** A folder with two documents, node_modules, .git, and two symbolic links back up the tree. */
function folderWithLoops(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-loops-'));
  mkdirSync(join(dir, 'drafts/a'), { recursive: true });
  mkdirSync(join(dir, 'drafts/node_modules/pkg'), { recursive: true });
  mkdirSync(join(dir, 'drafts/.git'), { recursive: true });
  copyFileSync(SEED, join(dir, 'drafts/one.txt'));
  copyFileSync(SEED, join(dir, 'drafts/a/two.md'));
  writeFileSync(join(dir, 'drafts/node_modules/pkg/readme.md'), '# not a draft\n');
  writeFileSync(join(dir, 'drafts/.git/notes.txt'), 'not a draft\n');
  symlinkSync('..', join(dir, 'drafts/a/up'));
  symlinkSync('.', join(dir, 'drafts/a/self'));
  symlinkSync('missing-target', join(dir, 'drafts/a/broken.txt'));
  return join(dir, 'drafts');
}

describe('paths that name nothing', () => {
  it('a missing path: named on stderr, exit 2, the other files still linted', () => {
    const run = vbhc(['lint', '--format', 'json', '/nowhere/draft.txt', SEED]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vbhc: /nowhere/draft.txt: no such file or directory\n');
    expect(run.results.map((result) => result.filePath)).toEqual([SEED]);
  });

  it('a glob matching nothing: a clear message, exit 2', () => {
    const run = vbhc(['lint', '--format', 'json', 'fixtures/**/*.nothing']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vbhc: fixtures/**/*.nothing: no files match this pattern\n');
  });
});

describe('folders with symbolic link loops', () => {
  it('each file is found once, node_modules and .git and broken links skipped', async () => {
    const drafts = folderWithLoops();
    const listing = await listFolder(drafts, ['txt', 'md']);
    expect(listing).toEqual({ files: [join(drafts, 'a/two.md'), join(drafts, 'one.txt')], problems: [] });
    expect((await expandPaths([drafts])).paths).toEqual(listing.files);
  });

  it('the CLI lints each file once and ends', () => {
    const drafts = folderWithLoops();
    const run = vbhc(['lint', '--format', 'json', drafts]);
    expect(run.stderr).toBe('');
    expect(run.results.map((result) => result.filePath)).toEqual([join(drafts, 'a/two.md'), join(drafts, 'one.txt')]);
  });

  it('a ** pattern does not follow links, so a loop ends too', () => {
    const drafts = folderWithLoops();
    const run = vbhc(['lint', '--format', 'json', `${drafts}/**/*.{txt,md}`]);
    expect(run.results.map((result) => result.filePath)).toEqual([join(drafts, 'a/two.md'), join(drafts, 'one.txt')]);
  });
});

/** Permissions bind only a user who is not root: as root, the CLI runs as nobody (via setpriv). */
const asRoot = process.getuid?.() === 0;
describe.skipIf(process.platform === 'win32' || (asRoot && !existsSync(SETPRIV)))('unreadable files and folders', () => {
  it('are named with the problem; the readable files are linted; exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-locked-'));
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'));
    copyFileSync(SEED, join(dir, 'open.txt'));
    copyFileSync(SEED, join(dir, 'secret.txt'));
    copyFileSync(SEED, join(dir, 'locked/inside.txt'));
    for (const path of [join(dir, 'open.txt')]) chmodSync(path, 0o644);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    chmodSync(join(dir, 'locked'), 0o000);
    const run = vbhc(['lint', '--format', 'json', dir], { asNobody: asRoot });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual([
      `vbhc: ${join(dir, 'locked')}: cannot search this folder: permission denied`,
      `vbhc: ${join(dir, 'secret.txt')}: permission denied`,
    ]);
    expect(run.results.map((result) => result.filePath)).toEqual([join(dir, 'open.txt')]);
    expect(readFileSync(join(dir, 'open.txt'), 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });
});
