import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeAtomically } from '../io/atomic-write.js';
import type { LegacyEncoding } from '../io/legacy/decode.js';
import { VERSION } from '../version.js';
import type { FileOutcome, FileSettings } from './engine.js';
import type { RunSettings } from './pool/protocol.js';
import { BUILT_IN_ENTRIES } from './registry.js';

export const DEFAULT_CACHE_LOCATION = '.vbhccache';

/** 2: an entry keeps the legacy encoding its file was converted from. */
const FORMAT = 2;

interface CacheEntry {
  /** Content hash of the file's bytes when it was linted. */
  hash: string;
  /** The file's own settings then, as JSON. */
  settings: string;
  outcome: FileOutcome;
  /** The legacy encoding the file was converted from, for its stderr line on a later run. */
  convertedFrom?: LegacyEncoding;
}

interface CacheFile {
  format: number;
  key: string;
  files: Record<string, CacheEntry>;
}

/**
 * What decides every file's outcome besides its bytes and its own settings: the vbhc version,
 * the run's settings, the rule set and the registry. A different key empties the cache. The
 * language is left out: messages are rendered after the cache, so `--lang` reuses it.
 */
export function cacheKey(settings: RunSettings, ruleIds: readonly string[]): string {
  const { registryEntries, lang: _lang, ...rest } = settings;
  const parts = { version: VERSION, settings: rest, rules: ruleIds, registry: registryEntries ?? BUILT_IN_ENTRIES };
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex');
}

function isEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { hash, settings, outcome } = value as Partial<CacheEntry>;
  return (
    typeof hash === 'string' &&
    typeof settings === 'string' &&
    typeof outcome === 'object' &&
    outcome !== null &&
    typeof outcome.filePath === 'string' &&
    Array.isArray(outcome.findings) &&
    Array.isArray(outcome.instruments)
  );
}

/** A cache in another format (another vbhc wrote it): not damaged, only of no use. */
function isOtherFormat(data: unknown): boolean {
  const format = typeof data === 'object' && data !== null ? (data as Partial<CacheFile>).format : undefined;
  return typeof format === 'number' && format !== FORMAT;
}

function entriesOf(data: unknown): Record<string, CacheEntry> | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { format, files } = data as Partial<CacheFile>;
  if (format !== FORMAT || typeof files !== 'object' || files === null) return undefined;
  return Object.values(files).every(isEntry) ? files : undefined;
}

/**
 * Per-file outcomes of earlier runs, keyed by the path as given, kept in one JSON file. A file
 * whose bytes and settings are unchanged keeps its outcome; cross-file rules still run on all.
 */
export class LintCache {
  private constructor(
    readonly location: string,
    private readonly key: string,
    private readonly files: Record<string, CacheEntry>,
  ) {}

  /** Loads the cache; a missing one is empty, an unreadable one is empty with a note saying why. */
  static async load(location: string, key: string): Promise<{ cache: LintCache; note?: string }> {
    let text: string;
    try {
      text = await readFile(location, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: new LintCache(location, key, {}) };
      return { cache: new LintCache(location, key, {}), note: `${location}: cannot read the cache (${(error as NodeJS.ErrnoException).code ?? String(error)}); linting every file` };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (isOtherFormat(data)) return { cache: new LintCache(location, key, {}) };
    const files = entriesOf(data);
    if (!files) return { cache: new LintCache(location, key, {}), note: `${location}: the cache is damaged or not a vbhc cache; ignored, linting every file` };
    return { cache: new LintCache(location, key, (data as CacheFile).key === key ? files : {}) };
  }

  /** The content hash recorded for a file linted with these settings, if any. */
  hashOf(path: string, settings: FileSettings): string | undefined {
    const entry = this.files[path];
    return entry && entry.settings === JSON.stringify(settings) ? entry.hash : undefined;
  }

  outcomeOf(path: string): FileOutcome | undefined {
    return this.files[path]?.outcome;
  }

  convertedFromOf(path: string): LegacyEncoding | undefined {
    return this.files[path]?.convertedFrom;
  }

  store(path: string, hash: string, settings: FileSettings, outcome: FileOutcome, convertedFrom?: LegacyEncoding): void {
    this.files[path] = convertedFrom ? { hash, settings: JSON.stringify(settings), outcome, convertedFrom } : { hash, settings: JSON.stringify(settings), outcome };
  }

  /** Writes the cache whole or not at all: a run that reads it meanwhile never sees half of it. */
  save(): Promise<void> {
    const data: CacheFile = { format: FORMAT, key: this.key, files: this.files };
    return writeAtomically(this.location, [Buffer.from(JSON.stringify(data))]);
  }
}
