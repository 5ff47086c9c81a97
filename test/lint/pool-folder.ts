import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/vbhc.js');

/**
 * A folder worth a worker pool: `generated` benchmark documents (their citations disagree across
 * files, so cross-file findings appear), the seeds, a .docx and a .pdf, the two files of the
 * date-conflict fixture, and a binary file posing as text.
 */
export function makeMixedFolder(generated: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'vbhc-pool-'));
  const made = spawnSync(process.execPath, [join(ROOT, 'scripts/bench/make-corpus.mjs'), String(generated), join(folder, 'generated')], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  mkdirSync(join(folder, 'seeds'));
  for (const name of readdirSync(join(ROOT, 'fixtures/seeds'))) {
    if (/\.(txt|md)$/.test(name)) copyFileSync(join(ROOT, 'fixtures/seeds', name), join(folder, 'seeds', name));
  }
  copyFileSync(join(ROOT, 'fixtures/docx/seeds/004_62c4785a12a18631.docx'), join(folder, 'seed-004.docx'));
  copyFileSync(join(ROOT, 'fixtures/pdf/seeds/004_62c4785a12a18631.pdf'), join(folder, 'seed-004.pdf'));
  for (const name of ['a.txt', 'b.txt']) copyFileSync(join(ROOT, 'fixtures/lint/citation/date-conflict/invalid-files', name), join(folder, `conflict-${name}`));
  writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]));
  return folder;
}

export function vbhc(args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
