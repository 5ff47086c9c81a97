import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitationSchema } from '../../src/model/citation.js';
import { citationsIn, textAt } from './helpers.js';

interface FormCase {
  name: string;
  text: string;
  citations: Record<string, unknown>[];
}

const CASES: FormCase[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/citations/forms.json'), 'utf8'));

describe.each(CASES)('citation forms: $name', ({ text, citations: expected }) => {
  const found = citationsIn(text);

  it('finds exactly the expected citations, in order', () => {
    expect(found.map((c) => c.raw)).toHaveLength(expected.length);
    found.forEach((citation, i) => expect(citation).toMatchObject(expected[i]!));
  });

  it('places raw and numberRaw exactly where they are written', () => {
    for (const citation of found) {
      expect(textAt(text, citation.position)).toBe(citation.raw);
      if (citation.numberPosition) expect(textAt(text, citation.numberPosition)).toBe(citation.numberRaw);
      if (citation.date) expect(textAt(text, citation.date.position)).toBe(citation.date.raw);
    }
  });

  it('validates against the public schema', () => {
    for (const citation of found) expect(() => CitationSchema.parse(citation)).not.toThrow();
  });
});
