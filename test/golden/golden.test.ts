import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedFileSchema } from '../../src/model/document.js';
import { goldenPath, parseSeed, seedFiles } from './golden.js';

describe.each(seedFiles())('golden parse of %s', (seed) => {
  it('matches the reviewed JSON in fixtures/golden (npm run golden to rewrite it)', () => {
    const path = goldenPath(seed);
    expect(existsSync(path), `${path} is missing: run npm run golden and review it`).toBe(true);
    const parsed = parseSeed(seed);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('validates against the published schema', () => {
    expect(() => ParsedFileSchema.parse(parseSeed(seed))).not.toThrow();
  });
});
