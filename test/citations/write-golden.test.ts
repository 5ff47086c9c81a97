import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenPath, seedCitations, seedNames } from './seed-citations.js';

// Rewrites fixtures/citations/seeds/*.json; runs only from `VBHC_WRITE_GOLDEN=1 npx vitest run
// test/citations/write-golden.test.ts`, whose output a person then reviews line by line.
describe.runIf(process.env.VBHC_WRITE_GOLDEN === '1')('write golden citations of the seeds', () => {
  it.each(seedNames())('%s', (seed) => {
    const citations = seedCitations(seed);
    writeFileSync(goldenPath(seed), `${JSON.stringify(citations, null, 2)}\n`);
    expect(citations.documents.length).toBeGreaterThan(0);
  });
});
