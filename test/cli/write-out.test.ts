import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

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
