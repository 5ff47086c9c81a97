import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_LANG, type Lang, LANGS } from '../../i18n/lang.js';
import { lintText } from '../../i18n/lint-text.js';
import { InputError } from '../../io/input-error.js';
import { expandPaths } from '../../io/walk.js';
import type { RegistryEntry } from '../../lint/registry.js';
import { stdoutColorLevel } from '../../lint/reporters/color.js';
import { loadReporter, REPORTER_NAMES } from '../../lint/reporters/index.js';
import { type LintResult, type SeverityCounts, tallied } from '../../lint/result.js';
import { directiveMetas } from '../../lint/directive-rules.js';
import { allRules } from '../../lint/rules/index.js';
import { type ConfigOptions, lintConfiguration, noteIgnored, reportingConfigErrors, withIgnoreOptions } from '../lint-config.js';
import { inputErrorCount, reportInputError } from '../inputs.js';
import { lintPaths, parseJobs } from '../lint-files.js';
import { writeErr, writeOutPieces } from '../output.js';
import { describeWriteError, isWriteError, writeReportFile } from '../report-file.js';
import { PATHS_HELP } from '../paths-help.js';

interface LintOptions extends ConfigOptions {
  format: string;
  quiet?: boolean;
  maxWarnings?: number;
  final?: boolean;
  registry?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  lang?: Lang;
  output?: string;
}

function parseCount(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}

/** `--quiet`: errors only. */
function* errorsOnly(results: Iterable<LintResult>): Generator<LintResult, void, undefined> {
  for (const result of results) {
    yield { ...result, messages: result.messages.filter((message) => message.severity === 'error'), warningCount: 0, infoCount: 0 };
  }
}

/** 2 when some input could not be read, 1 on errors or too many warnings, else 0. */
function exitCodeOf(counts: SeverityCounts, maxWarnings: number | undefined, lang: Lang): number {
  if (inputErrorCount > 0) return 2;
  if (counts.error > 0) return 1;
  const warnings = counts.warning;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    writeErr(`vbhc: ${lintText[lang].tooManyWarnings(warnings, maxWarnings)}\n`);
    return 1;
  }
  return 0;
}

export function registerLint(program: Command): void {
  const command = program
    .command('lint')
    .description('check documents and the instruments they cite; exits 1 on errors')
    .argument('<paths...>', PATHS_HELP)
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORTER_NAMES).default('stylish'))
    .option('--quiet', 'report errors only')
    .option('--max-warnings <count>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--final', 'check a registered, signed copy: blank number and blank date become errors')
    .option('--registry <file>', "an agency's register of issued documents (JSON or CSV: number, date, type, issuer, title), over the built-in one")
    .option('--fix', 'apply the fixable findings to the text files (written in place, atomically), then report what is left')
    .addOption(new Option('--fix-dry-run', 'print the fixes as a unified diff instead of the report; write nothing').conflicts('fix'))
    .option('-c, --config <file>', 'use this configuration file instead of the .vbhcrc.json files found above each file');
  withIgnoreOptions(command)
    .option('-j, --jobs <count>', 'worker threads (default: one per CPU, from 24 MB of input; 1: none)', parseJobs)
    .option('--cache', 'reuse the results of unchanged files from the last run (cross-file checks still cover every file)')
    .option('--cache-location <file>', 'where --cache keeps its results (default: .vbhccache)')
    .addOption(new Option('--lang <lang>', "language of the messages (over the configuration's lang; vi when neither says)").choices(LANGS))
    .option('-o, --output <file>', 'write the report to this file (replaced whole) instead of standard output')
    .action(reportingConfigErrors(async (paths: string[], options: LintOptions) => {
      const reporter = await loadReporter(options.format);
      const configuration = await lintConfiguration(options, process.cwd());
      const expanded = await expandPaths(paths, configuration.ignore ? { ignore: configuration.ignore } : {});
      expanded.errors.forEach(reportInputError);
      expanded.ignored.forEach(noteIgnored);
      await configuration.prepare(expanded.paths);
      const lang = options.lang ?? configuration.run.lang ?? DEFAULT_LANG;
      let registryEntries: RegistryEntry[] | undefined;
      try {
        const registryFile = options.registry ?? configuration.run.registry;
        // The registry reader (zod, csv-parse) and the fixer load only when asked for: start-up time.
        registryEntries = registryFile === undefined ? undefined : await (await import('../../lint/registry-file.js')).registryEntriesWithFile(registryFile);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        reportInputError(error);
        process.exitCode = 2;
        return;
      }
      const settings = { final: options.final ?? false, lang, ...(registryEntries ? { registryEntries } : {}) };
      const fixing = options.fix === true || options.fixDryRun === true;
      const results = fixing
        ? await (await import('../fix-files.js')).fixPaths(expanded.paths, { settings, dryRun: options.fixDryRun === true, settingsFor: configuration.settingsFor })
        : await lintPaths(expanded.paths, {
            settings,
            jobs: options.jobs,
            cache: options.cache,
            cacheLocation: options.cacheLocation,
            quiet: options.quiet,
            settingsFor: configuration.settingsFor,
          });
      // Results are rendered and written one file at a time, counted on the way for the exit code.
      const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
      const all = tallied(results, counts);
      const reported = options.quiet ? errorsOnly(all) : all;
      const reporterOptions = { lang, rules: [...allRules.map((rule) => rule.meta), ...directiveMetas], cwd: process.cwd() };
      if (options.output === undefined) {
        if (!options.fixDryRun) writeOutPieces(reporter(reported, { ...reporterOptions, colorLevel: stdoutColorLevel() }));
      } else {
        try {
          await writeReportFile(options.output, reporter(reported, { ...reporterOptions, colorLevel: 0 }));
        } catch (error) {
          if (!isWriteError(error)) throw error;
          writeErr(`vbhc: ${options.output}: ${describeWriteError(error)}\n`);
          process.exitCode = 2;
          return;
        }
      }
      for (const _unreported of all) continue; // `--fix-dry-run` prints a diff instead: the results still count
      process.exitCode = exitCodeOf(counts, options.maxWarnings, lang);
    }));
}
