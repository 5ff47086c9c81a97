import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const PLAIN_TEXT = join(ROOT, 'fixtures/seeds/000_7af816a1aff8bd06.txt');

let dir: string;
let register: string;

// A module hook (run with --import) that writes down every module the program loads.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vbhc-loads-'));
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.VBHC_LOADED, url + '\\n');
  return next(url, context);
}`,
  );
  register = join(dir, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `vbhc ...args` loads: vbhc's and its packages' files as paths from the project root, and `node:` modules. */
function loadedBy(args: string[]): string[] {
  const list = join(dir, `loaded-${args.join('-').replace(/\W/g, '')}.txt`);
  writeFileSync(list, '');
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VBHC_LOADED: list },
  });
  expect(run.status, run.stderr).toBe(0);
  const rootUrl = pathToFileURL(ROOT).href + '/';
  return readFileSync(list, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith(rootUrl) || url.startsWith('node:'))
    .map((url) => (url.startsWith(rootUrl) ? url.slice(rootUrl.length) : url));
}

const packageOf = (path: string) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
const chunkOf = (path: string) => /^dist\/bundle\/([a-z-]+?)(?:-[A-Z0-9]{8})?\.js$/.exec(path)?.[1];

describe('what one small file costs to lint', () => {
  it('runs the bundle, and loads no reporter, reader or parser it does not use', () => {
    const loaded = loadedBy(['lint', PLAIN_TEXT]);
    expect(loaded.filter((path) => path.startsWith('dist/') && !path.startsWith('dist/bundle/'))).toEqual([]);
    const chunks = loaded.map(chunkOf).filter((name) => name !== undefined);
    expect(chunks).toContain('stylish');
    for (const unused of ['json', 'sarif', 'github', 'pdf', 'docx', 'cache', 'parse', 'fix-files', 'registry-file', 'schema']) {
      expect(chunks).not.toContain(unused);
    }
    const packages = new Set(loaded.map(packageOf));
    for (const unused of ['pdfjs-dist', 'mammoth', 'jszip', 'unified', 'remark-parse', 'jsonc-parser', 'zod', 'diff', 'csv-parse', 'iconv-lite']) {
      expect(packages).not.toContain(unused);
    }
    // Worker threads start only for a large input; hashing only for --cache, random names only for --output.
    expect(loaded).not.toContain('node:worker_threads');
    expect(loaded).not.toContain('node:crypto');
  });

  it('loads the reporter asked for instead of the default one', () => {
    const chunks = loadedBy(['lint', '--format', 'json', PLAIN_TEXT]).map(chunkOf);
    expect(chunks).toContain('json');
    expect(chunks).not.toContain('stylish');
  });
});
