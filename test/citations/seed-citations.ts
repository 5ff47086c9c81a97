import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCitations } from '../../src/citations/find.js';
import { paragraphsIn } from '../../src/document/paragraphs.js';
import type { DocumentSpan } from '../../src/document/span.js';
import { decodeSource } from '../../src/io/source.js';
import type { Citation } from '../../src/model/citation.js';
import type { Range } from '../../src/text/line-index.js';
import { buildTextLayer, type TextLayer } from '../../src/text/text-layer.js';

const ROOT = join(import.meta.dirname, '../..');
export const SEEDS_DIR = join(ROOT, 'fixtures/seeds');
export const GOLDEN_DIR = join(ROOT, 'fixtures/citations/seeds');

const DOCUMENT_STARTS: Record<string, number[]> = JSON.parse(readFileSync(join(GOLDEN_DIR, 'documents.json'), 'utf8'));

export const seedNames = (): string[] => Object.keys(DOCUMENT_STARTS).filter((name) => name.endsWith('.txt'));

export const goldenPath = (seed: string): string => join(GOLDEN_DIR, seed.replace(/\.txt$/, '.json'));

/** Spans of the documents starting at the given original lines (the first paragraph at or after each). */
function spansFrom(layer: TextLayer, startLines: number[]): DocumentSpan[] {
  const paragraphs = paragraphsIn(layer);
  const starts = startLines.map((line) => paragraphs.find((p) => layer.range(p.start, p.end).start.line >= line)?.start ?? layer.text.length);
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : layer.text.length;
    return { start, end, bodyStart: start, bodyEnd: end };
  });
}

const where = (range: Range) => `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;

/** A citation as a reviewer reads it: every field, positions as line:column ranges. */
function reviewed(citation: Citation): Record<string, unknown> {
  const { position, numberPosition, date, ...fields } = citation;
  return {
    at: where(position),
    ...fields,
    numberAt: numberPosition ? where(numberPosition) : null,
    date: date ? { ...date, position: where(date.position) } : null,
  };
}

export interface SeedCitations {
  file: string;
  documents: { startLine: number; citations: Record<string, unknown>[] }[];
}

export function seedCitations(seed: string): SeedCitations {
  const layer = buildTextLayer(decodeSource(readFileSync(join(SEEDS_DIR, seed)), `fixtures/seeds/${seed}`));
  const startLines = DOCUMENT_STARTS[seed]!;
  const documents = spansFrom(layer, startLines).map((span, i) => ({
    startLine: startLines[i]!,
    citations: findCitations(layer, span).map(reviewed),
  }));
  return { file: `fixtures/seeds/${seed}`, documents };
}
