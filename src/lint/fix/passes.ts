import type { Source } from '../../io/source.js';
import type { LintResult } from '../result.js';
import type { Fix } from '../rule.js';
import { applyFixes } from './apply.js';

/** Lints a set of sources together (cross-file rules included), results in the order given. */
export type LintSet = (sources: readonly Source[]) => LintResult[] | Promise<LintResult[]>;

/** At most this many lint-and-fix rounds, in case fixes keep enabling others (ESLint stops at 10 too). */
export const MAX_FIX_PASSES = 10;

export interface FixedSet {
  /** The sources with their fixed texts (the same object where nothing changed). */
  sources: Source[];
  /** The lint results of the fixed texts: what is left to do by hand. */
  results: LintResult[];
  /** Fixes applied, by file path (only files with some). */
  fixCounts: Map<string, number>;
}

function fixesOf(result: LintResult | undefined): Fix[] {
  return (result?.messages ?? []).flatMap((message) => (message.fix ? [message.fix] : []));
}

/**
 * Lints, applies the fixable findings of the files `canFix` allows, and lints again, until a
 * round applies nothing or MAX_FIX_PASSES rounds ran. Writes nothing.
 */
export async function fixInPasses(sources: readonly Source[], lint: LintSet, canFix: (source: Source) => boolean): Promise<FixedSet> {
  let current = [...sources];
  let results = await lint(current);
  const fixCounts = new Map<string, number>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const byPath = new Map(results.map((result) => [result.filePath, result]));
    let changed = false;
    current = current.map((source) => {
      if (!canFix(source)) return source;
      const { text, applied } = applyFixes(source.text, fixesOf(byPath.get(source.path)));
      if (applied.length === 0) return source;
      changed = true;
      fixCounts.set(source.path, (fixCounts.get(source.path) ?? 0) + applied.length);
      return { ...source, text };
    });
    if (!changed) break;
    results = await lint(current);
  }
  return { sources: current, results, fixCounts };
}
