import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheKey, LintCache } from '../../src/lint/cache.js';
import type { FileSettings } from '../../src/lint/engine.js';
import { lintFiles } from '../../src/lint/pool/lint-files.js';
import type { RunSettings } from '../../src/lint/pool/protocol.js';
import type { LintResult } from '../../src/lint/result.js';
import { allRules } from '../../src/lint/rules/index.js';
import { ROOT, vbhc } from './pool-folder.js';

const CONFLICT = join(ROOT, 'fixtures/lint/citation/date-conflict/invalid-files');
const RULE_IDS = allRules.map((rule) => rule.meta.id);

let folder: string;
let a: string;
let b: string;
let location: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'vbhc-cache-'));
  a = join(folder, 'a.txt');
  b = join(folder, 'b.txt');
  location = join(folder, '.vbhccache');
  copyFileSync(join(CONFLICT, 'a.txt'), a);
  copyFileSync(join(CONFLICT, 'b.txt'), b);
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The cache file's lines after its header, each split into its head (parsed) and its outcome's text. */
function cacheLines(): Array<{ head: { path: string; convertedFrom?: string }; outcome: string }> {
  return readFileSync(location, 'latin1')
    .split('\n')
    .slice(1, -1)
    .map((line) => ({ head: JSON.parse(line.slice(0, line.indexOf('\t'))) as { path: string }, outcome: line.slice(line.indexOf('\t') + 1) }));
}

/** One run with the cache at `location`, saved afterwards: what was linted, what was reused, the notes. */
async function cachedRun(settings: RunSettings = {}, settingsFor?: (path: string) => FileSettings, jobs = 1) {
  const notes: string[] = [];
  const runSettings: RunSettings = { lang: 'en', ...settings };
  const { cache, note } = await LintCache.load(location, cacheKey(runSettings, RULE_IDS));
  if (note) notes.push(note);
  const report = await lintFiles([a, b], {
    settings: runSettings,
    jobs,
    poolMinBytes: 0,
    cache,
    ...(settingsFor ? { settingsFor } : {}),
    onUnreadable: (file, problem) => notes.push(`${file}: ${problem}`),
    onFailure: (file, problem) => notes.push(`${file}: ${problem}`),
  });
  await cache.save();
  return { ...report, results: [...report.results], notes };
}

const conflictsIn = (results: readonly LintResult[], path: string) =>
  results.find((result) => result.filePath === path)!.messages.filter((message) => message.ruleId === 'citation/date-conflict');

