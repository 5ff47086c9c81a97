import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');

describe('vbhc lint over a folder mixing .txt, .md, .docx and .pdf', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-mixed-'));
  copyFileSync(join(ROOT, 'fixtures/seeds/004_62c4785a12a18631.txt'), join(dir, 'chu-chu.txt'));
  copyFileSync(join(ROOT, 'fixtures/seeds/003_3442f63ebba68316.txt'), join(dir, 'ha-noi.md'));
  copyFileSync(join(ROOT, 'fixtures/docx/seeds/004_62c4785a12a18631.docx'), join(dir, 'chu-chu.docx'));
  copyFileSync(join(ROOT, 'fixtures/pdf/word-layout.pdf'), join(dir, 'word-layout.pdf'));
  const run = spawnSync(BIN, ['lint', '--format', 'json', dir], { encoding: 'utf8' });
  const results: { filePath: string; messages: { ruleId: string; line: number; location?: string }[] }[] = JSON.parse(run.stdout);

  it('lints every format it finds', () => {
    expect(results.map((result) => result.filePath.slice(dir.length + 1)).sort()).toEqual(['chu-chu.docx', 'chu-chu.txt', 'ha-noi.md', 'word-layout.pdf']);
  });

  it('places .docx findings by Word paragraph and text findings by line and column', () => {
    const docx = results.find((result) => result.filePath.endsWith('.docx'))!;
    const text = results.find((result) => result.filePath.endsWith('chu-chu.txt'))!;
    const docxFormat = docx.messages.find((message) => message.ruleId === 'header/date-format')!;
    const textFormat = text.messages.find((message) => message.ruleId === 'header/date-format')!;
    expect(docxFormat.location).toBe(`${join(dir, 'chu-chu.docx')}:¶59`);
    expect(textFormat.line).toBe(59);
    expect(textFormat.location).toBeUndefined();
  });

  it('shows the paragraph in the stylish report', () => {
    const stylish = spawnSync(BIN, ['lint', '--lang', 'en', join(dir, 'chu-chu.docx')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(stylish.stdout).toMatch(/^ {2}¶59 +warning +Month "09"/m);
  });
});
