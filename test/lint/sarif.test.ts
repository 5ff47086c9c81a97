import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import type { Log, Result } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReporterOptions } from '../../src/lint/reporters/reporter.js';
import { sarifReporter as sarifPieces } from '../../src/lint/reporters/sarif.js';
import type { LintMessage, LintResult } from '../../src/lint/result.js';
import { allRules } from '../../src/lint/rules/index.js';
import { wholeReport } from './whole-report.js';

const sarifReporter = wholeReport(sarifPieces);

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));

// The schema's language-tag pattern is not valid with the `u` flag Ajv uses by default.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(SCHEMA);

function schemaErrors(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((error: ErrorObject) => `${error.instancePath} ${error.message}`);
}

const options: ReporterOptions = { colorLevel: 0, lang: 'vi', rules: allRules.map((rule) => rule.meta), cwd: '/repo' };
const base: LintMessage = { ruleId: 'text/duplicate-word', severity: 'warning', message: 'x', line: 3, column: 5, endLine: 3, endColumn: 9, related: [] };

function result(filePath: string, messages: LintMessage[]): LintResult {
  return { filePath, messages, errorCount: 0, warningCount: messages.length, infoCount: 0 };
}

function firstResult(log: Log): Result {
  return log.runs[0]!.results![0]!;
}

describe('the vendored SARIF schema', () => {
  it('rejects what SARIF 2.1.0 forbids, so a pass means something', () => {
    const log = JSON.parse(sarifReporter([result('/repo/a.txt', [base])], options)) as Log;
    expect(schemaErrors(log)).toEqual([]);
    const badLevel = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    badLevel.runs[0]!.results[0]!.level = 'info';
    expect(schemaErrors(badLevel)).not.toEqual([]);
    const badColumns = { ...log, runs: [{ ...log.runs[0], columnKind: 'bytes' }] };
    expect(schemaErrors(badColumns)).not.toEqual([]);
  });
});

describe('sarif reporter', () => {
  it('describes every rule: descriptions, help from the rule docs, help URI, default level', () => {
    const driver = (JSON.parse(sarifReporter([], { ...options, lang: 'en' })) as Log).runs[0]!.tool.driver;
    expect(driver.name).toBe('vbhc');
    expect(driver.rules!.map((rule) => rule.id)).toEqual(allRules.map((rule) => rule.meta.id));
    const conflict = driver.rules![0]!;
    expect(conflict.shortDescription!.text).toBe(allRules[0]!.meta.description);
    expect(conflict.help!.text).toContain(`Basis: ${allRules[0]!.meta.docs.basis}`);
    expect(conflict.help!.markdown).toContain('```text\n' + allRules[0]!.meta.docs.bad + '\n```');
    expect(conflict.helpUri).toBe('https://github.com/vbhc/vbhc/blob/main/docs/rules.md#citation-date-conflict');
    expect(conflict.defaultConfiguration).toEqual({ level: 'error' });
    expect(driver.rules!.find((rule) => rule.id === 'header/blank-number')!.defaultConfiguration).toEqual({ enabled: false, level: 'error' });
  });

  it('describes the rules in Vietnamese under --lang vi, as code scanning titles its alerts with them', () => {
    const rules = (JSON.parse(sarifReporter([], options)) as Log).runs[0]!.tool.driver.rules!;
    expect(rules.find((rule) => rule.id === 'text/duplicate-word')!.shortDescription!.text).toBe('Một từ hoặc cụm từ ngắn bị viết lặp hai lần liền nhau');
    expect(rules[0]!.help!.markdown).toContain(`**Căn cứ:** ${allRules[0]!.meta.docs.basis}`);
  });

  it('maps severities to levels, info to note, and points each result at its rule', () => {
    const messages: LintMessage[] = [
      { ...base, severity: 'error', ruleId: 'header/missing-number' },
      base,
      { ...base, severity: 'info' },
    ];
    const log = JSON.parse(sarifReporter([result('/repo/a.txt', messages)], options)) as Log;
    const results = log.runs[0]!.results!;
    expect(results.map((item) => item.level)).toEqual(['error', 'warning', 'note']);
    for (const item of results) expect(log.runs[0]!.tool.driver.rules![item.ruleIndex!]!.id).toBe(item.ruleId);
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    expect(log.runs[0]!.language).toBe('vi');
  });

  it('gives relative, percent-encoded URIs under %SRCROOT%, and file: URLs outside it', () => {
    const files = ['/repo/dự thảo/a, b: 50% #1.txt', '/elsewhere/c.txt', '../up.txt', './x/../y.txt'];
    const log = JSON.parse(sarifReporter(files.map((file) => result(file, [base])), options)) as Log;
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    const [inside, outside, up, normalized] = log.runs[0]!.results!.map((item) => item.locations![0]!.physicalLocation!.artifactLocation!);
    expect(inside).toEqual({ uri: 'd%E1%BB%B1%20th%E1%BA%A3o/a%2C%20b%3A%2050%25%20%231.txt', uriBaseId: '%SRCROOT%' });
    expect(decodeURIComponent(inside!.uri!)).toBe('dự thảo/a, b: 50% #1.txt');
    expect(outside).toEqual({ uri: 'file:///elsewhere/c.txt' });
    expect(up).toEqual({ uri: 'file:///up.txt' });
    expect(normalized).toEqual({ uri: 'y.txt', uriBaseId: '%SRCROOT%' });
    expect(schemaErrors(log)).toEqual([]);
  });

  it('keeps related places and fixes', () => {
    const message: LintMessage = {
      ...base,
      related: [{ filePath: '/repo/b.txt', line: 10, column: 1, message: 'dated 1/2/2024 here' }],
      fix: { range: [40, 45], text: '' },
    };
    const item = firstResult(JSON.parse(sarifReporter([result('/repo/a.txt', [message])], options)) as Log);
    expect(item.locations![0]!.physicalLocation!.region).toEqual({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 });
    expect(item.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: 'b.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 10, startColumn: 1 } }, message: { text: 'dated 1/2/2024 here' } },
    ]);
    expect(item.fixes![0]!.artifactChanges[0]!.replacements[0]).toEqual({ deletedRegion: { charOffset: 40, charLength: 5 }, insertedContent: { text: '' } });
  });

  it('names the paragraph of a .docx finding instead of a region, and offers no fix there', () => {
    const message: LintMessage = { ...base, location: '/repo/a.docx:¶59', fix: { range: [1, 2], text: '' } };
    const item = firstResult(JSON.parse(sarifReporter([result('/repo/a.docx', [message])], options)) as Log);
    expect(item.message.text).toBe('x (¶59)');
    expect(item.locations![0]!.physicalLocation!.region).toBeUndefined();
    expect(item.fixes).toBeUndefined();
  });
});

