import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../src/io/source.js';
import type { Section } from '../../src/model/outline.js';
import { extractOutline, type Outline } from '../../src/outline/extract.js';
import { buildTextLayer } from '../../src/text/text-layer.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/outline');

/** The outline of a whole text taken as one document body. */
export function outlineOf(text: string, path = 'test.txt'): Outline {
  const layer = buildTextLayer(decodeSource(Buffer.from(text, 'utf8'), path));
  const end = layer.text.length;
  return extractOutline(layer, { start: 0, end, bodyStart: 0, bodyEnd: end });
}

export function outlineOfFixture(name: string): Outline {
  return outlineOf(readFileSync(join(FIXTURES, name), 'utf8'), name);
}

/** Every section, depth first, as "path number title". */
export function flatten(sections: Section[]): string[] {
  return sections.flatMap((section) => [`${section.path} ${section.number} ${section.title}`, ...flatten(section.children)]);
}
