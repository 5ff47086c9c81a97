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

function isStdin(path: string): boolean {
  return path === '-' || path === '<stdin>';
}

/**
 * Finds each file's configuration: `.vbhcrc.json` in its folder and every folder above, up to
 * one that says `root: true` or the top of the file system; nearer files win key by key.
 * Reading is asynchronous (the checker loads only when a file exists), so folders are
 * `prepare`d first; then `forFile` answers at once from the cache, one entry per folder.
 * Throws ConfigError for a file that cannot be used.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();

  private constructor(
    private readonly cwd: string,
    private readonly fixed: ResolvedConfig | undefined,
  ) {}

  static async create(options: ConfigResolverOptions): Promise<ConfigResolver> {
    if (options.configFile === undefined) return new ConfigResolver(options.cwd, undefined);
    const path = resolve(options.cwd, options.configFile);
    return new ConfigResolver(options.cwd, merge(EMPTY, await loadConfigFile(path, options.configFile), path));
  }

  /** Reads the configuration of the folders of these files (`-`: the working folder), once each. */
  async prepare(paths: Iterable<string>): Promise<void> {
    if (this.fixed) return;
    for (const path of paths) await this.resolveFolder(this.folderOf(path));
  }

  /** The configuration of a file whose folder was prepared (standard input: that of the working folder). */
  forFile(path: string): ResolvedConfig {
    if (this.fixed) return this.fixed;
    const folder = this.folderOf(path);
    const resolved = this.byFolder.get(folder);
    if (!resolved) throw new Error(`configuration of ${folder} asked for before it was prepared`);
    return resolved;
  }

  private folderOf(path: string): string {
    return isStdin(path) ? resolve(this.cwd) : dirname(resolve(this.cwd, path));
  }

  private async resolveFolder(folder: string): Promise<ResolvedConfig> {
    const known = this.byFolder.get(folder);
    if (known) return known;
    const path = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    const settings = existsSync(path) ? await loadConfigFile(path, relative(this.cwd, path) || path) : undefined;
    let resolved: ResolvedConfig;
    if (settings?.root || parent === folder) resolved = settings ? merge(EMPTY, settings, path) : EMPTY;
    else {
      const above = await this.resolveFolder(parent);
      resolved = settings ? merge(above, settings, path) : above;
    }
    this.byFolder.set(folder, resolved);
    return resolved;
  }
}
