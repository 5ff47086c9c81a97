import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { LegacyEncoding } from '../../io/legacy/decode.js';
import { FileReader } from '../../io/source.js';
import type { FileSettings, LintContext } from '../engine.js';
import { detached } from '../detached.js';
import { LintRun } from '../engine.js';
import type { LintCache } from '../cache.js';
import type { LintResult } from '../result.js';
import { contentHash, contextOf, runTask, STDIN_ARGUMENT } from './file-task.js';
import type { FileResult, FileTask, RunSettings, WorkerTestHooks } from './protocol.js';

/**
 * Below this much input the worker threads cost more than they save: lint in-process. Each
 * thread warms V8 up on its own, and two threads give only ~1.3x one on a 2-core machine.
 * Measured (shared generated corpus, quiet machine, wall time in-process / two threads):
 * 18.7 MB 2.61 / 2.72 s, 30 MB 3.74 / 3.50 s, 42 MB 4.1 / 3.95 s, 125 MB 11.1 / 8.4 s.
 */
export const POOL_MIN_BYTES = 24_000_000;

/**
 * Whether the files hold `bytes` or more; stops adding sizes as soon as they do. Synchronous:
 * thousands of awaited stats, one after another, cost a tenth of a second before any work starts.
 */
function holdsAtLeast(paths: readonly string[], bytes: number): boolean {
  let total = 0;
  for (const path of paths) {
    total += sizeOf(path);
    if (total >= bytes) return true;
  }
  return false;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // unreadable: its turn reports it
  }
}

/** `--jobs` default: one worker per CPU. */
export function defaultJobs(): number {
  return availableParallelism();
}

export interface LintFilesOptions {
  settings: RunSettings;
  /** Worker threads; 1 lints in-process. */
  jobs: number;
  /** Threads start only for this much input or more; `POOL_MIN_BYTES` by default. */
  poolMinBytes?: number;
  /** Each file's own settings (configuration found near it). */
  settingsFor?: (path: string) => FileSettings;
  cache?: LintCache;
  /** Each file as it is done, in the order the work finishes: for a progress display. */
  onFileDone?: (path: string, bytes: number) => void;
  /** Each file converted from a legacy encoding (by its path, `-` for standard input), in input order. */
  onConverted?: (file: string, encoding: LegacyEncoding) => void;
  /** Each file that could not be read or decoded, in input order. */
  onUnreadable: (file: string, problem: string) => void;
  /** Each file whose linting failed inside vbhc, in input order. */
  onFailure: (file: string, problem: string, stack: string | undefined) => void;
  batchSize?: number;
  /** Only tests set these. */
  testHooks?: WorkerTestHooks;
}

export interface LintFilesReport {
  /** Each file's result, rendered as it is read (once): see `LintRun.finishEach`. */
  results: Iterable<LintResult>;
  /** Files parsed and linted this run. */
  linted: number;
  /** Files whose outcome came from the cache. */
  reused: number;
  /** Whether worker threads did the per-file work. */
  pooled: boolean;
}

/**
 * Lints files: the per-file stage in-process or on worker threads, the outcomes merged in input
 * order (so the output is the same whatever order the threads finish in), then the cross-file
 * rules over every file, cached or not.
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions): Promise<LintFilesReport> {
  const { settings, cache } = options;
  const context = contextOf(settings);
  const run = new LintRun(context.options);
  const tasks: FileTask[] = paths.map((path, index) => ({ index, path, settings: options.settingsFor?.(path) ?? {} }));
  const report: LintFilesReport = { results: [], linted: 0, reused: 0, pooled: false };

  const merge = (task: FileTask, result: FileResult) => {
    switch (result.kind) {
      case 'linted':
        report.linted++;
        if (result.convertedFrom) options.onConverted?.(task.path, result.convertedFrom);
        run.addOutcome(result.outcome);
        if (cache && result.hash !== undefined) cache.store(task.path, result.hash, task.settings, result.outcome, result.convertedFrom);
        break;
      case 'unchanged':
        report.reused++;
        if (result.convertedFrom) options.onConverted?.(task.path, result.convertedFrom);
        run.addOutcome(result.outcome);
        break;
      case 'unreadable':
        options.onUnreadable(result.file, result.problem);
        break;
      case 'failed':
        options.onFailure(result.file, result.problem, result.stack);
    }
  };

  const pending: (FileResult | undefined)[] = new Array(tasks.length);
  let next = 0;
  const accept = (task: FileTask, result: FileResult) => {
    pending[task.index] = result;
    options.onFileDone?.(task.path, result.kind === 'linted' || result.kind === 'unchanged' ? result.bytes : 0);
    for (let ready = pending[next]; ready !== undefined; ready = pending[next]) {
      pending[next] = undefined;
      merge(tasks[next]!, ready);
      next++;
    }
  };

  const hashContent = cache !== undefined;
  const toLint = cache ? await acceptUnchanged(tasks, cache, accept) : tasks;
  const lintPaths = toLint.map((task) => task.path);
  const pooled = options.jobs > 1 && toLint.length > 1 && !paths.includes(STDIN_ARGUMENT) && holdsAtLeast(lintPaths, options.poolMinBytes ?? POOL_MIN_BYTES);
  if (pooled) {
    report.pooled = true;
    // Loaded only here: a run that stays in-process (one small file, say) never loads worker_threads.
    const { DEFAULT_BATCH_SIZE, runInPool } = await import('./pool.js');
    const setup = options.testHooks ? { settings, hashContent, testHooks: options.testHooks } : { settings, hashContent };
    await runInPool(toLint, setup, { jobs: options.jobs, batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE }, accept);
  } else {
    await runInProcess(toLint, context, hashContent, accept);
  }
  report.results = run.finishEach();
  return report;
}

/** Lints the files one after another here. */
async function runInProcess(
  tasks: readonly FileTask[],
  context: LintContext,
  hashContent: boolean,
  accept: (task: FileTask, result: FileResult) => void,
): Promise<void> {
  const reader = new FileReader();
  for (const task of tasks) accept(task, detached(await runTask(task, reader, context, hashContent)));
}

/**
 * Hashes, here and now, each file the cache holds an outcome for, and accepts the ones unchanged
 * since; returns the tasks left to lint (a file that cannot be read among them: its turn says
 * why). A re-run over thousands of cached files then starts no thread and reads each file once.
 */
async function acceptUnchanged(tasks: readonly FileTask[], cache: LintCache, accept: (task: FileTask, result: FileResult) => void): Promise<FileTask[]> {
  const reader = new FileReader();
  const left: FileTask[] = [];
  for (const task of tasks) {
    const unchanged = task.path === STDIN_ARGUMENT ? undefined : await unchangedResult(task, cache, reader);
    if (unchanged) accept(task, unchanged);
    else left.push(task);
  }
  return left;
}

async function unchangedResult({ path, settings }: FileTask, cache: LintCache, reader: FileReader): Promise<FileResult | undefined> {
  const hash = cache.hashOf(path, settings);
  if (hash === undefined) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = reader.read(path);
  } catch {
    return undefined;
  }
  if ((await contentHash(bytes)) !== hash) return undefined;
  const outcome = cache.outcomeOf(path);
  if (!outcome) return undefined;
  const convertedFrom = cache.convertedFromOf(path);
  return convertedFrom ? { kind: 'unchanged', bytes: bytes.length, outcome, convertedFrom } : { kind: 'unchanged', bytes: bytes.length, outcome };
}
