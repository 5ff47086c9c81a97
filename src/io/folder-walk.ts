import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError } from './input-error.js';

/** Folders never searched: dependencies and version control. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git']);

export interface FolderListing {
  /** Files under the folder with one of the extensions, as `join(folder, relative)`, sorted by relative path. */
  files: string[];
  /** Subfolders that could not be read; the rest of the walk goes on. */
  problems: InputError[];
}

function describeFolderError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot search this folder: permission denied';
  if (code === 'ELOOP') return 'cannot search this folder: too many levels of symbolic links';
  return `cannot search this folder (${code ?? String(error)})`;
}

/** What an entry is, following a symbolic link; null for a broken link or anything else. */
async function entryKind(entry: Dirent, path: string): Promise<'file' | 'folder' | null> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return null;
  try {
    const target = await stat(path);
    return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/**
 * The files with the given extensions (case-insensitive) under a folder. Symbolic links are
 * followed, but each real folder is searched once, so a link back up the tree (a loop) adds
 * nothing; node_modules and .git are skipped; an unreadable subfolder is a problem named, not
 * the end of the walk.
 */
export async function listFolder(folder: string, extensions: readonly string[]): Promise<FolderListing> {
  const wanted = new Set(extensions.map((ext) => `.${ext.toLowerCase()}`));
  const found: string[] = [];
  const problems: InputError[] = [];
  const searched = new Set<string>([await realpath(folder)]);
  const pending = [''];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(join(folder, current), { withFileTypes: true });
    } catch (error) {
      problems.push(new InputError(join(folder, current), describeFolderError(error)));
      continue;
    }
    for (const entry of entries) {
      const path = current === '' ? entry.name : `${current}/${entry.name}`;
      const kind = await entryKind(entry, join(folder, path));
      if (kind === 'file' && wanted.has(extname(entry.name).toLowerCase())) found.push(path);
      if (kind !== 'folder' || SKIPPED_FOLDERS.has(entry.name)) continue;
      const real = await realpath(join(folder, path)).catch(() => null);
      if (real === null || searched.has(real)) continue;
      searched.add(real);
      pending.push(path);
    }
  }
  return { files: sorted(found).map((path) => join(folder, path)), problems };
}

function sorted(paths: readonly string[]): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
