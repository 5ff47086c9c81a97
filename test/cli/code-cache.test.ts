import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const RUN_BUNDLE = join(ROOT, 'bin/run-bundle.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vbhc-code-cache-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` in a new Node with bin/run-bundle.js as `load` (V8 flags and cache checks are per process); its stdout. */
function node(script: string): string {
  const child = spawnSync(process.execPath, ['-e', `const load = require(${JSON.stringify(RUN_BUNDLE)});\n${script}`], { encoding: 'utf8', cwd: ROOT });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout;
}

describe('the code cache the build writes', () => {
  it('is there, and V8 takes it under the flags vbhc runs with', () => {
    expect(existsSync(join(ROOT, 'dist/bundle/cli.code-cache'))).toBe(true);
    expect(node('console.log(load.loadBundle(load.BUNDLE, load.CODE_CACHE).script.cachedDataRejected);')).toBe('false\n');
  });

  it('changes nothing in what vbhc reports', () => {
    const lintSeeds = (cache: string) =>
      node(`load.loadBundle(load.BUNDLE, ${cache}).exports.main([process.argv[0], 'vbhc', 'lint', '--format', 'json', 'fixtures/seeds']).then((code) => { process.exitCode = code; });`);
    const withCache = lintSeeds('load.CODE_CACHE');
    expect(JSON.parse(withCache)).not.toEqual([]);
    expect(withCache).toBe(lintSeeds('undefined'));
  });
});

describe('a bundle run with a code cache', () => {
  const bundle = () => join(dir, 'bundle.cjs');
  const cache = () => join(dir, 'bundle.code-cache');
  const report = (loaded: string) =>
    `const { exports, script } = ${loaded}; exports.main(['a', 'b']).then((answer) => console.log(answer, script.cachedDataRejected));`;

  beforeAll(() => {
    writeFileSync(bundle(), "const { basename } = require('node:path');\nexports.main = async (argv) => basename(__filename) + ':' + argv.length;\n");
  });

  const loaded = (cachePath: string | undefined) => `load.loadBundle(${JSON.stringify(bundle())}, ${cachePath === undefined ? 'undefined' : JSON.stringify(cachePath)})`;

  it('runs without one, writes one, and takes the one it wrote', () => {
    expect(node(report(loaded(undefined)))).toBe('bundle.cjs:2 undefined\n');
    expect(node(report(loaded(join(dir, 'missing.code-cache'))))).toBe('bundle.cjs:2 undefined\n');
    node(`const { script } = ${loaded(undefined)}; load.writeCodeCache(script, ${JSON.stringify(cache())});`);
    expect(existsSync(cache())).toBe(true);
    expect(node(report(loaded(cache())))).toBe('bundle.cjs:2 false\n');
  });

  it('runs the same when V8 refuses a damaged cache', () => {
    const damaged = join(dir, 'damaged.code-cache');
    writeFileSync(damaged, 'not a code cache');
    expect(node(report(loaded(damaged)))).toBe('bundle.cjs:2 true\n');
  });
});
