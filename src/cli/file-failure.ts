import { InputError } from '../io/input-error.js';
import type { Source } from '../io/source.js';
import { reportInputError } from './inputs.js';
import { writeErr } from './output.js';

/**
 * A failure inside vbhc on one file, as the user sees it: one line naming the file (counted like
 * an unreadable file: exit code 2 at the end), the stack only with `--debug`.
 */
export function reportFileFailure(file: string, doing: string, problem: string, stack: string | undefined): void {
  reportInputError(new InputError(file, `internal error while ${doing}: ${problem}`));
  if (stack && process.argv.includes('--debug')) writeErr(`${stack}\n`);
}

/** Only tests set this: the path whose turn fails, as a bug inside vbhc would. */
const TEST_FAIL_ON = process.env.VBHC_TEST_FAIL_ON;

/**
 * Runs one file's work for a command that goes through many: an internal error is that file's
 * alone (reported by `reportFileFailure`, `undefined` returned), and the other files go on.
 */
export function perFile<T>(source: Source, doing: string, work: (source: Source) => T): T | undefined {
  try {
    if (TEST_FAIL_ON !== undefined && source.path === TEST_FAIL_ON) throw new Error(`test failure on ${source.path}`);
    return work(source);
  } catch (error) {
    if (error instanceof InputError) throw error;
    reportFileFailure(source.path, doing, error instanceof Error ? error.message : String(error), error instanceof Error ? error.stack : undefined);
    return undefined;
  }
}
