import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import { InputError } from '../io/input-error.js';
import { type Source, STDIN_PATH } from '../io/source.js';
import { unifiedDiff } from '../lint/fix/diff.js';
import { fixInPasses, type LintSet } from '../lint/fix/passes.js';
import { whyNotWritable, writeFixedFile } from '../lint/fix/write.js';
import { type FileOutcome, type FileSettings, LintRun, lintFile } from '../lint/engine.js';
import { contextOf } from '../lint/pool/file-task.js';
import type { RunSettings } from '../lint/pool/protocol.js';
import type { LintResult } from '../lint/result.js';
import { fixText } from '../i18n/fix-text.js';
import { readInputs, reportInputError } from './inputs.js';
import { writeErr, writeOut } from './output.js';

export interface FixFilesOptions {
  /** `--fix-dry-run`: print a unified diff on stdout and write nothing. */
  dryRun: boolean;
  lint: LintSet;
  lang: Lang;
}

function fixableCount(result: LintResult | undefined): number {
  return result?.messages.filter((message) => message.fix !== undefined).length ?? 0;
}

/** Says, on stderr, which fixable findings are left because their files cannot be fixed. */
function reportUnfixable(sources: readonly Source[], results: readonly LintResult[], canFix: (source: Source) => boolean, lang: Lang): void {
  const byPath = new Map(results.map((result) => [result.filePath, result]));
  let inDocuments = 0;
  for (const source of sources) {
    const count = fixableCount(byPath.get(source.path));
    if (count === 0) continue;
    if (source.format !== undefined) inDocuments += count;
    else if (!canFix(source)) writeErr(`vbhc: ${fixText[lang].notFixedIn(source.path, count, whyNotWritable(source) ?? '')}\n`);
  }
  if (inDocuments > 0) writeErr(`vbhc: ${fixText[lang].notFixedInDocuments(inDocuments)}\n`);
}

/**
 * `--fix` and `--fix-dry-run` over sources read in full: fix in passes, then write each changed
 * file atomically (or print the diff), and return the lint results of what the files now hold.
 * A file that cannot be written keeps its old text, and the results say so.
 */
export async function fixSources(sources: readonly Source[], options: FixFilesOptions): Promise<LintResult[]> {
  // A dry run shows the fixes of standard input too: the diff is all it can give.
  const canFix = (source: Source) => whyNotWritable(source) === null || (options.dryRun && source.path === STDIN_PATH);
  const fixed = await fixInPasses(sources, options.lint, canFix);
  let results = fixed.results;
  const changed = sources.flatMap((source, i) => (fixed.sources[i] !== source ? [{ before: source, after: fixed.sources[i]! }] : []));
  let fixCount = 0;
  let fileCount = 0;
  if (options.dryRun) {
    writeOut(changed.map(({ before, after }) => unifiedDiff(before.path, before.text, after.text, { bom: before.bom && before.encoding === 'utf-8' })).join(''));
    for (const { before } of changed) fixCount += fixed.fixCounts.get(before.path) ?? 0;
    fileCount = changed.length;
  } else {
    const kept = new Set<Source>();
    for (const { before, after } of changed) {
      try {
        await writeFixedFile(before, after.text);
        fixCount += fixed.fixCounts.get(before.path) ?? 0;
        fileCount++;
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        reportInputError(error);
        kept.add(before);
      }
    }
    if (kept.size > 0) {
      results = await options.lint(fixed.sources.map((source, i) => (kept.has(sources[i]!) ? sources[i]! : source)));
    }
  }
  const text = fixText[options.lang];
  reportUnfixable(sources, results, canFix, options.lang);
  if (fixCount === 0) writeErr(`vbhc: ${text.nothingToFix}\n`);
  else writeErr(`vbhc: ${options.dryRun ? text.dryRun(fixCount, fileCount) : text.applied(fixCount, fileCount)}\n`);
  return results;
}

export interface FixPathsOptions {
  settings: RunSettings;
  /** `--fix-dry-run`. */
  dryRun: boolean;
  settingsFor?: (path: string) => FileSettings;
}

/**
 * The lint command under `--fix` or `--fix-dry-run`: every input is read and kept (fixes need
 * the text), in-process. Each pass runs the per-file stage again only for the files the last
 * pass changed (a fix pass keeps the same Source object for a file it left alone), and the
 * cross-file rules over all of them.
 */
export async function fixPaths(paths: readonly string[], options: FixPathsOptions): Promise<LintResult[]> {
  const sources: Source[] = [];
  for await (const source of readInputs(paths)) sources.push(source);
  const context = contextOf(options.settings);
  const outcomes = new WeakMap<Source, FileOutcome>();
  const lint: LintSet = (set) => {
    const run = new LintRun(context.options);
    for (const source of set) {
      let outcome = outcomes.get(source);
      if (!outcome) {
        outcome = lintFile(source, options.settingsFor?.(source.path) ?? {}, context);
        outcomes.set(source, outcome);
      }
      run.addOutcome(outcome);
    }
    return run.finish();
  };
  return fixSources(sources, { dryRun: options.dryRun, lint, lang: context.options.lang ?? DEFAULT_LANG });
}
