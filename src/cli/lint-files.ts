import { InvalidArgumentError } from 'commander';
import { InputError } from '../io/input-error.js';
import { conversionNotice } from '../io/legacy/decode.js';
import { STDIN_PATH } from '../io/source.js';
import type { FileSettings } from '../lint/engine.js';
import { defaultJobs, lintFiles } from '../lint/pool/lint-files.js';
import type { RunSettings } from '../lint/pool/protocol.js';
import type { LintResult } from '../lint/result.js';
import { allRules } from '../lint/rules/index.js';
import { reportFileFailure } from './file-failure.js';
import { reportInputError } from './inputs.js';
import { writeErr } from './output.js';
import { startProgress } from './progress.js';

export interface LintPathsOptions {
  settings: RunSettings;
  /** `--jobs`; one per CPU when absent. */
  jobs?: number;
  /** `--cache`. */
  cache?: boolean;
  /** `--cache-location`. */
  cacheLocation?: string;
  /** `--quiet`: no progress display either. */
  quiet?: boolean;
  settingsFor?: (path: string) => FileSettings;
}

/**
 * The lint command's run over its input files: worker threads, cache and progress display as
 * asked; unreadable files and per-file failures reported on stderr, one line each. The results
 * are rendered as they are read (once).
 */
export async function lintPaths(paths: readonly string[], options: LintPathsOptions): Promise<Iterable<LintResult>> {
  const cache = options.cache ? await loadCache(options) : undefined;
  const progress = startProgress(paths.length, { quiet: options.quiet ?? false });
  try {
    const report = await lintFiles(paths, {
      settings: options.settings,
      jobs: options.jobs ?? defaultJobs(),
      // `--jobs N` asks for threads whatever the input's size; by default they start only where they pay.
      ...(options.jobs !== undefined ? { poolMinBytes: 0 } : {}),
      ...(options.settingsFor ? { settingsFor: options.settingsFor } : {}),
      ...(cache ? { cache } : {}),
      ...(progress ? { onFileDone: (_path: string, bytes: number) => progress.fileDone(bytes) } : {}),
      onConverted: (file, encoding) => writeErr(`vbhc: ${conversionNotice(file === '-' ? STDIN_PATH : file, encoding)}\n`),
      onUnreadable: (file, problem) => reportInputError(new InputError(file, problem)),
      onFailure: (file, problem, stack) => reportFileFailure(file, 'linting', problem, stack),
    });
    await cache?.save().catch((error: unknown) => {
      writeErr(`vbhc: ${cache.location}: cannot write the cache (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    });
    return report.results;
  } finally {
    progress?.end();
  }
}

async function loadCache(options: LintPathsOptions) {
  const { cacheKey, DEFAULT_CACHE_LOCATION, LintCache } = await import('../lint/cache.js');
  const key = cacheKey(options.settings, allRules.map((rule) => rule.meta.id));
  const { cache, note } = await LintCache.load(options.cacheLocation ?? DEFAULT_CACHE_LOCATION, key);
  if (note) writeErr(`vbhc: ${note}\n`);
  return cache;
}

/** `--jobs`: a whole number of threads, 1 or more. */
export function parseJobs(value: string): number {
  if (!/^\d{1,4}$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of threads, 1 or more');
  return Number(value);
}
