import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { sourceFromBytes } from '../../src/io/source.js';
import { parseSource } from '../../src/pipeline.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Damages a file: overwrites `count` bytes from `at` (both scaled to its length). */
const damage = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) });

function damaged(original: Buffer, at: number, bytes: Uint8Array): Buffer {
  const copy = Buffer.from(original);
  copy.set(bytes.subarray(0, Math.max(0, copy.length - 1)), Math.min(Math.floor(at * copy.length), Math.max(0, copy.length - bytes.length)));
  return copy;
}

/** Reading either gives a source that parses, or an InputError naming the file. */
async function readsOrNames(bytes: Buffer, path: string): Promise<void> {
  try {
    parseSource(await sourceFromBytes(bytes, path));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(path);
  }
}

describe('damaged Word and PDF files', () => {
  it('a damaged .docx gives a model or an InputError, nothing else', async () => {
    const original = readFileSync(join(FIXTURES, 'docx/word-layout.docx'));
    await fc.assert(
      fc.asyncProperty(damage, ({ at, bytes }) => readsOrNames(damaged(original, at, bytes), 'x.docx')),
      // The example: an entry whose data no longer matches its size (JSZip throws its own Error).
      { numRuns: 40, examples: [[{ at: 0.00863811799301599, bytes: Uint8Array.from([0, 0, 0]) }]] },
    );
  });

  it('a damaged .pdf gives a model or an InputError, nothing else', async () => {
    const original = readFileSync(join(FIXTURES, 'pdf/seeds/000_7af816a1aff8bd06.pdf'));
    await fc.assert(
      fc.asyncProperty(damage, ({ at, bytes }) => readsOrNames(damaged(original, at, bytes), 'x.pdf')),
      { numRuns: 25 },
    );
  });

  it('any bytes named .docx or .pdf give a model or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('y.docx', 'y.pdf'), (bytes, path) => readsOrNames(Buffer.from(bytes), path)),
      { numRuns: 40 },
    );
  });
});
