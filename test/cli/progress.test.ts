import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const SCRIPT = '/usr/bin/script';
const FILES = 120;
const PROGRESS = new RegExp(`vbhc: \\d+/${FILES} files, [\\d.]+ MB/s, about `);

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'vbhc-progress-'));
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/make-corpus.mjs'), String(FILES), folder], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the progress line', () => {
  it('says files done of all, the rate and the time left', () => {
    expect(progressLine(250, 1000, 25e6, 2000)).toBe('vbhc: 250/1000 files, 12.5 MB/s, about 6 s left');
    expect(progressLine(10, 1000, 1e6, 6000)).toBe('vbhc: 10/1000 files, 0.2 MB/s, about 9 min 54 s left');
  });
});

describe.skipIf(!existsSync(SCRIPT))('vbhc lint on many files', () => {
  /** stdout and stderr together, as a terminal shows them (util-linux `script` gives vbhc a terminal). */
  const onTerminal = (args: string, paths = folder) =>
    spawnSync(SCRIPT, ['-qec', `${BIN} lint ${paths} -f json --jobs 1 ${args} > /dev/null`, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TERM: 'xterm-256color' },
    }).stdout;

  it('shows progress on a terminal and clears it at the end', () => {
    const screen = onTerminal('');
    expect(screen).toMatch(PROGRESS);
    expect(screen.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('shows none with --quiet, or for a few files', () => {
    expect(onTerminal('--quiet')).not.toMatch(/files, /);
    expect(onTerminal('', join(folder, '000', 'doc-00000*'))).not.toMatch(/files, /);
  });

  it('shows none when stderr is not a terminal', () => {
    const run = spawnSync(process.execPath, [BIN, 'lint', folder, '-f', 'json', '--jobs', '1'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.stderr).toBe('');
  });
});
