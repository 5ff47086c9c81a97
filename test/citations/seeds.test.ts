import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenPath, seedCitations, seedNames } from './seed-citations.js';

describe.each(seedNames())('citations of seed %s', (seed) => {
  it('match the reviewed golden list (every citation of every document)', () => {
    const path = goldenPath(seed);
    expect(existsSync(path), `${path} is missing: run VBHC_WRITE_GOLDEN=1 npx vitest run test/citations/write-golden.test.ts and review it`).toBe(true);
    expect(JSON.parse(JSON.stringify(seedCitations(seed)))).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});

describe('seeds as a whole', () => {
  it('hold all seven documents', () => {
    expect(seedNames().reduce((count, seed) => count + seedCitations(seed).documents.length, 0)).toBe(7);
  });
});
