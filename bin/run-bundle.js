// Runs the command-line program from its CommonJS bundle with a V8 code cache: the bytecode of
// every function a lint of the seeds compiled, written at build time (scripts/code-cache.mjs).
// Node 20 has no code cache for ES modules (module.enableCompileCache comes in Node 22), and
// compiling vbhc's functions on first call was a good part of linting one small file.
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// Less inlining per optimised function (V8's default budget is 920 bytecodes): TurboFan compiling
// took ~20% of a two-thread run's CPU, each thread warming V8 up on its own. Measured, same output:
// 3,000 documents on one thread 10% less CPU (3% less time); 10,000 on two threads 2% less time.
// Set before any of vbhc is compiled, so the worker threads started later run under it too, and so
// V8's check of the code cache, which covers its flags, sees the flags the cache was written under.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

const BUNDLE = join(__dirname, '../dist/bundle/cli.cjs');
const CODE_CACHE = join(__dirname, '../dist/bundle/cli.code-cache');

function readIfThere(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Compiles and runs a CommonJS bundle, with the code cache at `codeCachePath` if there is one.
 * V8 refuses a cache written by another V8 version, under other flags, or for a source of another
 * length (so scripts/bundle.mjs deletes the cache with the bundle it replaces); the bundle then
 * compiles as usual, only slower.
 */
function loadBundle(bundlePath, codeCachePath) {
  const source = readFileSync(bundlePath, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    cachedData: codeCachePath === undefined ? undefined : readIfThere(codeCachePath),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  return { exports: module.exports, script };
}

/** Writes what V8 has compiled of the script so far, replacing any cache at `path` whole. */
function writeCodeCache(script, path) {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, script.createCachedData());
  renameSync(partial, path);
}

/** Runs vbhc with `argv` and resolves to its exit code; `trainCodeCache` writes the cache afterwards. */
async function runBundle(argv, { trainCodeCache = false } = {}) {
  const { exports, script } = loadBundle(BUNDLE, trainCodeCache ? undefined : CODE_CACHE);
  const exitCode = await exports.main(argv);
  if (trainCodeCache) writeCodeCache(script, CODE_CACHE);
  return exitCode;
}

module.exports = { BUNDLE, CODE_CACHE, loadBundle, runBundle, writeCodeCache };
