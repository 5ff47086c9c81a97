import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../src/model/outline.js';
import { outlineOf } from './outline-of.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/diepxuan');
const ARTICLE_LINE = /^(?:#+\s*)?(?:\*\*)?Điều\s+\d+[a-zđ]?\s*\.(?:\*\*)?(?:\s|$|\p{Lu})/u;

function articleCount(sections: Section[]): number {
  return sections.reduce((total, section) => total + (section.number.startsWith('Điều') ? 1 : 0) + articleCount(section.children), 0);
}

// Nghị định and thông tư of the published corpus: every article heading ("### Điều 5. ...")
// must come out as an article section; lines that only look like one ("Điều 12. Nghị định
// này, ..." in OCR'd running text) make the count an upper bound, hence the margin.
describe.skipIf(!existsSync(CORPUS))('outline of the diepxuan corpus', () => {
  it('reads the articles of every document that has them', { timeout: 180_000 }, () => {
    let headingLines = 0;
    let articles = 0;
    const withoutArticles: string[] = [];
    for (const name of readdirSync(CORPUS).filter((file) => file.endsWith('.md'))) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const lines = text.split('\n').filter((line) => ARTICLE_LINE.test(line)).length;
      const found = articleCount(outlineOf(text, name).sections);
      headingLines += lines;
      articles += Math.min(found, lines);
      if (lines > 0 && found === 0) withoutArticles.push(name);
    }
    expect(withoutArticles).toEqual([]);
    expect(articles / headingLines).toBeGreaterThan(0.97);
  });
});
