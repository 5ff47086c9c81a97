import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import { parseSource } from '../../src/pipeline.js';
import { HOSTILE_SHAPES, largeDocument, longLine } from '../../scripts/bench/hostile-inputs.mjs';

/**
 * The hostile inputs of issue 7, through the library and the CLI. Budgets are loose on
 * purpose (a busy CI machine must pass): they catch a quadratic blow-up, which costs minutes
 * at these sizes; `npm run bench` reports the real figures.
 */

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const SEED = join(ROOT, 'fixtures/seeds/004_62c4785a12a18631.txt');
const SHAPE_BYTES = 200_000;
/** 200 KB in 8 s is 40 s/MB: forty times the target, yet a tenth of what a quadratic step costs here. */
const SHAPE_BUDGET_MS = 8_000;

function vbhc(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vbhc-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile shapes through parse and lint', () => {
  it.each(Object.entries(HOSTILE_SHAPES))('%s', (_name, make) => {
    const bytes = Buffer.from(make(SHAPE_BYTES));
    const { ms } = timed(() => {
      parseSource(decodeSource(bytes, 'hostile.md'));
      lintSources([decodeSource(bytes, 'hostile.txt')]);
    });
    expect(ms).toBeLessThan(SHAPE_BUDGET_MS);
  });
});

describe('files that are not documents', () => {
  it('an empty file parses, and every position in the model and the findings is its only one', () => {
    const source = decodeSource(new Uint8Array(0), 'empty.txt');
    const offsets = JSON.stringify(parseSource(source)).match(/"offset":\d+/g) ?? [];
    expect(new Set(offsets)).toEqual(new Set(offsets.length > 0 ? ['"offset":0'] : []));
    for (const message of lintSources([source])[0]!.messages) expect([message.line, message.column, message.endLine, message.endColumn]).toEqual([1, 1, 1, 1]);
  });

  it('binary data with a text extension: one line naming the file, exit 2, the others still read', () => {
    const png = join(dir, 'scan.txt');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const run = vbhc(['lint', '--format', 'json', png, SEED]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`vbhc: ${png}: binary file, not text (contains NUL bytes)\n`);
    expect(JSON.parse(run.stdout).map((result: { filePath: string }) => result.filePath)).toEqual([SEED]);
  });

  it('a legacy-encoded file: converted, one stderr line, linted with the others', () => {
    const legacy = join(dir, 'cu.txt');
    writeFileSync(legacy, iconv.encode('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nQuyÕt ®Þnh vÒ viÖc ban hµnh\n', 'windows-1252'));
    const notice = `vbhc: ${legacy}: converted from TCVN3 (ABC); save it as UTF-8\n`;
    const parse = vbhc(['parse', legacy, SEED]);
    expect(parse.status).toBe(0);
    expect(parse.stderr).toBe(notice);
    expect(JSON.parse(parse.stdout)).toHaveLength(2);
    const lint = vbhc(['lint', '--format', 'json', legacy, SEED]);
    expect(lint.stderr).toBe(notice);
    expect(JSON.parse(lint.stdout).map((result: { filePath: string }) => result.filePath)).toEqual([legacy, SEED]);
  });
});

describe('big inputs, once each', () => {
  it('a 5 MB single line through the library', () => {
    const bytes = Buffer.from(longLine(5_000_000));
    const { value, ms } = timed(() => lintSources([decodeSource(bytes, 'line.txt')])[0]!);
    expect(value.filePath).toBe('line.txt');
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  it('a 50 MB document through the CLI', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, largeDocument(50_000_000));
    const { value: run, ms } = timed(() => vbhc(['lint', '--format', 'json', big]));
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    expect(JSON.parse(run.stdout)[0].filePath).toBe(big);
    expect(ms).toBeLessThan(240_000);
  }, 300_000);
});

describe('output and errors', () => {
  it('a closed pipe (`vbhc … | head`) ends quietly', () => {
    const many = Array.from({ length: 40 }, () => SEED);
    const run = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" parse ${many.map((path) => `"${path}"`).join(' ')} 2>"${dir}/err" | head -c 100 > /dev/null; echo $?`], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('0');
    expect(readFileSync(join(dir, 'err'), 'utf8')).toBe('');
  });

  it('stdin that is binary: a clean message naming <stdin>', () => {
    const run = vbhc(['parse', '-'], '\u0000\u0001\u0002');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vbhc: <stdin>: binary file, not text (contains NUL bytes)\n');
  });
});

describe('internal errors', () => {
  it('one thrown outside the awaited run still ends in one line and exit 3, the stack only with --debug', () => {
    const script = (debug: boolean) =>
      `import('${join(ROOT, 'dist/cli/main.js')}').then((cli) => { cli.main(['node', 'vbhc', 'schema'${debug ? ", '--debug'" : ''}]); setTimeout(() => { throw new Error('boom'); }, 10); });`;
    const plain = spawnSync(process.execPath, ['-e', script(false)], { encoding: 'utf8' });
    expect(plain.status).toBe(3);
    expect(plain.stderr).toBe('vbhc: internal error: boom\nvbhc: run again with --debug to see where it happened\n');
    const debug = spawnSync(process.execPath, ['-e', script(true)], { encoding: 'utf8' });
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(/^vbhc: internal error: boom\nError: boom\n\s+at /);
  });
});
