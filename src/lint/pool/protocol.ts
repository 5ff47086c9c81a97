import type { LegacyEncoding } from '../../io/legacy/decode.js';
import type { FileOutcome, FileSettings, LintOptions } from '../engine.js';
import type { RegistryEntry } from '../registry.js';

/** Run-wide settings as plain data, so worker threads and the cache key can take them. */
export interface RunSettings extends Omit<LintOptions, 'registry' | 'rules'> {
  /** The registry's entries; the built-in registry when absent. */
  registryEntries?: readonly RegistryEntry[];
}

/** One file to lint: its place in the input order and its settings. */
export interface FileTask {
  index: number;
  path: string;
  settings: FileSettings;
}

/** What became of one file. */
export type FileResult =
  | { kind: 'linted'; outcome: FileOutcome; bytes: number; hash?: string; convertedFrom?: LegacyEncoding }
  /** Its bytes hash to what the cache holds: the cached outcome stands (found before any linting starts, on the main thread). */
  | { kind: 'unchanged'; bytes: number; outcome: FileOutcome; convertedFrom?: LegacyEncoding }
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
 * Worker → main thread: ready (its modules loaded), or a batch done, which also asks for another:
 * its files' results in the batch's order, each as JSON. JSON because V8 writes and reads it
 * several times faster than postMessage clones the same object tree, and the workers are the busy
 * side; one string per file, since strings over 128 KB each take a mapping of their own (one
 * string per batch: 1.2 → 1.95 s system time). One message per batch, not per file: 10,000
 * documents on two threads ran 7% faster (8.2–8.6 → 7.6–7.8 s, 1.4 s less CPU), the main thread
 * woken 16 times less often.
 */
export type FromWorker = { type: 'ready' } | { type: 'done'; results: string[] };
