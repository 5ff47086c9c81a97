import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Lang } from '../../i18n/lang.js';
import type { IgnorePatternSet } from '../../io/ignore.js';
import type { SeveritySetting } from '../rule.js';
import { loadConfigFile } from './load.js';
import type { ConfigSettings } from './schema.js';

export const CONFIG_FILE_NAME = '.vbhcrc.json';

/** The configuration that applies to one folder's files: its files merged, nearer over farther. Plain data. */
export interface ResolvedConfig {
  /** The files merged, farthest first (absolute paths). */
  files: string[];
  severities: Record<string, SeveritySetting>;
  final?: boolean;
  lang?: Lang;
  /** Absolute path of the registry file (the nearest file's `registry`, resolved against its folder). */
  registry?: string;
  /** `ignorePatterns` of each file, with the folder they are relative to, farthest first. */
  ignore: IgnorePatternSet[];
}

const EMPTY: ResolvedConfig = { files: [], severities: {}, ignore: [] };

/** `near` over `far`: rule by rule, key by key; ignore patterns of both. */
function merge(far: ResolvedConfig, near: ConfigSettings, path: string): ResolvedConfig {
  const folder = dirname(path);
  const merged: ResolvedConfig = {
    files: [...far.files, path],
    severities: { ...far.severities, ...near.rules },
    ignore: near.ignorePatterns ? [...far.ignore, { base: folder, patterns: near.ignorePatterns }] : far.ignore,
  };
  const final = near.final ?? far.final;
  if (final !== undefined) merged.final = final;
  const lang = near.lang ?? far.lang;
  if (lang !== undefined) merged.lang = lang;
  const registry = near.registry !== undefined ? resolve(folder, near.registry) : far.registry;
  if (registry !== undefined) merged.registry = registry;
  return merged;
}

export interface ConfigResolverOptions {
  /** `--config FILE`: this file alone for every input, no search. */
  configFile?: string;
  /** Where relative paths start and how messages name files. */
  cwd: string;
}

/**
 * Finds each file's configuration: `.vbhcrc.json` in its folder and every folder above, up to
 * one that says `root: true` or the top of the file system; nearer files win key by key.
 * Folders are resolved once (cached), so a folder of thousands of files costs one lookup.
 * Throws ConfigError for a file that cannot be used.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly fixed: ResolvedConfig | undefined;

  constructor(private readonly options: ConfigResolverOptions) {
    if (options.configFile !== undefined) {
      const path = resolve(options.cwd, options.configFile);
      this.fixed = merge(EMPTY, loadConfigFile(path, options.configFile), path);
    }
  }

  /** The configuration of a file to lint (standard input: that of the working folder). */
  forFile(path: string): ResolvedConfig {
    return this.forFolder(path === '-' || path === '<stdin>' ? this.options.cwd : dirname(resolve(this.options.cwd, path)));
  }

  forFolder(folder: string): ResolvedConfig {
    if (this.fixed) return this.fixed;
    const absolute = resolve(this.options.cwd, folder);
    const known = this.byFolder.get(absolute);
    if (known) return known;
    const resolved = this.search(absolute);
    this.byFolder.set(absolute, resolved);
    return resolved;
  }

  private search(folder: string): ResolvedConfig {
    const path = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    const settings = existsSync(path) ? loadConfigFile(path, relative(this.options.cwd, path) || path) : undefined;
    if (settings?.root || parent === folder) return settings ? merge(EMPTY, settings, path) : EMPTY;
    const above = this.forFolder(parent);
    return settings ? merge(above, settings, path) : above;
  }
}
