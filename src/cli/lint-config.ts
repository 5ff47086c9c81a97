import type { Command } from 'commander';
import { IgnoreRules } from '../io/ignore.js';
import { InputError } from '../io/input-error.js';
import { ConfigError } from '../lint/config/config-error.js';
import { ConfigResolver, type ResolvedConfig } from '../lint/config/resolve.js';
import type { FileSettings } from '../lint/engine.js';
import { writeErr } from './output.js';

/** What decides the files a command that walks folders skips. */
export interface IgnoreOptions {
  /** `--ignore-pattern`, repeatable. */
  ignorePattern?: string[];
  /** `false` with `--no-ignore`. */
  ignore?: boolean;
}

/** The lint command's configuration options. */
export interface ConfigOptions extends IgnoreOptions {
  /** `--config FILE`. */
  config?: string;
}

/** Adds `--ignore-pattern` and `--no-ignore`, which every command that walks folders takes. */
export function withIgnoreOptions(command: Command): Command {
  return command
    .option('--ignore-pattern <pattern>', 'skip files this gitignore-style pattern matches (repeatable)', collect)
    .option('--no-ignore', 'take files even when .vbhcignore, ignorePatterns or --ignore-pattern skip them');
}

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** What a lint run takes from configuration: per-file settings, run-wide ones, and what to skip. */
export interface LintConfiguration {
  /** The configuration of the working folder (or `--config`): run-wide `lang` and `registry` come from it. */
  run: ResolvedConfig;
  /** What ignore patterns skip; absent with `--no-ignore`. */
  ignore?: IgnoreRules;
  /** Reads the configuration of the files to lint (the walk does it for what it finds). */
  prepare(paths: readonly string[]): Promise<void>;
  /** A prepared file's settings. */
  settingsFor(path: string): FileSettings;
}

/** Sets up configuration for a lint run in `cwd`; throws ConfigError when a configuration file cannot be used. */
export async function lintConfiguration(options: ConfigOptions, cwd: string): Promise<LintConfiguration> {
  const resolver = await ConfigResolver.create(options.config !== undefined ? { cwd, configFile: options.config } : { cwd });
  await resolver.prepare(['-']);
  const configuration: LintConfiguration = {
    run: resolver.forFile('-'),
    prepare: (paths) => resolver.prepare(paths),
    settingsFor: (path) => {
      const config = resolver.forFile(path);
      return config.final === undefined ? { severities: config.severities } : { severities: config.severities, final: config.final };
    },
  };
  const ignore = ignoreRules(resolver, options, cwd);
  if (ignore) configuration.ignore = ignore;
  return configuration;
}

function ignoreRules(resolver: ConfigResolver, options: IgnoreOptions, cwd: string): IgnoreRules | undefined {
  if (options.ignore === false) return undefined;
  return new IgnoreRules({
    cwd,
    patterns: options.ignorePattern ?? [],
    setsFor: (path) => resolver.forFile(path).ignore,
    prepare: (paths) => resolver.prepare(paths),
  });
}

/**
 * What a command that reads documents but does not lint them (`citations`, `tasks`) skips: the
 * files `vbhc lint` would skip, by `.vbhcignore`, the configuration's ignorePatterns and
 * `--ignore-pattern`; none with `--no-ignore`.
 */
export async function readerIgnoreRules(options: IgnoreOptions, cwd: string): Promise<IgnoreRules | undefined> {
  if (options.ignore === false) return undefined;
  return ignoreRules(await ConfigResolver.create({ cwd }), options, cwd);
}

/** A note (not an error) for a file or folder named on the command line that ignore patterns skip. */
export function noteIgnored(path: string): void {
  writeErr(`vbhc: ${path}: skipped: an ignore pattern matches it (--no-ignore takes it anyway)\n`);
}

/**
 * Wraps a command action so a configuration or ignore file that cannot be used ends the run
 * with one line per problem (`vbhc: .vbhcrc.json: rules."x/y": unknown rule id`) and exit code 2.
 */
export function reportingConfigErrors<A extends unknown[]>(action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (error) {
      if (error instanceof ConfigError) for (const problem of error.problems) writeErr(`vbhc: ${error.file}: ${problem}\n`);
      else if (error instanceof InputError) writeErr(`vbhc: ${error.message}\n`);
      else throw error;
      process.exitCode = 2;
    }
  };
}
