import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintConfiguration } from '../../src/cli/lint-config.js';
import { decodeSource } from '../../src/io/source.js';
import { ConfigError } from '../../src/lint/config/config-error.js';
import { loadConfigFile } from '../../src/lint/config/load.js';
import { ConfigResolver } from '../../src/lint/config/resolve.js';
import { checkConfig } from '../../src/lint/config/schema.js';
import { LintRun } from '../../src/lint/engine.js';
import type { LintResult } from '../../src/lint/result.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const TREE = join(ROOT, 'fixtures/config/tree');
const DUPLICATE_WORDS = readFileSync(join(ROOT, 'fixtures/lint/text/duplicate-word/invalid.txt'));

function vbhc(args: string[], cwd = ROOT) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** A fresh folder with these files (parents made), whose own `.vbhcrc.json` search stops at `root: true` files inside it. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vbhc-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The problems a configuration file's text gets, as the CLI prints them. */
async function problemsOf(text: string): Promise<string[]> {
  const dir = tree({ '.vbhcrc.json': text });
  try {
    await loadConfigFile(join(dir, '.vbhcrc.json'), '.vbhcrc.json');
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((problem) => `${error.file}: ${problem}`);
  }
}

describe('configuration file checks', () => {
  it('accepts every key, severities as strings or [severity], and comments', async () => {
    const { settings, problems } = checkConfig({
      $schema: './vbhcrc.schema.json',
      root: true,
      rules: { 'citation/date-conflict': 'warning', 'text/duplicate-word': ['off'], 'directive/unused': 'error' },
      registry: 'registry.csv',
      ignorePatterns: ['drafts/'],
      lang: 'en',
      final: false,
    });
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      root: true,
      rules: { 'citation/date-conflict': 'warning', 'text/duplicate-word': 'off', 'directive/unused': 'error' },
      registry: 'registry.csv',
      ignorePatterns: ['drafts/'],
      lang: 'en',
      final: false,
    });
    expect(await problemsOf('{\n  // a comment\n  "rules": { /* here too */ "text/encoding": "error" }\n}\n')).toEqual([]);
  });

  it('names the key of each mistake and suggests what was meant', async () => {
    expect(
      await problemsOf(
        JSON.stringify({
          rules: { 'citation/date-conflit': 'error', 'text/encoding': 'warn', 'header/blank-number': ['warning', { strict: true }], 'made/up': 'off' },
          lnag: 'en',
          colour: true,
          lang: 'fr',
          final: 'yes',
          ignorePatterns: 'drafts/',
        }),
      ),
    ).toEqual([
      '.vbhcrc.json: ignorePatterns: expected an array, got "drafts/"',
      '.vbhcrc.json: lang: expected "vi" or "en", got "fr"',
      '.vbhcrc.json: final: expected a boolean, got "yes"',
      '.vbhcrc.json: lnag: unknown key; did you mean "lang"?',
      '.vbhcrc.json: colour: unknown key; expected one of root, rules, registry, ignorePatterns, lang, final',
      '.vbhcrc.json: rules."citation/date-conflit": unknown rule id; did you mean "citation/date-conflict"?',
      '.vbhcrc.json: rules."text/encoding": expected "off", "info", "warning" or "error", got "warn"',
      '.vbhcrc.json: rules."header/blank-number"[1]: header/blank-number takes no options',
      '.vbhcrc.json: rules."made/up": unknown rule id',
    ]);
  });

  it('gives line:column of a JSON syntax error', async () => {
    expect(await problemsOf('{\n  "rules": {\n    "text/encoding": "error",\n  }\n}\n')).toEqual(['.vbhcrc.json:4:3: not valid JSON: expected a key in double quotes']);
    expect(await problemsOf('{ "lang": "en" ')).toEqual(['.vbhcrc.json:1:16: not valid JSON: expected "}"']);
    expect(await problemsOf('[]')).toEqual(['.vbhcrc.json: expected a JSON object at the top level, got an array']);
  });
});

