import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../../src/io/source.js';
import type { Section } from '../../src/model/outline.js';
import { extractOutline, type Outline } from '../../src/outline/extract.js';
import { buildTextLayer, type TextLayer } from '../../src/text/text-layer.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/outline');

export function layerOf(text: string, path = 'test.txt'): TextLayer {
  return buildTextLayer(decodeSource(Buffer.from(text, 'utf8'), path));
}

/** The outline of a whole text layer taken as one document body. */
export function outlineOfLayer(layer: TextLayer): Outline {
  const end = layer.text.length;
  return extractOutline(layer, { start: 0, end, bodyStart: 0, bodyEnd: end });
}

export function outlineOf(text: string, path = 'test.txt'): Outline {
  return outlineOfLayer(layerOf(text, path));
}

export function outlineOfFixture(name: string): Outline {
  return outlineOf(readFileSync(join(FIXTURES, name), 'utf8'), name);
}

/** Every section, depth first, as "path number title". */
export function flatten(sections: Section[]): string[] {
  return sections.flatMap((section) => [`${section.path} ${section.number} ${section.title}`, ...flatten(section.children)]);
}
