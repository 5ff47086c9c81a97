import { stat } from 'node:fs/promises';
import { normalize } from 'node:path';
import { SUPPORTED_EXTENSIONS } from './formats.js';
import { listFolder } from './folder-walk.js';
import type { IgnoreRules } from './ignore.js';
import { InputError } from './input-error.js';

/** What a folder is searched for. */
export const DOCUMENT_EXTENSIONS = SUPPORTED_EXTENSIONS;

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface ExpandedPaths {
  /** Files to read, in the order given (each folder and glob sorted); `-` is standard input. */
  paths: string[];
  /** Arguments that named nothing to read. */
  errors: InputError[];
  /** Files named on the command line, and folders whose every file, that ignore patterns skip. */
  ignored: string[];
}

export interface ExpandOptions {
  /** What `.vbhcignore`, configuration and `--ignore-pattern` skip; nothing when absent (`--no-ignore`). */
  ignore?: IgnoreRules;
}

function sorted(paths: readonly string[]): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    // Unreadable: let the reader name the problem.
    return 'file';
  }
}

/** fast-glob loads only for folders and patterns: `vbhc lint one.txt` starts faster without it. */
async function fastGlob() {
  return (await import('fast-glob')).default;
}

/**
 * Symbolic links are not followed by patterns: `**` through a link back up the tree would
 * search without end. An unreadable folder ends the search with its name.
 */
async function filesMatching(pattern: string): Promise<{ files: string[]; problem?: InputError }> {
  const fg = await fastGlob();
  try {
    return { files: sorted(await fg(pattern, { ignore: ALWAYS_IGNORED, onlyFiles: true, followSymbolicLinks: false })) };
  } catch (error) {
    const { code, path } = error as NodeJS.ErrnoException;
    return { files: [], problem: new InputError(path ?? pattern, `cannot search (${code ?? String(error)}) for the pattern ${pattern}`) };
  }
}

/**
 * Expands command-line paths: files as given, folders to the .txt/.md/.markdown files under
 * them, glob patterns to the files they match; node_modules and .git are skipped, so are the
 * files ignore patterns name (a named file or folder they skip is listed in `ignored`); each
 * file is read once.
 */
export async function expandPaths(args: readonly string[], options: ExpandOptions = {}): Promise<ExpandedPaths> {
  const paths: string[] = [];
  const errors: InputError[] = [];
  const ignored: string[] = [];
  const kept = async (files: readonly string[], top?: string) => {
    const { ignore } = options;
    if (!ignore) return [...files];
    await ignore.prepare(files, top);
    return files.filter((file) => !ignore.ignores(file, top));
  };
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = path === '-' ? path : normalize(path);
    if (seen.has(key)) return;
    seen.add(key);
    paths.push(path);
  };
  for (const arg of args) {
    if (arg === '-') {
      add(arg);
      continue;
    }
    const kind = await kindOf(arg);
    if (kind === 'file') {
      if ((await kept([arg])).length === 0) ignored.push(arg);
      else add(arg);
    } else if (kind === 'folder') {
      const { files, problems } = await listFolder(arg, DOCUMENT_EXTENSIONS);
      errors.push(...problems);
      if (files.length === 0 && problems.length === 0) errors.push(new InputError(arg, `folder holds no ${DOCUMENT_EXTENSIONS.map((ext) => `.${ext}`).join(', ')} files`));
      const walked = await kept(files, arg);
      if (files.length > 0 && walked.length === 0) ignored.push(arg);
      walked.forEach(add);
    } else if ((await fastGlob()).isDynamicPattern(arg)) {
      const { files, problem } = await filesMatching(arg);
      if (problem) errors.push(problem);
      else if (files.length === 0) errors.push(new InputError(arg, 'no files match this pattern'));
      (await kept(files)).forEach(add);
    } else errors.push(new InputError(arg, 'no such file or directory'));
  }
  return { paths, errors, ignored };
}