describe('configuration discovery', () => {
  const TREE_FILES = ['a.txt', 'strict/b.txt', 'strict/other.txt', 'strict/deeper/c.txt', 'quiet/d.txt'].map((file) => join(TREE, file));
  const resolver = async (options: { configFile?: string } = {}) => {
    const configs = await ConfigResolver.create({ cwd: ROOT, ...options });
    await configs.prepare([...TREE_FILES, '-']);
    return configs;
  };

  it('merges files from the folder upward, nearer over farther, and stops at root: true', async () => {
    const configs = await resolver();
    expect(configs.forFile(join(TREE, 'a.txt')).severities).toEqual({ 'text/duplicate-word': 'info' });
    const strict = configs.forFile(join(TREE, 'strict/deeper/c.txt'));
    expect(strict.severities).toEqual({ 'text/duplicate-word': 'error' });
    expect(strict).toMatchObject({ final: true, lang: 'en', registry: join(TREE, 'registry.json') });
    expect(strict.files).toEqual([join(TREE, '.vbhcrc.json'), join(TREE, 'strict/.vbhcrc.json')]);
    expect(configs.forFile(join(TREE, 'quiet/d.txt'))).toMatchObject({ lang: 'vi', severities: { 'text/duplicate-word': 'off' } });
  });

  it('resolves each folder once', async () => {
    const configs = await resolver();
    expect(configs.forFile(join(TREE, 'strict/b.txt'))).toBe(configs.forFile(join(TREE, 'strict/other.txt')));
  });

  it('with --config, one file applies to every input and nothing is searched', async () => {
    const configs = await resolver({ configFile: 'fixtures/config/tree/quiet/.vbhcrc.json' });
    expect(configs.forFile(join(TREE, 'strict/b.txt')).severities).toEqual({ 'text/duplicate-word': 'off' });
    expect(configs.forFile('-').files).toEqual([join(TREE, 'quiet/.vbhcrc.json')]);
  });

  it('a broken file above the one that says root: true is never read', async () => {
    const dir = tree({ '.vbhcrc.json': '{ broken', 'docs/.vbhcrc.json': '{ "root": true }', 'docs/a.txt': '' });
    const configs = await ConfigResolver.create({ cwd: dir });
    await configs.prepare([join(dir, 'docs/a.txt')]);
    expect(configs.forFile(join(dir, 'docs/a.txt')).files).toEqual([join(dir, 'docs/.vbhcrc.json')]);
    await expect(configs.prepare([join(dir, 'a.txt')])).rejects.toThrow(ConfigError);
  });

  it('gives each file its settings, with final', async () => {
    const configuration = await lintConfiguration({}, ROOT);
    await configuration.prepare(TREE_FILES);
    expect(configuration.settingsFor(join(TREE, 'strict/b.txt'))).toEqual({ severities: { 'text/duplicate-word': 'error' }, final: true });
    expect(configuration.settingsFor(join(TREE, 'a.txt'))).toEqual({ severities: { 'text/duplicate-word': 'info' } });
  });
});

describe('per-file severities in a run', () => {
  it('stamps file and document findings with the severity of their file', () => {
    const run = new LintRun({ lang: 'en' });
    run.add(decodeSource(DUPLICATE_WORDS, 'a.txt'), { severities: { 'text/duplicate-word': 'error' } });
    run.add(decodeSource(DUPLICATE_WORDS, 'b.txt'), { severities: { 'text/duplicate-word': 'off' } });
    run.add(decodeSource(DUPLICATE_WORDS, 'c.txt'));
    const severities = run.finish().map((result) => result.messages.filter((m) => m.ruleId === 'text/duplicate-word').map((m) => m.severity));
    expect(severities).toEqual([['error', 'error'], [], ['warning', 'warning']]);
  });

  it('stamps cross-file findings with the severity of the file they are reported in', () => {
    const folder = join(ROOT, 'fixtures/lint/citation/date-conflict/invalid-files');
    const run = new LintRun({ lang: 'en' });
    run.add(decodeSource(readFileSync(join(folder, 'a.txt')), 'a.txt'));
    run.add(decodeSource(readFileSync(join(folder, 'b.txt')), 'b.txt'), { severities: { 'citation/date-conflict': 'info' } });
    const conflicts = run.finish().flatMap((result) => result.messages.filter((m) => m.ruleId === 'citation/date-conflict').map((m) => `${result.filePath} ${m.severity}`));
    expect(conflicts).toEqual(['b.txt info']);
  });

  it('final in a file makes its blank number an error', () => {
    const blank = decodeSource(readFileSync(join(ROOT, 'fixtures/seeds/001_fef7328643f9545c.txt')), 'draft.txt');
    const severityOf = (settings: { final?: boolean }) => {
      const run = new LintRun({ lang: 'en' });
      run.add(blank, settings);
      return run.finish()[0]!.messages.find((m) => m.ruleId === 'header/blank-number')?.severity;
    };
    expect(severityOf({})).toBeUndefined();
    expect(severityOf({ final: true })).toBe('error');
  });
});

