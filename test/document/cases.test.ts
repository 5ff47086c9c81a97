import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES_DIR, parseFile, withoutPositions } from './helpers.js';

interface Case {
  about: string;
  documents: Record<string, unknown>[];
}

const inputs = readdirSync(CASES_DIR).filter((name) => !name.endsWith('.json'));

describe.each(inputs)('fixtures/document/cases/%s', (input) => {
  const expected = JSON.parse(readFileSync(join(CASES_DIR, input.replace(/\.\w+$/, '.json')), 'utf8')) as Case;
  const parsed = parseFile(join(CASES_DIR, input));

  it(`holds ${expected.documents.length} document(s): ${expected.about}`, () => {
    expect(parsed.documents).toHaveLength(expected.documents.length);
  });

  it.each(expected.documents.map((document, i) => [i + 1, document] as const))('document %i reads as expected', (n, document) => {
    expect(withoutPositions(parsed.documents[n - 1])).toMatchObject(document);
  });
});
