import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../src/io/source.js';
import type { ParsedFile } from '../../src/model/document.js';
import { parseSource } from '../../src/pipeline.js';

export const ROOT = join(import.meta.dirname, '../..');
export const CASES_DIR = join(ROOT, 'fixtures/document/cases');
export const SEEDS_DIR = join(ROOT, 'fixtures/seeds');

export function parseFile(path: string): ParsedFile {
  return parseSource(decodeSource(readFileSync(path), path));
}

export function parseText(text: string, path = 'inline.txt'): ParsedFile {
  return parseSource(decodeSource(Buffer.from(text), path));
}

/** The model without positions, for comparing what was read rather than where. */
export function withoutPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, field) => (key === 'position' ? undefined : field)));
}
