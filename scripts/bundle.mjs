// Bundles the command-line program from tsc's output in dist/ into dist/bundle/:
// - cli.cjs, the command line, as one CommonJS file, which bin/run-bundle.js compiles with a V8 code
//   cache (Node 20 caches no ES module's code). Node resolving and linking ~70 small modules took
//   ~0.15 s before linting a single file; the bundle makes that one. Its commands, reporters and
//   readers still start only when used: esbuild keeps a dynamically imported module's top level
//   in a function it calls on the import.
// - worker.js, what a lint worker thread runs, as an ES module, with the chunks it imports lazily.
// The packages every run needs are bundled into cli.cjs, so that the cache covers them too; the
// others stay in node_modules, and cli.cjs requires them when a command needs them (Node 20.19
// and later require ES modules too: pdfjs-dist, remark). A dynamic import() cannot stay in the
// bundle: Node 20 runs one from code compiled by node:vm only under --experimental-vm-modules.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const OUTDIR = 'dist/bundle';
const BUNDLED_PACKAGES = new Set(['chalk', 'commander', 'decode-named-character-reference', 'ignore']);
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const LOADED_WHEN_NEEDED = Object.keys(dependencies).filter((name) => !BUNDLED_PACKAGES.has(name));

// A new bundle leaves no old code cache behind: V8 checks a cache against the source's length only.
rmSync(OUTDIR, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await build({
  ...common,
  entryPoints: { cli: 'dist/cli/main.js' },
  outdir: OUTDIR,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // Less source to read before the cached code runs (540 KB instead of 775 KB; ~4 ms of a small file's 0.23 s).
  minifyWhitespace: true,
  external: LOADED_WHEN_NEEDED,
  supported: { 'dynamic-import': false },
  // The pool finds its worker, and createRequire its packages, from the bundle's own address.
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__bundleUrl' },
});

// Split into chunks: an ES module imports its packages before it runs, so the PDF and Word readers
// (pdfjs-dist, mammoth), imported lazily, must stay in chunks of their own.
await build({
  ...common,
  entryPoints: { worker: 'dist/lint/pool/worker.js' },
  outdir: OUTDIR,
  chunkNames: '[name]-[hash]',
  splitting: true,
  format: 'esm',
  packages: 'external',
});
