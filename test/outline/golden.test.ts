import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AssignmentSchema, SectionSchema } from '../../src/model/outline.js';
import { seedFiles } from '../golden/golden.js';
import { goldenOutlinePath, seedOutline } from './seed-outline.js';

describe.each(seedFiles())('outline of %s', (seed) => {
  it('matches the reviewed golden file (VBHC_WRITE_OUTLINE_GOLDEN=1 npx vitest run test/outline/write-golden.test.ts)', () => {
    const path = goldenOutlinePath(seed);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(JSON.parse(JSON.stringify(seedOutline(seed)))).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('validates against the model', () => {
    const outline = seedOutline(seed);
    expect(() => z.array(SectionSchema).parse(outline.sections)).not.toThrow();
    expect(() => z.array(AssignmentSchema).parse(outline.assignments)).not.toThrow();
  });
});
