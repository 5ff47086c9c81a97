import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/source.js';
import { detached } from '../../src/lint/detached.js';
import { LintContext, lintFile } from '../../src/lint/engine.js';

const ROOT = join(import.meta.dirname, '../..');

describe('detached', () => {
  it('copies an outcome as a worker thread sends it through JSON', () => {
    const path = join(ROOT, 'fixtures/seeds/003_3442f63ebba68316.txt');
    const outcome = lintFile(decodeSource(readFileSync(path), path), {}, new LintContext({}));
    expect(outcome.findings.length).toBeGreaterThan(0);
    expect(outcome.instruments.length).toBeGreaterThan(0);
    const copy = detached(outcome);
    expect(copy).toStrictEqual(JSON.parse(JSON.stringify(outcome)));
    expect(copy.findings[0]).not.toBe(outcome.findings[0]);
  });

  it('leaves out properties that are undefined, as JSON does, and keeps null', () => {
    const copy = detached({ kept: 'a long string of more than thirteen characters', gone: undefined, nothing: null, list: [1, { deep: undefined, n: 2 }] });
    expect(copy).toStrictEqual({ kept: 'a long string of more than thirteen characters', nothing: null, list: [1, { n: 2 }] });
    expect(Object.keys(copy)).toEqual(['kept', 'nothing', 'list']);
  });
});
