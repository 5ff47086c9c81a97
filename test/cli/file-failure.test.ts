import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/vbhc.js');
const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const [broken, fine] = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .slice(0, 2)
  .map((name) => join(SEEDS, name));

/** Runs vbhc with the test hook that makes `broken` fail inside vbhc. */
const vbhc = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, VBHC_TEST_FAIL_ON: broken! } });

describe('an internal error on one file', () => {
  it.each([
    ['parse', ['--ndjson'], 'parsing'],
    ['citations', ['-f', 'json'], 'listing its citations'],
    ['tasks', ['-f', 'json'], 'parsing'],
  ])('%s: names the file on one line, goes on with the others, exits 2', (command, format, doing) => {
    const run = vbhc([command, ...format, broken!, fine!]);
    expect(run.stderr).toBe(`vbhc: ${broken}: internal error while ${doing}: test failure on ${broken}\n`);
    expect(run.status).toBe(2);
    if (command === 'parse') expect(JSON.parse(run.stdout).file).toBe(fine);
    else expect(run.stdout.length).toBeGreaterThan(0);
  });

  it('shows the stack with --debug', () => {
    const run = vbhc(['--debug', 'parse', '--ndjson', broken!, fine!]);
    expect(run.stderr).toMatch(/^vbhc: .*: internal error while parsing: test failure on .*\nError: test failure on .*\n\s+at /);
    expect(run.status).toBe(2);
  });
});
