import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENCODE_BYTES, encoded } from '../../src/io/encoded.js';

const OUTPUT = pathToFileURL(join(import.meta.dirname, '../../dist/cli/output.js')).href;

/** What `writeOut(text)` puts on a pipe, `text` being built by `expression` in the child. */
function writtenBy(expression: string): Buffer {
  const script = `import { writeOut } from '${OUTPUT}'; writeOut(${expression});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 16 * 1024 * 1024 }).stdout;
}

describe('writeOut', () => {
  it('writes a report larger than one slice whole, a surrogate pair on the slice boundary included', () => {
    const text = `${'a'.repeat((1 << 20) - 1)}😀ă${'b'.repeat(1 << 20)}\n`;
    expect(writtenBy("'a'.repeat((1 << 20) - 1) + '😀ă' + 'b'.repeat(1 << 20) + '\\n'").equals(Buffer.from(text))).toBe(true);
  });

  it('writes nothing for an empty report', () => {
    expect(writtenBy("''").length).toBe(0);
  });
});

describe('encoded', () => {
  it('gives the UTF-8 of the pieces joined, in buffers no larger than ENCODE_BYTES unless one piece is', () => {
    const small = Array.from({ length: 5000 }, (_, i) => `${i ? ',' : '['}{"message":"Nghị định số ${i}/2020/NĐ-CP 😀"}`);
    const huge = 'ă'.repeat(ENCODE_BYTES); // 2 bytes each: one piece larger than a buffer
    const pieces = [...small, '', huge, ...small, ']\n'];
    const chunks = [...encoded(pieces)];
    expect(Buffer.concat(chunks).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(chunks.filter((chunk) => chunk.length > ENCODE_BYTES).map((chunk) => chunk.length)).toEqual([2 * ENCODE_BYTES]);
    expect(chunks.length).toBeGreaterThan(2);
  });

  it('gives nothing for no pieces or only empty ones', () => {
    expect([...encoded([])]).toEqual([]);
    expect([...encoded(['', ''])]).toEqual([]);
  });
});
