import type { Reporter } from '../../src/lint/reporters/reporter.js';

/** A reporter's pieces joined: the report as a whole string, for tests to read. */
export function wholeReport(reporter: Reporter): (...args: Parameters<Reporter>) => string {
  return (...args) => [...reporter(...args)].join('');
}
