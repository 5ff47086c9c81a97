#!/usr/bin/env node
// `npm run bench`: vbhc lint against a bare read-and-regex scan, on generated corpora.
//
//   npm run bench -- [--docs N]... [--corpus DIR] [--runs K] [--jobs J]
//
// Builds the project's own corpus of N documents (default: 1,000 and 10,000) with
// scripts/bench/make-corpus.mjs, and, when ../shared/bench/make-corpus.mjs is there, that
// corpus too (the yardsticks were measured on it); or takes a corpus folder. On each it
// runs the scan and `vbhc lint DIR -f json --final` (every rule, cross-file checks, JSON to a
// file) K times, alternating, and prints medians, MB/s, their ratio and peak memory; then the
// 1k → 10k scaling (as run, and on one thread), re-runs with `--cache` where no file changed,
// one small file end to end, and the hostile-input timings.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const BIN = join(ROOT, 'bin', 'vbhc.js');
const SHARED_GENERATOR = join(ROOT, '..', 'shared', 'bench', 'make-corpus.mjs');
const OWN_GENERATOR = join(HERE, 'make-corpus.mjs');
const TIME = '/usr/bin/time';
const WORK = join(tmpdir(), 'vbhc-bench');
const SMALL_FILE = join(ROOT, 'fixtures', 'seeds', '000_7af816a1aff8bd06.txt');

