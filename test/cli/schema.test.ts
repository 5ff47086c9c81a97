import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseSeed, seedFiles } from '../golden/golden.js';

const BIN = join(import.meta.dirname, '../../bin/vbhc.js');

describe('vbhc schema', () => {
  const schema = JSON.parse(execFileSync(BIN, ['schema'], { encoding: 'utf8' }));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it('is a draft 2020-12 JSON Schema of { file, documents }', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['file', 'documents']);
  });

  it.each(seedFiles())('accepts the parse of %s', (seed) => {
    const parsed = JSON.parse(JSON.stringify(parseSeed(seed)));
    expect(validate(parsed), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects a document without its contract fields', () => {
    expect(validate({ file: 'a.txt', documents: [{ issuer: null }] })).toBe(false);
  });
});
