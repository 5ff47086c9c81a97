import type { LintResult } from '../result.js';

export interface ReporterOptions {
  /** 0 for plain text; 1-3 for ANSI colours (basic, 256, true colour). */
  colorLevel: 0 | 1 | 2 | 3;
}

/** Turns lint results into the text written to standard output. */
export type Reporter = (results: readonly LintResult[], options: ReporterOptions) => string;