/** `file line severity` for each duplicate-word message, paths relative to the tree. */
function duplicateWords(results: readonly LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.filter((m) => m.ruleId === 'text/duplicate-word').map((m) => `${result.filePath.replace('fixtures/config/tree/', '')} ${m.line} ${m.severity}`),
  );
}

describe('vbhc lint with configuration', () => {
  it('lints each file under the configuration found from its folder up', () => {
    const run = vbhc(['lint', '-f', 'json', 'fixtures/config/tree']);
    expect(run.stderr).toBe('');
    const results: LintResult[] = JSON.parse(run.stdout);
    expect(results.map((result) => result.filePath.replace('fixtures/config/tree/', ''))).toEqual(['a.txt', 'quiet/d.txt', 'strict/b.txt', 'strict/deeper/c.txt']);
    expect(duplicateWords(results)).toEqual(['a.txt 19 info', 'a.txt 21 info', 'strict/b.txt 19 error', 'strict/b.txt 21 error', 'strict/deeper/c.txt 19 error', 'strict/deeper/c.txt 21 error']);
    expect(run.status).toBe(1);
  });

  it('takes lang from the configuration of the working folder; --lang wins', () => {
    const english = vbhc(['lint', 'a.txt'], TREE);
    expect(english.stdout).toContain('is written twice in a row');
    const vietnamese = vbhc(['lint', '--lang', 'vi', 'a.txt'], TREE);
    expect(vietnamese.stdout).not.toContain('is written twice in a row');
  });

  it('--config replaces discovery', () => {
    const run = vbhc(['lint', '-f', 'json', '--config', 'fixtures/config/tree/quiet/.vbhcrc.json', 'fixtures/config/tree/strict']);
    expect(duplicateWords(JSON.parse(run.stdout))).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('takes the registry from the configuration, relative to its folder; --registry wins', () => {
    const dir = tree({
      '.vbhcrc.json': '{ "root": true, "registry": "registers/agency.json" }',
      'registers/agency.json': readFileSync(join(ROOT, 'fixtures/registry/agency.json'), 'utf8'),
      'empty.json': '[]',
      'docs/cites.txt': readFileSync(join(ROOT, 'fixtures/registry/cites-agency.txt'), 'utf8'),
    });
    const mismatches = (args: string[]) =>
      (JSON.parse(vbhc(['lint', '-f', 'json', ...args], dir).stdout) as LintResult[]).flatMap((result) => result.messages.filter((m) => m.ruleId === 'citation/registry-mismatch'));
    expect(mismatches(['docs/cites.txt'])).toHaveLength(1);
    expect(mismatches(['--registry', 'empty.json', 'docs/cites.txt'])).toHaveLength(0);
  });

  it('a configuration mistake ends the run with exit 2 and one line per problem', () => {
    const dir = tree({ '.vbhcrc.json': '{ "root": true, "rules": { "text/duplicate-wrod": "error" } }', 'a.txt': DUPLICATE_WORDS.toString() });
    const run = vbhc(['lint', 'a.txt'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('vbhc: .vbhcrc.json: rules."text/duplicate-wrod": unknown rule id; did you mean "text/duplicate-word"?\n');
    const missing = vbhc(['lint', '--config', 'nowhere.json', 'a.txt'], dir);
    expect([missing.status, missing.stderr]).toEqual([2, 'vbhc: nowhere.json: no such file\n']);
  });
});