describe('the lint cache', () => {
  it('reuses unchanged files on the second run, with the same results', async () => {
    const first = await cachedRun();
    expect([first.linted, first.reused]).toEqual([2, 0]);
    const second = await cachedRun();
    expect([second.linted, second.reused]).toEqual([0, 2]);
    expect(second.results).toEqual(first.results);
    expect(conflictsIn(second.results, b)).toHaveLength(1);
  });

  it('still runs the cross-file checks over cached files when one file changed', async () => {
    await cachedRun();
    // a.txt now cites 407/QĐ-TTg with b.txt's date: the conflict b.txt (cached) had is gone.
    writeFileSync(a, readFileSync(a, 'utf8').replace('407/QĐ-TTg ngày 30/3/2022', '407/QĐ-TTg ngày 31/3/2022'));
    const agreeing = await cachedRun();
    expect([agreeing.linted, agreeing.reused]).toEqual([1, 1]);
    expect(conflictsIn(agreeing.results, b)).toHaveLength(0);
    // And back: the conflict returns in b.txt, which is still not re-linted.
    copyFileSync(join(CONFLICT, 'a.txt'), a);
    const conflicting = await cachedRun();
    expect([conflicting.linted, conflicting.reused]).toEqual([1, 1]);
    expect(conflictsIn(conflicting.results, b)).toHaveLength(1);
  });

  it('lints every file again when the run settings or a file\'s own settings change, not for another language', async () => {
    await cachedRun();
    expect((await cachedRun({ lang: 'vi' })).reused).toBe(2);
    expect((await cachedRun({ final: true })).linted).toBe(2);
    const quieter = await cachedRun({ final: true }, (path) => (path === a ? { severities: { 'text/duplicate-word': 'off' } } : {}));
    expect([quieter.linted, quieter.reused]).toEqual([1, 1]);
  });

  it('ignores a damaged cache with a note, and replaces it', async () => {
    await cachedRun();
    const whole = readFileSync(location, 'latin1');
    for (const damaged of [whole.slice(0, -20), whole.replace('\t', ' '), '{ not json', `${whole}garbage\n`]) {
      writeFileSync(location, damaged, 'latin1');
      const run = await cachedRun();
      expect([run.notes, run.linted]).toEqual([[expect.stringContaining('damaged or not a vbhc cache')], 2]);
      expect((await cachedRun()).reused).toBe(2);
    }
  });

  it('lints again, without a note, a file whose entry holds no outcome after all; reuses the rest', async () => {
    await cachedRun();
    const [first] = cacheLines();
    writeFileSync(location, readFileSync(location, 'latin1').replace(first!.outcome, '{"findings":3}'), 'latin1');
    const run = await cachedRun();
    expect([run.notes, run.linted, run.reused]).toEqual([[], 1, 1]);
  });

  it('lints every file again, without a note, from a cache in another format', async () => {
    for (const other of ['{"format": 1, "key": "x", "files": {}}', '{"format":2,"key":"x","files":{}}']) {
      writeFileSync(location, other);
      const run = await cachedRun();
      expect([run.notes, run.linted]).toEqual([[], 2]);
    }
  });

  it('writes the cache again only when an entry changed, the lines of the others as they were', async () => {
    await cachedRun();
    const written = statSync(location).ino;
    const before = cacheLines();
    expect((await cachedRun()).reused).toBe(2);
    expect(statSync(location).ino).toBe(written);
    appendFileSync(b, '\n');
    expect((await cachedRun()).linted).toBe(1);
    expect(statSync(location).ino).not.toBe(written);
    const after = cacheLines();
    expect(after.find((line) => line.head.path === a)).toEqual(before.find((line) => line.head.path === a));
    expect(after.find((line) => line.head.path === b)).not.toEqual(before.find((line) => line.head.path === b));
  });

  it('is written in ASCII, one line per file, and reads back to the same outcomes', async () => {
    const first = await cachedRun();
    expect(readFileSync(location, 'latin1')).toMatch(/^[\x00-\x7f]*$/);
    expect(cacheLines().map((line) => line.head.path)).toEqual([a, b]);
    const { cache } = await LintCache.load(location, cacheKey({ lang: 'en' }, RULE_IDS));
    expect(cache.outcomeOf(a)?.instruments.length).toBeGreaterThan(0);
    expect((await cachedRun()).results).toEqual(first.results);
  });

  it('finds unchanged files before any linting: a re-run where none changed starts no thread', async () => {
    await cachedRun();
    const rerun = await cachedRun({}, undefined, 2);
    expect([rerun.pooled, rerun.reused]).toEqual([false, 2]);
    appendFileSync(a, '\n');
    const changed = await cachedRun({}, undefined, 2);
    expect([changed.pooled, changed.linted, changed.reused]).toEqual([false, 1, 1]); // one file to lint: no thread pays
  });

  it('keeps the conversion from a legacy encoding: a reused legacy file gets its stderr line again', () => {
    const legacy = join(folder, 'cu.txt');
    writeFileSync(legacy, Buffer.from('C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\nQuy\xd5t \xae\xdenh v\xd2 vi\xd6c ban h\xb5nh\n', 'latin1'));
    const args = ['lint', legacy, '-f', 'json', '--cache', '--cache-location', location];
    const first = vbhc(args);
    expect(first.stderr).toMatch(/^vbhc: .*cu\.txt: converted from [^;]+; save it as UTF-8\n$/);
    const second = vbhc(args);
    expect(cacheLines().find((line) => line.head.path === legacy)?.head.convertedFrom).toBeDefined();
    expect(second.stderr).toBe(first.stderr);
    expect(second.stdout).toBe(first.stdout);
  });

  it('works from the CLI: --cache --cache-location, same output, the file written', () => {
    const args = ['lint', a, b, '-f', 'json', '--lang', 'en', '--cache', '--cache-location', location];
    const first = vbhc(args);
    expect(existsSync(location)).toBe(true);
    appendFileSync(a, '\n');
    const second = vbhc(args);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
    expect(cacheLines().map((line) => line.head.path)).toContain(b);
  });
});
