import { randomBytes } from 'node:crypto';
import { chmod, chown, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../io/input-error.js';
import { LEGACY_ENCODING_NAMES, type LegacyEncoding } from '../../io/legacy/decode.js';
import { type Source, STDIN_PATH } from '../../io/source.js';

/** Encodings vbhc decodes without loss, so it can write the same bytes form back. */
const WRITABLE_ENCODINGS: ReadonlySet<string> = new Set(['utf-8', 'utf-16le', 'utf-16be']);

/** Why a source cannot be written back, or null when it can. */
export function whyNotWritable(source: Source): string | null {
  if (source.path === STDIN_PATH) return '--fix writes files, and standard input is not one; --fix-dry-run shows the fixes as a diff';
  if (source.format !== undefined) return `vbhc fixes text files only, not .${source.format}`;
  if (!WRITABLE_ENCODINGS.has(source.encoding)) {
    const name = LEGACY_ENCODING_NAMES[source.encoding as LegacyEncoding] ?? source.encoding;
    return `it was converted from ${name}; vbhc writes back only UTF-8 and UTF-16 files (save it as UTF-8 first)`;
  }
  return null;
}

/** A text in a source's encoding, with its BOM. */
export function encodeLike(source: Source, text: string): Buffer {
  switch (source.encoding) {
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      return Buffer.concat([Buffer.from(source.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
  }
}

export interface WriteHooks {
  /** Runs after the new content is in the temporary file, before the original is checked and replaced (tests change the file here). */
  beforeReplace?: () => Promise<void> | void;
}

async function checkUnchanged(path: string, source: Source): Promise<void> {
  const current = await readFile(path);
  if (!current.equals(encodeLike(source, source.text))) {
    throw new InputError(source.path, 'not fixed: the file changed since vbhc read it; run vbhc again');
  }
}

/** Gives the new file the old one's owner and group where the system allows it (root may; others keep their own). */
async function keepOwner(path: string, uid: number, gid: number): Promise<void> {
  try {
    await chown(path, uid, gid);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
  }
}

/**
 * Replaces a text file's content by `text` without a moment where it is half written: the
 * new bytes go to a temporary file beside it (same file system), which takes the file's
 * permission bits (and owner, where allowed) and is renamed over it. Encoding and BOM are the source's. Refuses, with an
 * InputError, when the file's bytes are no longer those the source was decoded from (an
 * editor saved it meanwhile). A symbolic link is followed and the file it names replaced.
 */
export async function writeFixedFile(source: Source, text: string, hooks: WriteHooks = {}): Promise<void> {
  const reason = whyNotWritable(source);
  if (reason !== null) throw new InputError(source.path, `not fixed: ${reason}`);
  let target: string;
  let original: { mode: number; uid: number; gid: number };
  try {
    target = await realpath(source.path);
    original = await stat(target);
  } catch (error) {
    throw new InputError(source.path, `not fixed: cannot read it again (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.vbhc-fix`);
  try {
    const mode = original.mode & 0o7777;
    await writeFile(temporary, encodeLike(source, text), { flag: 'wx', mode });
    await chmod(temporary, mode);
    await keepOwner(temporary, original.uid, original.gid);
    await hooks.beforeReplace?.();
    await checkUnchanged(target, source);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof InputError) throw error;
    throw new InputError(source.path, `not fixed: cannot write it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
