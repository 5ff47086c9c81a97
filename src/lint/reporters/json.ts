import type { Reporter } from './reporter.js';

/** `[{ filePath, messages, errorCount, warningCount, infoCount }]`, one entry per linted file. */
export const jsonReporter: Reporter = (results) => `${JSON.stringify(results)}\n`;
