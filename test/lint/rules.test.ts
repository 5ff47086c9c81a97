import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/lint/rules/index.js';
import { FIXTURES, findingsOf } from './fixtures.js';

/**
 * fixtures/lint/<group>/<name>/ holds `valid*` and `invalid*` cases (a file, or a folder linted
 * together) and expected.json: for each invalid case, where the rule reports, as
 * `path:line:column` relative to the rule's folder.
 */
describe.each(allRules.map((rule) => rule.meta.id))('%s', (ruleId) => {
  const folder = join(FIXTURES, ruleId);
  const entries = existsSync(folder) ? readdirSync(folder).filter((name) => /^(valid|invalid)/.test(name)).sort() : [];
  const expectedPath = join(folder, 'expected.json');
  const expected: Record<string, string[]> = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : {};

  it('has valid and invalid cases', () => {
    expect(entries.some((name) => name.startsWith('valid'))).toBe(true);
    expect(entries.some((name) => name.startsWith('invalid'))).toBe(true);
    for (const name of entries.filter((entry) => entry.startsWith('invalid'))) expect(expected[name], name).toBeDefined();
  });

  it.each(entries)('%s', (name) => {
    const found = findingsOf(ruleId, join(folder, name), folder);
    expect(found).toEqual(name.startsWith('valid') ? [] : expected[name]);
  });
});
