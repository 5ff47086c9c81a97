import type { Reporter } from './reporter.js';

/** Reporters by `--format` name; each module loads only when its format is asked for. */
const loaders: Readonly<Record<string, () => Promise<Reporter>>> = {
  stylish: async () => (await import('./stylish.js')).stylishReporter,
  json: async () => (await import('./json.js')).jsonReporter,
  sarif: async () => (await import('./sarif.js')).sarifReporter,
  github: async () => (await import('./github.js')).githubReporter,
};

export const REPORTER_NAMES: readonly string[] = Object.keys(loaders);

export function loadReporter(name: string): Promise<Reporter> {
  const load = loaders[name];
  if (!load) throw new Error(`unknown format "${name}"`);
  return load();
}
