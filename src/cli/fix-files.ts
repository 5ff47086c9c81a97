import { InputError } from '../io/input-error.js';
import type { Source } from '../io/source.js';
import { unifiedDiff } from '../lint/fix/diff.js';
import { fixInPasses, type LintSet } from '../lint/fix/passes.js';
import { whyNotWritable, writeFixedFile } from '../lint/fix/write.js';
import type { LintResult } from '../lint/result.js';
import { reportInputError } from './inputs.js';
import { writeErr, writeOut } from './output.js';

export interface FixFilesOptions {
  /** `--fix-dry-run`: print a unified diff on stdout and write nothing. */
  dryRun: boolean;
  lint: LintSet;
}

function fixableCount(result: LintResult | undefined): number {
  return result?.messages.filter((message) => message.fix !== undefined).length ?? 0;
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** Says, on stderr, which fixable findings are left because their files cannot be fixed. */
function reportUnfixable(sources: readonly Source[], results: readonly LintResult[], dryRun: boolean): void {
  const byPath = new Map(results.map((result) => [result.filePath, result]));
  let inDocuments = 0;
  for (const source of sources) {
    const count = fixableCount(byPath.get(source.path));
    if (count === 0) continue;
    if (source.format !== undefined) inDocuments += count;
    else if (!dryRun) {
      const reason = whyNotWritable(source);
      if (reason !== null) writeErr(`vbhc: ${source.path}: ${plural(count, 'fixable finding')} not fixed: ${reason}\n`);
    }
  }
  if (inDocuments > 0) writeErr(`vbhc: ${plural(inDocuments, 'fixable finding')} in .docx/.pdf files were not fixed: vbhc fixes text files only\n`);
}

/**
 * `--fix` and `--fix-dry-run` over sources read in full: fix in passes, then write each changed
 * file atomically (or print the diff), and return the lint results of what the files now hold.
 * A file that cannot be written keeps its old text, and the results say so.
 */
export async function fixSources(sources: readonly Source[], options: FixFilesOptions): Promise<LintResult[]> {
  const canFix = (source: Source) => source.format === undefined && (options.dryRun || whyNotWritable(source) === null);
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
  reportUnfixable(sources, results, options.dryRun);
  const done = `${plural(fixCount, 'fix', 'fixes')} in ${plural(fileCount, 'file')}`;
  writeErr(options.dryRun ? `vbhc: ${done} (dry run: nothing written)\n` : `vbhc: ${done} applied and written\n`);
  return results;
}
