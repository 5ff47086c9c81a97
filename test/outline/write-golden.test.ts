import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenOutlinePath, OUTLINE_GOLDEN_DIR, seedOutline } from './seed-outline.js';
import { seedFiles } from '../golden/golden.js';

// Rewrites fixtures/outline/seeds; runs only with VBHC_WRITE_OUTLINE_GOLDEN=1, and a person reviews the result.
describe.runIf(process.env.VBHC_WRITE_OUTLINE_GOLDEN === '1')('write golden outlines', () => {
  it.each(seedFiles())('%s', (seed) => {
    mkdirSync(OUTLINE_GOLDEN_DIR, { recursive: true });
    const outline = seedOutline(seed);
    writeFileSync(goldenOutlinePath(seed), `${JSON.stringify(outline, null, 2)}\n`);
    expect(outline.sections.length).toBeGreaterThan(0);
  });
});
