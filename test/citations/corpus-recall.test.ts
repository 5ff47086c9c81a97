import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/citations/find.js';
import { decodeSource } from '../../src/io/source.js';
import { buildTextLayer } from '../../src/text/text-layer.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/diepxuan');

/**
 * The independent count: a deliberately simple regex over the raw file, sharing nothing with
 * the finder. Every `số N/YYYY/CODE` in running text names a normative instrument.
 */
const NORMATIVE_NUMBER = /(?<!\p{L})số\s*(\d+)\s*\/\s*\d{4}\s*\/\s*[A-ZĐÐ]/gu;

interface Miss {
  file: string;
  context: string;
}

function measure(): { total: number; found: number; misses: Miss[] } {
  let total = 0;
  let found = 0;
  const misses: Miss[] = [];
  for (const file of readdirSync(CORPUS).filter((name) => name.endsWith('.md')).sort()) {
    const source = decodeSource(readFileSync(join(CORPUS, file)), file);
    const layer = buildTextLayer(source);
    const end = layer.text.length;
    // The whole file as one document: website extras cite too, and the finder does not depend on splitting.
    const spans = findCitations(layer, { start: 0, end, bodyStart: 0, bodyEnd: end }).map((c) => [c.position.start.offset, c.position.end.offset] as const);
    for (const match of source.text.matchAll(NORMATIVE_NUMBER)) {
      total++;
      const at = match.index + match[0].indexOf(match[1]!);
      if (spans.some(([start, stop]) => start <= at && at < stop)) found++;
      else misses.push({ file, context: source.text.slice(Math.max(0, match.index - 60), match.index + 40) });
    }
  }
  return { total, found, misses };
}

describe.skipIf(!existsSync(CORPUS))('citation recall on the diepxuan corpus', () => {
  it('covers at least 99% of the `số N/YYYY/CODE` numbers an independent regex counts', () => {
    const { total, found, misses } = measure();
    const recall = found / total;
    console.log(`citation recall: ${found}/${total} = ${(recall * 100).toFixed(2)}%`);
    for (const miss of misses) console.log(`  missed in ${miss.file}: ${JSON.stringify(miss.context)}`);
    expect(total).toBeGreaterThan(4000);
    expect(recall).toBeGreaterThanOrEqual(0.99);
  });
});
