import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource, readSource } from '../../src/io/source.js';
import type { ParsedFile } from '../../src/model/document.js';
import { parseSource } from '../../src/pipeline.js';
import { parseSummary as summary } from './parse-summary.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const SEEDS = ['000_7af816a1aff8bd06', '001_fef7328643f9545c', '002_b5b875e65301e56c', '003_3442f63ebba68316', '004_62c4785a12a18631'];


function parseText(seed: string): ParsedFile {
  const path = join(FIXTURES, 'seeds', `${seed}.txt`);
  return parseSource(decodeSource(readFileSync(path), path));
}

describe.each(SEEDS)('seed %s', (seed) => {
  const expected = summary(parseText(seed));

  it('parses from its .docx to the same number, date, signer and citations as its text', async () => {
    const source = await readSource(join(FIXTURES, 'docx/seeds', `${seed}.docx`));
    expect(source.format).toBe('docx');
    expect(summary(parseSource(source))).toEqual(expected);
  });

  it('parses from its .pdf to the same number, date, signer and citations as its text', async () => {
    const source = await readSource(join(FIXTURES, 'pdf/seeds', `${seed}.pdf`));
    expect(source.format).toBe('pdf');
    expect(summary(parseSource(source))).toEqual(expected);
  });
});

describe('seed fixtures', () => {
  it('cover every seed and hold documents', () => {
    const parsed = SEEDS.map(parseText);
    expect(parsed.map((file) => basename(file.file, '.txt'))).toEqual(SEEDS);
    expect(parsed.reduce((count, file) => count + file.documents.length, 0)).toBeGreaterThanOrEqual(SEEDS.length);
  });
});
