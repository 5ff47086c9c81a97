import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/lint/result.js';
import { makeMixedFolder, ROOT, vbhc } from './pool-folder.js';

type LintFilesModule = typeof import('../../src/lint/pool/lint-files.js');
type WalkModule = typeof import('../../src/io/walk.js');

// Worker threads run the built files (dist/lint/pool/worker.js), so these tests drive the build.
const lintFilesModule = () => import(pathToFileURL(join(ROOT, 'dist/lint/pool/lint-files.js')).href) as Promise<LintFilesModule>;
const walkModule = () => import(pathToFileURL(join(ROOT, 'dist/io/walk.js')).href) as Promise<WalkModule>;

let folder: string;
let paths: string[];

beforeAll(async () => {
  folder = makeMixedFolder(150);
  paths = (await (await walkModule()).expandPaths([folder])).paths;
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Lints `paths` through the library; every file's completion and failure recorded. */
async function lintThrough(jobs: number, extra: Partial<Parameters<LintFilesModule['lintFiles']>[1]> = {}) {
  const { lintFiles } = await lintFilesModule();
  const done: string[] = [];
  const problems: string[] = [];
  const report = await lintFiles(paths, {
    settings: { lang: 'en' },
    jobs,
    poolMinBytes: 0,
    onFileDone: (path) => done.push(path),
    onUnreadable: (file, problem) => problems.push(`${file}: ${problem}`),
    onFailure: (file, problem) => problems.push(`${file}: failed: ${problem}`),
    ...extra,
  });
  return { report, results: [...report.results], done, problems };
}

let inProcess: ReturnType<typeof lintThrough> | undefined;
/** One in-process run, shared by the tests that compare with it. */
const inProcessRun = () => (inProcess ??= lintThrough(1));

describe('the worker pool', () => {
  it('gives the CLI the same JSON and stderr with --jobs 1 and --jobs 2, cross-file findings included', () => {
    const one = vbhc(['lint', folder, '-f', 'json', '--lang', 'en', '--jobs', '1']);
    const two = vbhc(['lint', folder, '-f', 'json', '--lang', 'en', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(one.status);
    expect(one.stderr).toContain('binary.txt');
    const results = JSON.parse(one.stdout) as LintResult[];
    const crossFile = results.flatMap((result) => result.messages.filter((message) => message.ruleId === 'citation/date-conflict' && message.related.some((related) => related.filePath !== result.filePath)));
    expect(crossFile.length).toBeGreaterThan(0);
    const locations = results.flatMap((result) => result.messages.map((message) => message.location ?? ''));
    expect(locations.some((location) => /\.docx:¶\d+$/.test(location))).toBe(true);
    expect(locations.some((location) => /\.pdf:p\d+:\d+$/.test(location))).toBe(true);
  });

  it('merges in input order whatever order the threads finish in (threads for this many files, in-process with one job)', async () => {
    const inProcess = await inProcessRun();
    // Each thread starts with two batches of one file: the first thread's are 0 and 1, the
    // second's 2 and 3. Holding file 0 back makes the second thread finish first.
    const held = await lintThrough(2, { batchSize: 1, testHooks: { delayMs: { [paths[0]!]: 800 } } });
    expect(inProcess.report.pooled).toBe(false);
    expect(held.report.pooled).toBe(true);
    expect(inProcess.done).toEqual(paths);
    expect(held.done).not.toEqual(paths);
    expect(held.done.indexOf(paths[0]!)).toBeGreaterThan(held.done.indexOf(paths[2]!));
    expect(held.results).toEqual(inProcess.results);
    expect(held.problems).toEqual(inProcess.problems);
  });

  it('turns a thread dying on one file into that file\'s error and lints the rest', async () => {
    const victim = paths[7]!;
    const whole = await inProcessRun();
    const crashed = await lintThrough(2, { batchSize: 4, testHooks: { crashOn: victim } });
    expect(crashed.problems.filter((problem) => problem.includes('failed'))).toEqual([expect.stringContaining(`${victim}: failed: the worker thread linting it stopped`)]);
    expect(crashed.results.map((result) => result.filePath)).toEqual(whole.results.map((result) => result.filePath).filter((path) => path !== victim));
    expect(crashed.done.length).toBe(paths.length);
  });

  it('fails the run, blaming no file, when a thread cannot even start', async () => {
    await expect(lintThrough(2, { testHooks: { failToStart: true } })).rejects.toThrow('a lint worker thread could not start (test failure to start)');
  });

  it('lints a folder smaller than POOL_MIN_BYTES in-process unless threads are asked for', async () => {
    const { POOL_MIN_BYTES } = await lintFilesModule();
    const byDefault = await lintThrough(2, { poolMinBytes: POOL_MIN_BYTES });
    expect(byDefault.report.pooled).toBe(false);
    expect(byDefault.results).toEqual((await inProcessRun()).results);
  });

  it('refuses --jobs 0 with a clear message', () => {
    const run = vbhc(['lint', folder, '--jobs', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--jobs');
  });
});
