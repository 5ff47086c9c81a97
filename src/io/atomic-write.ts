import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file through a temporary file beside it and a rename, so that a reader sees the old
 * file or the whole new one, never half of it. The pieces are written as they come, so the text
 * is never held whole; on failure the temporary file is removed and the error passed on.
 */
export async function writeAtomically(path: string, pieces: Iterable<Uint8Array>): Promise<void> {
  const { randomBytes } = await import('node:crypto'); // not loaded by a run that writes no file
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await open(temporary, 'wx');
    try {
      for (const piece of pieces) await file.write(piece);
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
