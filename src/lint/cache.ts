import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeAtomically } from '../io/atomic-write.js';
import { encoded } from '../io/encoded.js';
import type { LegacyEncoding } from '../io/legacy/decode.js';
import { VERSION } from '../version.js';
import type { FileOutcome, FileSettings } from './engine.js';
import type { RunSettings } from './pool/protocol.js';
import { BUILT_IN_ENTRIES } from './registry.js';

export const DEFAULT_CACHE_LOCATION = '.vbhccache';

/**
 * 2: an entry keeps the legacy encoding its file was converted from. 3: one line per file, in
 * ASCII, its outcome read only when the file is reused.
 */
const FORMAT = 3;
const NEWLINE = 0x0a;
const TAB = 0x09;

/** What a line says of its file besides the outcome: read for every file when the cache loads. */
interface EntryHead {
  path: string;
  /** Content hash of the file's bytes when it was linted. */
  hash: string;
  /** The file's own settings then, as JSON. */
  settings: string;
  /** The legacy encoding the file was converted from, for its stderr line on a later run. */
  convertedFrom?: LegacyEncoding;
}

/** An entry as read (its line kept as bytes, to be written back as they are) or as stored this run. */
type CacheEntry = EntryHead & ({ line: Buffer; outcomeStart: number } | { outcome: FileOutcome });

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

/** JSON with every character past ASCII escaped: the file reads back as Latin-1, V8's compact strings, with nothing to decode. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isHead(value: unknown): value is EntryHead {
  if (typeof value !== 'object' || value === null) return false;
  const { path, hash, settings, convertedFrom } = value as Partial<EntryHead>;
  return typeof path === 'string' && typeof hash === 'string' && typeof settings === 'string' && (convertedFrom === undefined || typeof convertedFrom === 'string');
}

function isOutcome(value: unknown): value is FileOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const { filePath, findings, instruments } = value as Partial<FileOutcome>;
  return typeof filePath === 'string' && Array.isArray(findings) && Array.isArray(instruments);
}

/** The entry a line holds (`head` TAB `outcome`), or null when it is not one. */
function entryOf(line: Buffer): CacheEntry | null {
  const tab = line.indexOf(TAB);
  const head = tab < 0 ? undefined : parseJson(line.toString('latin1', 0, tab));
  if (!isHead(head) || line[tab + 1] !== 0x7b || line[line.length - 1] !== 0x7d) return null; // the outcome is an object: { … }
  return { ...head, line, outcomeStart: tab + 1 };
}

type ReadCache = { format: 'other' } | { format: 'damaged' } | { format: 'this'; key: string; files: Map<string, CacheEntry> };

/** A cache file's lines: the header (format and key), then one line per file, each ending in a newline. */
function readCache(bytes: Buffer): ReadCache {
  const headerEnd = bytes.indexOf(NEWLINE);
  const header = parseJson(bytes.toString('latin1', 0, headerEnd < 0 ? bytes.length : headerEnd));
  const { format, key } = typeof header === 'object' && header !== null ? (header as { format?: unknown; key?: unknown }) : {};
  if (typeof format === 'number' && format !== FORMAT) return { format: 'other' };
  if (format !== FORMAT || typeof key !== 'string' || headerEnd < 0 || bytes[bytes.length - 1] !== NEWLINE) return { format: 'damaged' };
  const files = new Map<string, CacheEntry>();
  for (let start = headerEnd + 1; start < bytes.length; ) {
    const end = bytes.indexOf(NEWLINE, start);
    const entry = entryOf(bytes.subarray(start, end));
    if (!entry) return { format: 'damaged' };
    files.set(entry.path, entry);
    start = end + 1;
  }
  return { format: 'this', key, files };
}

/**
 * Per-file outcomes of earlier runs, keyed by the path as given, kept in one file of lines. A
 * file whose bytes and settings are unchanged keeps its outcome; cross-file rules still run on all.
 */
export class LintCache {
  /** Whether an entry was stored since the cache was read: only then is it written again. */
  private changed = false;

  private constructor(
    readonly location: string,
    private readonly key: string,
    private readonly files: Map<string, CacheEntry>,
  ) {}

  /** Loads the cache; a missing one is empty, an unreadable one is empty with a note saying why. */
  static async load(location: string, key: string): Promise<{ cache: LintCache; note?: string }> {
    const empty = () => new LintCache(location, key, new Map());
    let bytes: Buffer;
    try {
      bytes = await readFile(location);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: empty() };
      return { cache: empty(), note: `${location}: cannot read the cache (${(error as NodeJS.ErrnoException).code ?? String(error)}); linting every file` };
    }
    const read = readCache(bytes);
    switch (read.format) {
      case 'other':
        return { cache: empty() };
      case 'damaged':
        return { cache: empty(), note: `${location}: the cache is damaged or not a vbhc cache; ignored, linting every file` };
      case 'this':
        return { cache: read.key === key ? new LintCache(location, key, read.files) : empty() };
    }
  }

  /** The content hash recorded for a file linted with these settings, if any. */
  hashOf(path: string, settings: FileSettings): string | undefined {
    const entry = this.files.get(path);
    return entry && entry.settings === JSON.stringify(settings) ? entry.hash : undefined;
  }

  /** The outcome recorded for a file; undefined when there is none, or its line does not hold one after all. */
  outcomeOf(path: string): FileOutcome | undefined {
    const entry = this.files.get(path);
    if (!entry) return undefined;
    if ('outcome' in entry) return entry.outcome;
    const outcome = parseJson(entry.line.toString('latin1', entry.outcomeStart));
    return isOutcome(outcome) ? outcome : undefined;
  }

  convertedFromOf(path: string): LegacyEncoding | undefined {
    return this.files.get(path)?.convertedFrom;
  }

  store(path: string, hash: string, settings: FileSettings, outcome: FileOutcome, convertedFrom?: LegacyEncoding): void {
    this.changed = true;
    const head: EntryHead = { path, hash, settings: JSON.stringify(settings) };
    if (convertedFrom) head.convertedFrom = convertedFrom;
    this.files.set(path, { ...head, outcome });
  }

  /**
   * Writes the cache whole or not at all (a run that reads it meanwhile never sees half of it),
   * and only when an entry changed: a re-run where no file did leaves it as it is. The lines of
   * entries read and kept are written back as they were read.
   */
  save(): Promise<void> {
    if (!this.changed) return Promise.resolve();
    return writeAtomically(this.location, encoded(this.lines()));
  }

  /** The cache's lines, each read line as its bytes. */
  private *lines(): Generator<string | Uint8Array> {
    yield `${asciiJson({ format: FORMAT, key: this.key })}\n`;
    for (const entry of this.files.values()) {
      if ('line' in entry) {
        yield entry.line;
        yield '\n';
      } else {
        const { outcome, ...head } = entry;
        yield `${asciiJson(head)}\t${asciiJson(outcome)}\n`;
      }
    }
  }
}