const { values } = parseArgs({
  options: {
    docs: { type: 'string', multiple: true },
    corpus: { type: 'string' },
    runs: { type: 'string', default: '3' },
    jobs: { type: 'string' },
  },
});
const runs = Number(values.runs);
const docCounts = (values.docs ?? ['1000', '10000']).map(Number);
if (!Number.isInteger(runs) || runs < 1 || docCounts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: npm run bench -- [--docs N]... [--corpus DIR] [--runs K] [--jobs J]');
  process.exit(2);
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs a command with stdout to `outFile`; wall seconds and peak RSS in MB (when /usr/bin/time is there). */
function measure(command, args, outFile) {
  const out = openSync(outFile, 'w');
  const rssFile = join(WORK, 'rss.txt');
  const timed = existsSync(TIME);
  const started = process.hrtime.bigint();
  const child = timed
    ? spawnSync(TIME, ['-f', '%M', '-o', rssFile, command, ...args], { stdio: ['ignore', out, 'pipe'] })
    : spawnSync(command, args, { stdio: ['ignore', out, 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  if (child.status !== 0 && child.status !== 1) throw new Error(`${command} ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  const rssMb = timed ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : NaN;
  return { seconds, rssMb };
}

function corpusSize(folder) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(txt|md)$/.test(entry.name)) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** A corpus folder, built once per generator version and size, then reused. */
function corpus(family, generator, count) {
  const version = createHash('sha1').update(readFileSync(generator)).digest('hex').slice(0, 12);
  const folder = join(WORK, `${family}-${count}`);
  const stamp = join(folder, '.built');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return folder;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  console.error(`building ${family} corpus of ${count} documents in ${folder}`);
  const built = spawnSync(process.execPath, [generator, String(count), folder], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`${generator} failed`);
  writeFileSync(stamp, version);
  return folder;
}

function benchCorpus(label, folder) {
  const { files, bytes } = corpusSize(folder);
  const lintArgs = [BIN, 'lint', folder, '-f', 'json', '--final', ...(values.jobs ? ['--jobs', values.jobs] : [])];
  const scans = [];
  const lints = [];
  for (let i = 0; i < runs; i++) {
    scans.push(measure(process.execPath, [join(HERE, 'scan.mjs'), folder], join(WORK, 'scan.out')));
    lints.push(measure(process.execPath, lintArgs, join(WORK, 'lint.json')));
  }
  const scan = median(scans.map((run) => run.seconds));
  const lint = median(lints.map((run) => run.seconds));
  return { label, folder, files, mb: bytes / 1e6, scan, lint, rss: Math.max(...lints.map((run) => run.rssMb)), all: lints.map((run) => run.seconds) };
}

function row(cells, widths) {
  return cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ');
}

function printTable(results) {
  const widths = [16, 7, 7, 9, 9, 10, 10, 7, 9];
  console.log(row(['corpus', 'files', 'MB', 'scan s', 'scan MB/s', 'vbhc s', 'vbhc MB/s', 'ratio', 'peak MB'], widths));
  for (const r of results) {
    const cells = [r.label, r.files, r.mb.toFixed(1), r.scan.toFixed(2), (r.mb / r.scan).toFixed(1), r.lint.toFixed(2), (r.mb / r.lint).toFixed(1), (r.lint / r.scan).toFixed(1), r.rss.toFixed(0)];
    console.log(row(cells, widths));
  }
}

/** `--cache` re-runs where no file changed (the CI case): the first run fills the cache. */
function cachedReruns(r) {
  const location = join(WORK, `cache-${r.label.replace(/\W+/g, '-')}`);
  rmSync(location, { force: true });
  const args = [BIN, 'lint', r.folder, '-f', 'json', '--final', '--cache', '--cache-location', location];
  const first = measure(process.execPath, args, join(WORK, 'lint.json'));
  const reruns = Array.from({ length: runs }, () => measure(process.execPath, args, join(WORK, 'lint.json')));
  const rerun = median(reruns.map((run) => run.seconds));
  const rss = Math.max(...reruns.map((run) => run.rssMb));
  console.log(`  ${r.label}: first run ${first.seconds.toFixed(2)} s, re-run ${rerun.toFixed(2)} s (${(r.mb / rerun).toFixed(1)} MB/s), peak ${rss.toFixed(0)} MB`);
}

function smallFile() {
  const times = [];
  for (let i = 0; i < Math.max(5, runs); i++) times.push(measure(process.execPath, [BIN, 'lint', SMALL_FILE], join(WORK, 'small.out')).seconds);
  return median(times);
}

async function hostile() {
  const module = join(HERE, 'hostile.mjs');
  if (!existsSync(module)) {
    console.log('hostile inputs: scripts/bench/hostile.mjs is not there yet');
    return;
  }
  const { runHostileBench } = await import(pathToFileURL(module).href);
  await runHostileBench();
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'cli.cjs'))) {
    console.error('dist/ is missing: run `npm run build` first');
    process.exit(2);
  }
  mkdirSync(WORK, { recursive: true });
  console.log(`vbhc benchmark: ${runs} runs each, medians; node ${process.version}; load average before: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const results = [];
  if (values.corpus) results.push(benchCorpus(values.corpus, values.corpus));
  else {
    const families = [['own', OWN_GENERATOR]];
    if (existsSync(SHARED_GENERATOR)) families.push(['shared', SHARED_GENERATOR]);
    for (const [family, generator] of families) {
      for (const count of docCounts) results.push(benchCorpus(`${family} ${count}`, corpus(family, generator, count)));
    }
  }
  printTable(results);
  for (const small of results) {
    const large = results.find((r) => r.label.split(' ')[0] === small.label.split(' ')[0] && r.files === small.files * 10);
    if (!large) continue;
    console.log(`scaling ${small.label} → ${large.files}: ${(large.lint / small.lint).toFixed(2)}x the time for 10x the files`);
    // The default run threads only the larger corpus; on one thread both times the ratio shows how the per-file work scales.
    const oneThread = (r) => median(Array.from({ length: runs }, () => measure(process.execPath, [BIN, 'lint', r.folder, '-f', 'json', '--final', '--jobs', '1'], join(WORK, 'lint.json')).seconds));
    const [smallAlone, largeAlone] = [oneThread(small), oneThread(large)];
    console.log(`  on one thread (--jobs 1): ${smallAlone.toFixed(2)} s → ${largeAlone.toFixed(2)} s, ${(largeAlone / smallAlone).toFixed(2)}x`);
  }
  console.log('re-runs with --cache, no file changed (median of the re-runs):');
  for (const r of results) cachedReruns(r);
  console.log(`one small file end to end (vbhc lint ${SMALL_FILE.slice(ROOT.length + 1)}): ${(smallFile() * 1000).toFixed(0)} ms`);
  await hostile();
  console.log(`load average after: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
}

await main();
