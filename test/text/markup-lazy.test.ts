import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SEED = readFileSync(join(ROOT, 'fixtures/seeds/003_3442f63ebba68316.txt'), 'utf8');

/**
 * The built Markdown stage (npm test builds dist first) copied where only its own runtime
 * dependency can be found: unified and remark-parse are missing, so loading them fails loudly.
 */
function stageWithoutRemark(dir: string): string {
  mkdirSync(join(dir, 'text'));
  for (const name of readdirSync(join(ROOT, 'dist/text'))) {
    if (/^(markup.*|edit|next-match)\.js$/.test(name)) copyFileSync(join(ROOT, 'dist/text', name), join(dir, 'text', name));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of ['decode-named-character-reference', 'character-entities']) {
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  return join(dir, 'text/markup.js');
}

const SCRIPT = (stage: string) => `
const { markupEdits } = await import(${JSON.stringify(pathToFileURL(stage).href)});
console.log(markupEdits(process.argv[1]).path);
try {
  markupEdits('<div>\\n*a*\\n</div>');
} catch (error) {
  console.log(error.code);
}
`;

describe('remark is loaded lazily', () => {
  it('is never loaded for text the fast path takes, and is loaded when needed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vbhc-markup-'));
    try {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT(stageWithoutRemark(dir)), SEED], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim().split('\n')).toEqual(['fast', 'MODULE_NOT_FOUND']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
