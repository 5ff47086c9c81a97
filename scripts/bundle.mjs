// Bundles the command-line program from tsc's output in dist/ into dist/bundle/: one module for
// the command line, one for the lint worker threads, and the chunks they share or load lazily
// (commands, reporters, the PDF and Word readers). Node resolves and links ~70 small modules in
// ~0.15 s before linting a single file; the bundle makes that a few. Packages stay external.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const OUTDIR = 'dist/bundle';
// Chunk names change with their content: last build's would pile up.
rmSync(OUTDIR, { recursive: true, force: true });

await build({
  entryPoints: { main: 'dist/cli/main.js', worker: 'dist/lint/pool/worker.js' },
  outdir: OUTDIR,
  // Chunks sit beside the entries: the pool finds its worker as `./worker.js` from wherever its code lands.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
