import { join } from 'node:path';
import type { Assignment, Section } from '../../src/model/outline.js';
import { parseSeed } from '../golden/golden.js';
import { FIXTURES } from './outline-of.js';

export const OUTLINE_GOLDEN_DIR = join(FIXTURES, 'seeds');

export function goldenOutlinePath(seed: string): string {
  return join(OUTLINE_GOLDEN_DIR, seed.replace(/\.txt$/, '.json'));
}

export interface SeedOutline {
  file: string;
  sections: Section[];
  assignments: Assignment[];
}

/**
 * The sections and assignments of every document of a seed, in file order. Kept as one list
 * per file, so that the golden files hold whatever way the file is split into documents.
 */
export function seedOutline(seed: string): SeedOutline {
  const parsed = parseSeed(seed);
  return {
    file: parsed.file,
    sections: parsed.documents.flatMap((document) => document.sections),
    assignments: parsed.documents.flatMap((document) => document.assignments),
  };
}