describe('vbhc lint --format sarif --output', () => {
  let dir = '';
  let log: Log;
  let status: number | null = null;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vbhc-sarif-'));
    mkdirSync(join(dir, 'drafts'));
    copyFileSync(join(ROOT, 'fixtures/seeds/004_62c4785a12a18631.txt'), join(dir, 'drafts', 'Chợ Chu, bản 1.txt'));
    copyFileSync(join(ROOT, 'fixtures/lint/citation/year-mismatch/invalid.txt'), join(dir, 'drafts', 'year.txt'));
    copyFileSync(join(ROOT, 'fixtures/docx/seeds/004_62c4785a12a18631.docx'), join(dir, 'drafts', 'chu-chu.docx'));
    const run = spawnSync(BIN, ['lint', '--format', 'sarif', '--output', 'vbhc.sarif', 'drafts'], { cwd: dir, encoding: 'utf8' });
    status = run.status;
    expect(run.stdout).toBe('');
    log = JSON.parse(readFileSync(join(dir, 'vbhc.sarif'), 'utf8')) as Log;
  });

  it('writes a log valid against the SARIF 2.1.0 schema, and keeps the exit code', () => {
    expect(schemaErrors(log)).toEqual([]);
    expect(status).toBe(1);
  });

  it('holds every finding: errors, warnings, related places, fixes, .docx places', () => {
    const results = log.runs[0]!.results!;
    expect(results.some((item) => item.level === 'error' && item.ruleId === 'citation/year-mismatch')).toBe(true);
    expect(results.some((item) => item.relatedLocations?.length)).toBe(true);
    expect(results.some((item) => item.fixes?.length)).toBe(true);
    expect(results.some((item) => item.message.text?.includes('¶'))).toBe(true);
    expect(log.runs[0]!.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`${pathToFileURL(dir).href}/`);
    const uris = new Set(results.map((item) => item.locations![0]!.physicalLocation!.artifactLocation!.uri));
    expect(uris).toEqual(new Set(['drafts/Ch%E1%BB%A3%20Chu%2C%20b%E1%BA%A3n%201.txt', 'drafts/year.txt', 'drafts/chu-chu.docx']));
  });

  it('points a fix at the text it replaces', () => {
    const seed = readFileSync(join(ROOT, 'fixtures/seeds/004_62c4785a12a18631.txt'), 'utf8');
    const duplicate = log.runs[0]!.results!.find((item) => item.ruleId === 'text/duplicate-word')!;
    const { deletedRegion } = duplicate.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    expect(seed.slice(deletedRegion.charOffset!, deletedRegion.charOffset! + deletedRegion.charLength!).trim()).toBe('ngày');
  });

  it('says which file it could not write, with exit 2', () => {
    const run = spawnSync(BIN, ['lint', '--format', 'sarif', '--output', 'missing/vbhc.sarif', 'drafts'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('vbhc: missing/vbhc.sarif: cannot write the report: its folder does not exist\n');
  });
});
