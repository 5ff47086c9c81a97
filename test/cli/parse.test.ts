import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/vbhc.js');
const SEED = join(import.meta.dirname, '../../fixtures/seeds/003_3442f63ebba68316.txt');

describe('vbhc parse', () => {
  it('prints one { file, documents } object for one file', () => {
    const out = JSON.parse(execFileSync(BIN, ['parse', SEED], { encoding: 'utf8' }));
    expect(out.file).toBe(SEED);
    expect(out.documents.length).toBeGreaterThan(0);
  });

  it('names a binary file on stderr, exits 2 and still parses the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-'));
    const binary = join(dir, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    const run = spawnSync(BIN, ['parse', binary, SEED], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`vbhc: ${binary}: binary file, not text (contains NUL bytes)`);
    const out = JSON.parse(run.stdout);
    expect(out).toHaveLength(1);
    expect(out[0].file).toBe(SEED);
  });
});
