#!/usr/bin/env node
// Times parse and lint on each hostile input of issue 7 (built in memory), through the built
// library in dist/ (run `npm run build` first): ms and ms per MB, which must stay well under
// 1,000 ms/MB. `npm run bench` calls runHostileBench(); alone:
//
//   node scripts/bench/hostile.mjs [--size BYTES] [--no-big]
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HOSTILE_SHAPES, largeDocument, longLine } from './hostile-inputs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1_000_000;

async function library() {
  const load = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);
  const [{ decodeSource }, { parseSource }, { lintSources }] = await Promise.all([load('io/source.js'), load('pipeline.js'), load('lint/engine.js')]);
  return { decodeSource, parseSource, lintSources };
}

function timed(work) {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/**
 * Each hostile shape at `size` bytes, and unless `big` is false a 50 MB document and a 5 MB
 * single line: parse ms, lint ms (parse included), lint ms/MB. Returns the rows it printed.
 */
export async function runHostileBench({ size = MB, big = true, log = console.log } = {}) {
  const { decodeSource, parseSource, lintSources } = await library();
  const inputs = Object.entries(HOSTILE_SHAPES).map(([name, make]) => [name, () => make(size)]);
  if (big) inputs.push(['5 MB single line', () => longLine(5 * MB)], ['50 MB document', () => largeDocument(50 * MB)]);
  const rows = [];
  log(`hostile inputs (${(size / MB).toFixed(1)} MB each unless named): parse ms, lint ms (parse included), lint ms/MB`);
  for (const [name, make] of inputs) {
    const bytes = Buffer.from(make());
    const megabytes = bytes.length / MB;
    const parse = timed(() => parseSource(decodeSource(bytes, 'hostile.txt')));
    const lint = timed(() => lintSources([decodeSource(bytes, 'hostile.txt')]));
    const row = { name, megabytes, parse, lint, lintPerMB: lint / megabytes };
    rows.push(row);
    log(`  ${name.padEnd(28)} ${megabytes.toFixed(1).padStart(5)} MB  parse ${parse.toFixed(0).padStart(6)} ms  lint ${lint.toFixed(0).padStart(6)} ms  ${row.lintPerMB.toFixed(0).padStart(5)} ms/MB`);
  }
  const worst = rows.reduce((a, b) => (b.lintPerMB > a.lintPerMB ? b : a));
  log(`  worst: ${worst.name}, ${worst.lintPerMB.toFixed(0)} ms/MB`);
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const sizeAt = args.indexOf('--size');
  await runHostileBench({ size: sizeAt >= 0 ? Number(args[sizeAt + 1]) : MB, big: !args.includes('--no-big') });
}
