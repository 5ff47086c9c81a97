import { InputError } from '../io/input-error.js';
import { readSource, readStdin, type Source } from '../io/source.js';
import { writeErr } from './output.js';

/** Reads each named file (`-` is stdin); a file that fails is reported on stderr and skipped. */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<Source> {
  for (const path of paths) {
    try {
      yield path === '-' ? await readStdin() : await readSource(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reportInputError(error);
    }
  }
}

export let inputErrorCount = 0;

export function reportInputError(error: InputError): void {
  inputErrorCount++;
  writeErr(`vbhc: ${error.message}\n`);
}
