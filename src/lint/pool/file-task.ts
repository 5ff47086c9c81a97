import { InputError } from '../../io/input-error.js';
import { isLegacyEncoding } from '../../io/legacy/decode.js';
import { formatOf } from '../../io/formats.js';
import { decodeSource, type FileReader, type Source, readStdinBytes, STDIN_PATH, sourceFromBytes } from '../../io/source.js';
import { LintContext, lintFile } from '../engine.js';
import { createRegistry } from '../registry.js';
import type { FileResult, FileTask, RunSettings } from './protocol.js';

/** The argument that names standard input. */
export const STDIN_ARGUMENT = '-';

/** The context a run's files are linted in, built from plain settings (in a worker or in-process). */
export function contextOf({ registryEntries, ...options }: RunSettings): LintContext {
  return new LintContext(registryEntries ? { ...options, registry: createRegistry(registryEntries) } : options);
}

let crypto: Promise<typeof import('node:crypto')> | undefined;

/** A content hash of a file's bytes: the cache's test of "unchanged". node:crypto loads only for a run with a cache, once. */
export async function contentHash(bytes: Uint8Array): Promise<string> {
  const { createHash } = await (crypto ??= import('node:crypto'));
  return createHash('sha1').update(bytes).digest('hex');
}

/**
 * Reads and lints one file: a file into the run's reusable buffer (a synchronous read costs far
 * less than an asynchronous one on a CPU-bound run), standard input at its turn. Never throws: an
 * unreadable file and an internal error become results naming the file. Standard input is never
 * hashed or cached.
 */
export async function runTask(task: FileTask, reader: FileReader, context: LintContext, hashContent: boolean): Promise<FileResult> {
  const isStdin = task.path === STDIN_ARGUMENT;
  try {
    const data = isStdin ? await readStdinBytes() : reader.read(task.path);
    const hash = hashContent && !isStdin ? await contentHash(data) : undefined;
    const source = await sourceOf(data, isStdin ? STDIN_PATH : task.path);
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

/** Text is decoded into a string at once; a Word or PDF reader, working asynchronously, gets bytes of its own rather than the reader's buffer. */
function sourceOf(data: Uint8Array, path: string): Promise<Source> | Source {
  return formatOf(path, data) === 'text' ? decodeSource(data, path) : sourceFromBytes(new Uint8Array(data), path);
}
