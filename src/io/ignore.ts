import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { InputError } from './input-error.js';

export const IGNORE_FILE_NAME = '.vbhcignore';

/** Ignore patterns in gitignore syntax and the folder they are relative to. Plain data. */
export interface IgnorePatternSet {
  base: string;
  patterns: readonly string[];
}

export interface IgnoreOptions {
  /** The working folder: `--ignore-pattern`s are relative to it, and its `.vbhcignore` always applies. */
  cwd: string;
  /** `--ignore-pattern`, repeatable. */
  patterns?: readonly string[];
  /** Sets that apply to one file only: the `ignorePatterns` of its configuration. */
  setsFor?: (path: string) => readonly IgnorePatternSet[];
}

/** `path` relative to `folder` with `/` separators, or null when it is not inside it. */
function inside(folder: string, path: string): string | null {
  const rel = relative(folder, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** The folders from `top` down to `folder`, both included (`top` must hold `folder`). */
function foldersBetween(top: string, folder: string): string[] {
  const chain: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    chain.push(at);
    if (at === top || dirname(at) === at) break;
  }
  return chain.reverse();
}

/**
 * Decides which files a run skips, with gitignore semantics: `.vbhcignore` files (in the working
 * folder and in each folder between it, or the folder being walked, and the file), then the
 * file's configuration `ignorePatterns`, then `--ignore-pattern`s; a later set's match (or `!`
 * re-inclusion) wins over an earlier one. Each file and pattern set is read and compiled once.
 */
export class IgnoreRules {
  private readonly cwd: string;
  private readonly ignoreFiles = new Map<string, Ignore | null>();
  private readonly compiled = new Map<string, Ignore>();
  private readonly commandLine: IgnorePatternSet | undefined;

  constructor(private readonly options: IgnoreOptions) {
    this.cwd = resolve(options.cwd);
    if (options.patterns && options.patterns.length > 0) this.commandLine = { base: this.cwd, patterns: options.patterns };
  }

  /**
   * Whether `path` is ignored; throws InputError for an ignore file that exists but cannot be read. `top` is the folder being walked, for a file outside the
   * working folder: `.vbhcignore` files from there down apply.
   */
  ignores(path: string, top?: string): boolean {
    const file = resolve(this.cwd, path);
    const start = inside(this.cwd, file) !== null ? this.cwd : resolve(this.cwd, top ?? dirname(file));
    let ignored = false;
    const apply = (matcher: Ignore, base: string) => {
      const rel = inside(base, file);
      if (rel === null) return;
      const result = matcher.test(rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    };
    for (const folder of foldersBetween(start, dirname(file))) {
      const matcher = this.ignoreFileIn(folder);
      if (matcher) apply(matcher, folder);
    }
    for (const set of this.options.setsFor?.(file) ?? []) apply(this.compile(set), set.base);
    if (this.commandLine) apply(this.compile(this.commandLine), this.commandLine.base);
    return ignored;
  }

  private ignoreFileIn(folder: string): Ignore | null {
    const known = this.ignoreFiles.get(folder);
    if (known !== undefined) return known;
    let matcher: Ignore | null = null;
    const path = resolve(folder, IGNORE_FILE_NAME);
    try {
      matcher = ignore().add(readFileSync(path, 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new InputError(path, `cannot read this ignore file (${code ?? String(error)})`);
    }
    this.ignoreFiles.set(folder, matcher);
    return matcher;
  }

  private compile(set: IgnorePatternSet): Ignore {
    const key = `${set.base}\0${set.patterns.join('\n')}`;
    let matcher = this.compiled.get(key);
    if (!matcher) {
      matcher = ignore().add(set.patterns);
      this.compiled.set(key, matcher);
    }
    return matcher;
  }
}
