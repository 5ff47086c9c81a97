import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import type { LintResult } from '../../src/lint/result.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/diepxuan');

describe.skipIf(!existsSync(CORPUS))('vbhc lint on the published corpus', () => {
  // Read in beforeAll: a skipped suite's body still runs at collection, where the corpus may be absent.
  let files: string[] = [];
  let results: LintResult[] = [];
  beforeAll(() => {
    files = readdirSync(CORPUS).filter((name) => name.endsWith('.md')).sort();
    results = lintSources(files.map((name) => decodeSource(readFileSync(join(CORPUS, name)), name)), { lang: 'en' });
  });
  const count = (ruleId: string) => results.reduce((sum, result) => sum + result.messages.filter((m) => m.ruleId === ruleId).length, 0);

  it('lints every file', () => {
    expect(results).toHaveLength(files.length);
  });

  it('raises no error where published documents are right: every one has a number whose type code fits its type', () => {
    expect(count('header/missing-number')).toBe(0);
    expect(count('header/type-code')).toBe(0);
    expect(count('citation/registry-mismatch')).toBe(0);
  });

  it('finds the real cross-file conflict: 12/2018/NĐ-CP cited as 23/01/2018 in two files and as 23/11/2018 in another', () => {
    const conflicts = results.flatMap((result) =>
      result.messages.filter((m) => m.ruleId === 'citation/date-conflict' && m.message.startsWith('12/2018/NĐ-CP')).map((m) => ({ file: result.filePath, ...m })),
    );
    expect(conflicts.length).toBeGreaterThan(0);
    for (const conflict of conflicts) {
      expect(conflict.message).toContain('dated 23/11/2018 here, but 23/1/2018');
      expect(conflict.related.length).toBeGreaterThanOrEqual(2);
    }
  });
});
