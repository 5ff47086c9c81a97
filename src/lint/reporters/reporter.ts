import type { Lang } from '../../i18n/lang.js';
import type { LintResult } from '../result.js';
import type { RuleMeta } from '../rule.js';

export interface ReporterOptions {
  /** 0 for plain text; 1-3 for ANSI colours (basic, 256, true colour). */
  colorLevel: 0 | 1 | 2 | 3;
  /** The language of the report's own words (the messages come already rendered). */
  lang: Lang;
  /** Every rule the run knew, for formats that describe them (SARIF). */
  rules: readonly RuleMeta[];
  /** The folder relative paths in the report start from. */
  cwd: string;
}

/**
 * Turns lint results into the text of the report, piece by piece as the results come: a large
 * run's report is written while it is rendered, never held whole (10,000 documents: 34 MB of JSON).
 */
export type Reporter = (results: Iterable<LintResult>, options: ReporterOptions) => Iterable<string>;
