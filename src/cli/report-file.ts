import { writeAtomically } from '../io/atomic-write.js';
import { encoded } from '../io/encoded.js';

/**
 * Writes a report whole or not at all (a CI upload step or an editor never sees half of it),
 * in batches as its pieces come, so the report is never held whole.
 */
export function writeReportFile(path: string, pieces: Iterable<string>): Promise<void> {
  return writeAtomically(path, encoded(pieces));
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** Whether an error came from the file system (it has an errno code), not from rendering the report. */
export function isWriteError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}

/** `cannot write the report: its folder does not exist`, for the one-line message naming the file. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
  return `cannot write the report: ${reason}`;
}
