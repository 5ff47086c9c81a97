import type { Reporter } from './reporter.js';

/**
 * `[{ filePath, messages, errorCount, warningCount, infoCount }]`, one entry per linted file:
 * what `JSON.stringify` of the whole array writes, one file at a time.
 */
export const jsonReporter: Reporter = function* (results) {
  let separator = '[';
  for (const result of results) {
    yield `${separator}${JSON.stringify(result)}`;
    separator = ',';
  }
  yield separator === '[' ? '[]\n' : ']\n';
};
