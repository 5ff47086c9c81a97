import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeSource } from '../../src/io/source.js';
import type { ParsedFile } from '../../src/model/document.js';
import { parseSource } from '../../src/pipeline.js';

export const ROOT = join(import.meta.dirname, '../..');
export const SEEDS_DIR = join(ROOT, 'fixtures/seeds');
export const GOLDEN_DIR = join(ROOT, 'fixtures/golden');

export const seedFiles = (): string[] => readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();

export function goldenPath(seed: string): string {
  return join(GOLDEN_DIR, seed.replace(/\.txt$/, '.json'));
}

/** The parse of a seed, with its path as a reviewer sees it: relative to the project root. */
export function parseSeed(seed: string): ParsedFile {
  const path = join(SEEDS_DIR, seed);
  return parseSource(decodeSource(readFileSync(path), relative(ROOT, path)));
}
