import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const PLAIN_TEXT = join(ROOT, 'fixtures/seeds/000_7af816a1aff8bd06.txt');

let dir: string;
let recorder: string;

// Preloaded with --require: writes down every file the program requires and, at exit, the
// `node:` modules Node loaded.
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vbhc-loads-'));
  recorder = join(dir, 'record.cjs');
  writeFileSync(
    recorder,
    `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const file = resolve.apply(this, args);
  appendFileSync(process.env.VBHC_LOADED, file + '\\n');
  return file;
};
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => 'node:' + entry.slice(13));
  appendFileSync(process.env.VBHC_LOADED, builtins.join('\\n') + '\\n');
});`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  /** Files required, as paths from the project root, and `node:` modules. */
  loaded: string[];
  /** The bundle's modules whose top level ran, by their path when bundled (`dist/…`). */
  started: Set<string>;
  /** The bundle's modules whose top level never ran. */
  notStarted: Set<string>;
}

/** Runs `vbhc ...args` and reports what it loaded, and, from V8's coverage, which of its modules it started. */
function run(args: string[]): Run {
  const name = args.join('-').replace(/\W/g, '');
  const list = join(dir, `loaded-${name}.txt`);
  const coverage = join(dir, `coverage-${name}`);
  writeFileSync(list, '');
  const child = spawnSync(process.execPath, ['--require', recorder, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VBHC_LOADED: list, NODE_V8_COVERAGE: coverage },
  });
  expect(child.status, child.stderr).toBe(0);
  const loaded = readFileSync(list, 'utf8')
    .split('\n')
    .filter((path) => path.startsWith(ROOT + '/') || path.startsWith('node:'))
    .map((path) => (path.startsWith('node:') ? path : path.slice(ROOT.length + 1)));
  // esbuild wraps each module the bundle imports lazily in a function named after the module.
  const started = new Set<string>();
  const notStarted = new Set<string>();
  for (const file of readdirSync(coverage)) {
    const { result } = JSON.parse(readFileSync(join(coverage, file), 'utf8')) as {
      result: { url: string; functions: { functionName: string; ranges: { count: number }[] }[] }[];
    };
    for (const script of result.filter(({ url }) => url.endsWith('/dist/bundle/cli.cjs'))) {
      for (const { functionName, ranges } of script.functions) {
        if (functionName.startsWith('dist/')) (ranges[0]!.count > 0 ? started : notStarted).add(functionName);
      }
    }
  }
  return { loaded, started, notStarted };
}

const packageOf = (path: string) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];

describe('what one small file costs to lint', () => {
  it('runs the bundle, and starts no reporter, reader, command or package it does not use', () => {
    const { loaded, started, notStarted } = run(['lint', PLAIN_TEXT]);
    expect(loaded.filter((path) => path.startsWith('dist/'))).toEqual([]);
    expect(started).toContain('dist/lint/reporters/stylish.js');
    const unused = [
      ...['json', 'sarif', 'github'].map((name) => `dist/lint/reporters/${name}.js`),
      ...['pdf', 'docx'].map((name) => `dist/io/${name}.js`),
      ...['parse', 'schema', 'citations', 'tasks', 'rules'].map((name) => `dist/cli/commands/${name}.js`),
      'dist/lint/cache.js',
      'dist/cli/fix-files.js',
      'dist/lint/registry-file.js',
      'dist/lint/config/schema.js',
      'dist/lint/pool/pool.js',
    ];
    for (const module of unused) expect(notStarted, module).toContain(module);
    const packages = new Set(loaded.map(packageOf));
    for (const name of ['pdfjs-dist', 'mammoth', 'jszip', 'unified', 'remark-parse', 'jsonc-parser', 'zod', 'diff', 'csv-parse', 'iconv-lite', 'fast-glob']) {
      expect(packages).not.toContain(name);
    }
    // Worker threads start only for a large input; hashing only for --cache, random names only for --output.
    expect(loaded).not.toContain('node:worker_threads');
    expect(loaded).not.toContain('node:crypto');
  });

  it('starts the reporter asked for instead of the default one', () => {
    const { started, notStarted } = run(['lint', '--format', 'json', PLAIN_TEXT]);
    expect(started).toContain('dist/lint/reporters/json.js');
    expect(notStarted).toContain('dist/lint/reporters/stylish.js');
  });
});

describe('a lint worker thread', () => {
  // A worker runs an ES module, which loads every package it imports before it runs: the two
  // readers' packages (~50 MB of heap for two threads) must come only through the chunks they import.
  it('imports no reader package until a PDF or Word file comes', () => {
    const imported = (file: string) => [...readFileSync(join(ROOT, 'dist/bundle', file), 'utf8').matchAll(/^import\b[^;]*?from "([^"]+)"/gm)].map(([, from]) => from!);
    const workerImports = imported('worker.js');
    const chunks = workerImports.filter((from) => from.startsWith('./'));
    const packages = [...workerImports, ...chunks.flatMap((chunk) => imported(chunk))].filter((from) => !from.startsWith('./') && !from.startsWith('node:'));
    for (const reader of ['pdfjs-dist', 'mammoth', 'jszip']) expect(packages.filter((name) => name.startsWith(reader))).toEqual([]);
  });
});
