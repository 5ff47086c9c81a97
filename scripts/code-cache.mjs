// Writes the V8 code cache bin/run-bundle.js reads: the bytecode of what linting the seeds compiles,
// which is most of what any command runs. Run after the bundle, by `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundle } from '../bin/run-bundle.js';

const scratch = mkdtempSync(join(tmpdir(), 'vbhc-code-cache-'));
try {
  await runBundle([process.argv[0], 'vbhc', 'lint', 'fixtures/seeds', '--output', join(scratch, 'report.txt')], { trainCodeCache: true });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
