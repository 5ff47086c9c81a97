import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, goldenPath, parseSeed, seedFiles } from './golden.js';

// Rewrites the golden files; runs only from `npm run golden`, whose output a person reviews.
describe.runIf(process.env.VBHC_WRITE_GOLDEN === '1')('write golden parses', () => {
  it.each(seedFiles())('%s', (seed) => {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    const parsed = parseSeed(seed);
    writeFileSync(goldenPath(seed), `${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.documents.length).toBeGreaterThan(0);
  });
});
