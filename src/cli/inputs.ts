import { InputError } from '../io/input-error.js';
import { conversionNotice, isLegacyEncoding } from '../io/legacy/decode.js';
import { readSource, readStdin, type Source } from '../io/source.js';
import { writeErr } from './output.js';

/**
 * Reads each named file (`-` is stdin); a file that fails is reported on stderr and skipped,
 * a file converted from a legacy encoding is named on stderr.
 */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<Source> {
  for (const path of paths) {
    let source: Source;
    try {
      source = path === '-' ? await readStdin() : await readSource(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reportInputError(error);
      continue;
    }
    reportConversion(source);
    yield source;
  }
}

/** One stderr line for a file vbhc converted from a legacy encoding. */
export function reportConversion(source: Source): void {
  if (isLegacyEncoding(source.encoding)) writeErr(`vbhc: ${conversionNotice(source.path, source.encoding)}\n`);
}

export let inputErrorCount = 0;

export function reportInputError(error: InputError): void {
  inputErrorCount++;
  writeErr(`vbhc: ${error.message}\n`);
}
