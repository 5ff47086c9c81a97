import { supportsColor } from 'chalk';
import type { ReporterOptions } from './reporter.js';

/**
 * Colour for standard output: `FORCE_COLOR` wins (chalk reads it), a non-empty `NO_COLOR`
 * turns colour off (no-color.org), otherwise colour only on a terminal.
 */
export function stdoutColorLevel(env: NodeJS.ProcessEnv = process.env): ReporterOptions['colorLevel'] {
  if (!('FORCE_COLOR' in env) && env.NO_COLOR) return 0;
  return supportsColor ? supportsColor.level : 0;
}
