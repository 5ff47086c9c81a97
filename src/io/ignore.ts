import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
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
  /** `--ignore-pattern`, repeatable: relative to the working folder, or for files outside it to the folder walked. */
  patterns?: readonly string[];
  /** Sets that apply to one file only: the `ignorePatterns` of its configuration. */
  setsFor?: (path: string) => readonly IgnorePatternSet[];
  /** Reads what `setsFor` needs for these files (their configuration). */
  prepare?: (paths: readonly string[]) => Promise<void>;
}

type IgnoreFactory = () => Ignore;

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
 * re-inclusion) wins over an earlier one. Files are `prepare`d first (ignore files read once per
 * folder; the `ignore` package loaded only when there is a pattern at all), then `ignores`
 * answers at once.
 */
export class IgnoreRules {
  private readonly cwd: string;
  private factory: IgnoreFactory | undefined;
  private readonly ignoreFiles = new Map<string, Ignore | null>();
  private readonly compiled = new Map<string, Ignore>();
  private readonly commandLine: IgnorePatternSet | undefined;

  constructor(private readonly options: IgnoreOptions) {
    this.cwd = resolve(options.cwd);
    if (options.patterns && options.patterns.length > 0) this.commandLine = { base: this.cwd, patterns: options.patterns };
  }

  /**
   * Reads what deciding on these files needs; `top` as for `ignores`. Throws InputError for an
   * ignore file that exists but cannot be read.
   */
  async prepare(paths: readonly string[], top?: string): Promise<void> {
    await this.options.prepare?.(paths);
    if (this.commandLine) await this.loadFactory();
    for (const path of paths) {
      const file = resolve(this.cwd, path);
      for (const folder of this.chainOf(file, top)) {
        if (!this.ignoreFiles.has(folder)) this.ignoreFiles.set(folder, await this.readIgnoreFile(folder));
      }
      if ((this.options.setsFor?.(file) ?? []).length > 0) await this.loadFactory();
    }
  }

  /**
   * Whether a prepared `path` is ignored. `top` is the folder being walked, for a file outside
   * the working folder: `.vbhcignore` files from there down apply.
   */
  ignores(path: string, top?: string): boolean {
    const file = resolve(this.cwd, path);
    let ignored = false;
    const apply = (matcher: Ignore, base: string) => {
      const rel = inside(base, file);
      if (rel === null) return;
      const result = matcher.test(rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    };
    for (const folder of this.chainOf(file, top)) {
      const matcher = this.ignoreFiles.get(folder);
      if (matcher === undefined) throw new Error(`ignore files of ${folder} asked for before they were read`);
      if (matcher) apply(matcher, folder);
    }
    for (const set of this.options.setsFor?.(file) ?? []) apply(this.compile(set), set.base);
    if (this.commandLine) apply(this.compile(this.commandLine), this.baseOf(file, top));
    return ignored;
  }

  /** Where a file's paths start: the working folder, or for a file outside it the walked folder (`top`) or its own. */
  private baseOf(file: string, top?: string): string {
    return inside(this.cwd, file) !== null ? this.cwd : resolve(this.cwd, top ?? dirname(file));
  }

  /** The folders whose `.vbhcignore` applies to a file: from its base down to its own. */
  private chainOf(file: string, top?: string): string[] {
    return foldersBetween(this.baseOf(file, top), dirname(file));
  }

  private async loadFactory(): Promise<IgnoreFactory> {
    this.factory ??= (await import('ignore')).default;
    return this.factory;
  }

  private async readIgnoreFile(folder: string): Promise<Ignore | null> {
    const path = resolve(folder, IGNORE_FILE_NAME);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw new InputError(path, `cannot read this ignore file (${code ?? String(error)})`);
    }
    return (await this.loadFactory())().add(text);
  }

  private compile(set: IgnorePatternSet): Ignore {
    const key = `${set.base}\0${set.patterns.join('\n')}`;
    let matcher = this.compiled.get(key);
    if (!matcher) {
      if (!this.factory) throw new Error('ignore patterns compiled before the ignore package was loaded');
      matcher = this.factory().add(set.patterns);
      this.compiled.set(key, matcher);
    }
    return matcher;
  }
}
