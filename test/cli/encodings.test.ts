import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/source.js';
import { parseSource } from '../../src/pipeline.js';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const SEED_FILES = ['000_7af816a1aff8bd06.txt', '001_fef7328643f9545c.txt', '003_3442f63ebba68316.txt', '004_62c4785a12a18631.txt'];

/** The model without offsets and columns, which legitimately differ between encodings of one text. */
function withoutOffsets(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'offset' || key === 'column' ? undefined : field)));
}

function variants(text: string): Record<string, Uint8Array> {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  return {
    'UTF-8 with BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    'UTF-16 LE': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
    'UTF-16 BE': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    CRLF: Buffer.from(text.replace(/\n/g, '\r\n')),
    CR: Buffer.from(text.replace(/\n/g, '\r')),
    NFD: Buffer.from(text.normalize('NFD')),
  };
}

describe.each(SEED_FILES)('seed %s in other encodings', (file) => {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const reference = parseSource(decodeSource(Buffer.from(text), file));

  it.each(Object.entries(variants(text)))('%s gives the same model', (_name, bytes) => {
    const model = parseSource(decodeSource(bytes, file));
    expect(withoutOffsets(model)).toEqual(withoutOffsets(reference));
  });
});
