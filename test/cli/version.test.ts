import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_URL, VERSION } from '../../src/version.js';

// The bundled program cannot read package.json beside itself, so version.ts repeats what it needs.
const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
  version: string;
  repository: { url: string };
};

describe('version.ts', () => {
  it("says what package.json says: the version and the repository's web address", () => {
    expect(VERSION).toBe(packageJson.version);
    expect(REPOSITORY_URL).toBe(packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
  });
});
