import type { LegacyEncoding } from '../../io/legacy/decode.js';
import type { FileOutcome, FileSettings, LintOptions } from '../engine.js';
import type { RegistryEntry } from '../registry.js';

/** Run-wide settings as plain data, so worker threads and the cache key can take them. */
export interface RunSettings extends Omit<LintOptions, 'registry' | 'rules'> {
  /** The registry's entries; the built-in registry when absent. */
  registryEntries?: readonly RegistryEntry[];
}

/** One file to lint: its place in the input order, its settings, and the content hash the cache holds for it. */
export interface FileTask {
  index: number;
  path: string;
  settings: FileSettings;
  cachedHash?: string;
}

/** What became of one file. */
export type FileResult =
  | { kind: 'linted'; outcome: FileOutcome; bytes: number; hash?: string; convertedFrom?: LegacyEncoding }
  /** Its bytes hash to what the cache holds: the cached outcome stands. */
  | { kind: 'unchanged'; bytes: number }
  /** An InputError: the file could not be read or decoded. */
  | { kind: 'unreadable'; file: string; problem: string }
  /** An internal error while linting this file (or the worker linting it stopped). */
  | { kind: 'failed'; file: string; problem: string; stack?: string };

/** Only tests set these: they make a worker slow down or crash on chosen files. */
export interface WorkerTestHooks {
  /** Milliseconds to wait before sending a file's result, by path. */
  delayMs?: Readonly<Record<string, number>>;
  /** A path whose turn makes the worker thread die of an uncaught exception. */
  crashOn?: string;
  /** Makes the worker thread die before it is ready. */
  failToStart?: boolean;
}

export interface WorkerSetup {
  settings: RunSettings;
  hashContent: boolean;
  testHooks?: WorkerTestHooks;
}

/** Main thread → worker: a batch of files, or null when there is no more work. */
export type ToWorker = FileTask[] | null;

/**
 * Worker → main thread: ready (its modules loaded), one file's result (in the order of its batch)
 * as JSON, or a request for another batch. JSON because V8 writes and reads it several times faster than postMessage clones
 * the same object tree, and the workers are the busy side.
 */
export type FromWorker = { type: 'ready' } | { type: 'result'; index: number; json: string } | { type: 'want' };
