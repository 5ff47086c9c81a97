import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FILES = 24;

/** A 1 MB document (two-byte text, so 2 MB in memory) that cites an instrument by a long number. */
function bigDocument(i: number): string {
  const filler = 'Các cơ quan, đơn vị triển khai thực hiện nghiêm túc nội dung kế hoạch này.\n'.repeat(13_000);
  return `Số: ${i}/KH-UBND\n\nHà Nội, ngày 5 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư;\n\n${filler}`;
}

// The child lints the folder in-process through the built library, keeps the run's results
// unread (a run holds every file's outcome until then), collects garbage and prints the heap.
const SCRIPT = (folder: string) => `
const { lintFiles } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/lint/pool/lint-files.js')).href)});
const { readdirSync } = await import('node:fs');
const paths = readdirSync(${JSON.stringify(folder)}).map((name) => ${JSON.stringify(folder)} + '/' + name);
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const report = await lintFiles(paths, { settings: {}, jobs: 1, onUnreadable() {}, onFailure(file, problem) { throw new Error(problem); } });
globalThis.gc();
console.log(JSON.stringify({ held: process.memoryUsage().heapUsed - before, linted: report.linted }));
`;

describe('a run holding the outcomes of many files', () => {
  it('does not keep their texts alive', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vbhc-retention-'));
    try {
      for (let i = 0; i < FILES; i++) writeFileSync(join(folder, `${i}.txt`), bigDocument(i));
      const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', SCRIPT(folder)], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      const { held, linted } = JSON.parse(run.stdout) as { held: number; linted: number };
      expect(linted).toBe(FILES);
      // The texts take 48 MB; what the run keeps of each file is a few findings and one occurrence.
      expect(held).toBeLessThan(4_000_000);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
