import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeSource, type Source } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import type { SeveritySetting } from '../../src/lint/rule.js';
import { allRules } from '../../src/lint/rules/index.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/lint');

export function readFixture(path: string, root = FIXTURES): Source {
  return decodeSource(readFileSync(path), relative(root, path));
}

/** Files of a fixture entry: the file itself, or every file of a folder (a cross-file case). */
export function sourcesOf(path: string, root: string): Source[] {
  if (!statSync(path).isDirectory()) return [readFixture(path, root)];
  return readdirSync(path)
    .sort()
    .map((name) => readFixture(join(path, name), root));
}

/** Severities with one rule on (at error if it is off by default) and every other rule off. */
export function onlyRule(ruleId: string): Record<string, SeveritySetting> {
  return Object.fromEntries(
    allRules.map(({ meta }) => [meta.id, meta.id !== ruleId ? 'off' : meta.defaultSeverity === 'off' ? 'error' : meta.defaultSeverity]),
  );
}

/** `file:line:column` of each finding of one rule on a fixture entry. */
export function findingsOf(ruleId: string, entry: string, root: string): string[] {
  const results = lintSources(sourcesOf(entry, root), { severities: onlyRule(ruleId) });
  return results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line}:${message.column}`));
}
