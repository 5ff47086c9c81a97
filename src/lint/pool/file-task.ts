import { InputError } from '../../io/input-error.js';
import { isLegacyEncoding } from '../../io/legacy/decode.js';
import { readBytesSync, readStdinBytes, STDIN_PATH, sourceFromBytes } from '../../io/source.js';
import { LintContext, lintFile } from '../engine.js';
import { createRegistry } from '../registry.js';
import type { FileResult, FileTask, RunSettings } from './protocol.js';

/** The argument that names standard input. */
export const STDIN_ARGUMENT = '-';

/** The context a run's files are linted in, built from plain settings (in a worker or in-process). */
export function contextOf({ registryEntries, ...options }: RunSettings): LintContext {
  return new LintContext(registryEntries ? { ...options, registry: createRegistry(registryEntries) } : options);
}

/** A content hash of a file's bytes: the cache's test of "unchanged". node:crypto loads only for a run with a cache. */
async function contentHash(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Starts reading standard input, so that it overlaps linting the files before it; reads a file at
 * once, since a synchronous read costs far less than an asynchronous one on a CPU-bound run.
 */
export function startRead(path: string): Promise<Uint8Array> {
  const bytes = path === STDIN_ARGUMENT ? readStdinBytes() : readNow(path);
  bytes.catch(() => undefined); // handled when the file's turn comes; not an unhandled rejection meanwhile
  return bytes;
}

function readNow(path: string): Promise<Uint8Array> {
  try {
    return Promise.resolve(readBytesSync(path));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Lints one file from its bytes (being read since `startRead`). Never throws: an unreadable file
 * and an internal error become results naming the file. Standard input is never hashed or cached.
 */
export async function runTask(task: FileTask, bytes: Promise<Uint8Array>, context: LintContext, hashContent: boolean): Promise<FileResult> {
  const isStdin = task.path === STDIN_ARGUMENT;
  try {
    const data = await bytes;
    const hash = hashContent && !isStdin ? await contentHash(data) : undefined;
    if (hash !== undefined && hash === task.cachedHash) return { kind: 'unchanged', bytes: data.length };
    const source = await sourceFromBytes(data, isStdin ? STDIN_PATH : task.path);
    const linted: Extract<FileResult, { kind: 'linted' }> = { kind: 'linted', outcome: lintFile(source, task.settings, context), bytes: data.length };
    if (hash !== undefined) linted.hash = hash;
    if (isLegacyEncoding(source.encoding)) linted.convertedFrom = source.encoding;
    return linted;
  } catch (error) {
    if (error instanceof InputError) return { kind: 'unreadable', file: error.file, problem: error.problem };
    const failure: FileResult = { kind: 'failed', file: task.path, problem: error instanceof Error ? error.message : String(error) };
    if (error instanceof Error && error.stack) failure.stack = error.stack;
    return failure;
  }
}
