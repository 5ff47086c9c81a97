import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource, type Source } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import { applyFixes } from '../../src/lint/fix/apply.js';
import { fixInPasses } from '../../src/lint/fix/passes.js';
import type { Fix } from '../../src/lint/rule.js';

const SEEDS = join(import.meta.dirname, '../../fixtures/seeds');
const seedTexts = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(SEEDS, name), 'utf8'));

function sourceOf(text: string): Source {
  return decodeSource(Buffer.from(text), 'mutated.txt');
}

function fixesIn(source: Source): Fix[] {
  return lintSources([source])[0]!.messages.flatMap((message) => (message.fix ? [message.fix] : []));
}

/** Slips the fixable rules know, put where a writer might make them. */
const SLIPS = ['Ð', 'ð', ' của của', ' và và', ' ngày ngày', ' tháng 09', ' tháng 3', ' 407/QĐ- TTg', ' 09/2017/ NĐ-CP', 'Số 5/QĐ-UBND', ' ngày 5 tháng 9 năm 2023'];

/** A seed with slips and stray characters inserted at random places. */
const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...seedTexts),
    fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...SLIPS), fc.string({ maxLength: 3 }))), { minLength: 1, maxLength: 12 }),
  )
  .map(([seed, insertions]) => {
    let text = seed;
    for (const [at, piece] of insertions) {
      const offset = at % (text.length + 1);
      text = text.slice(0, offset) + piece + text.slice(offset);
    }
    return text;
  });

describe('fix properties', () => {
  it('fixes lie in the text and the ones applied never overlap', () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => {
        const fixes = fixesIn(sourceOf(text));
        for (const { range } of fixes) {
          expect(range[0]).toBeGreaterThanOrEqual(0);
          expect(range[0]).toBeLessThanOrEqual(range[1]);
          expect(range[1]).toBeLessThanOrEqual(text.length);
        }
        const { applied, deferred } = applyFixes(text, fixes);
        for (let i = 1; i < applied.length; i++) expect(applied[i]!.range[0]).toBeGreaterThanOrEqual(applied[i - 1]!.range[1]);
        expect(applied.length + deferred.length).toBeLessThanOrEqual(fixes.length);
      }),
      { numRuns: 60 },
    );
  });

  it('fixing leaves fewer fixable findings, and fixing again changes nothing', async () => {
    let runsWithFixes = 0;
    await fc.assert(
      fc.asyncProperty(mutatedSeed, async (text) => {
        const before = fixesIn(sourceOf(text)).length;
        const fixed = await fixInPasses([sourceOf(text)], (sources) => lintSources(sources), () => true);
        const after = fixed.results[0]!.messages.filter((message) => message.fix).length;
        if (before > 0) {
          runsWithFixes++;
          expect(after).toBeLessThan(before);
        }
        const again = await fixInPasses(fixed.sources, (sources) => lintSources(sources), () => true);
        expect(again.sources[0]!.text).toBe(fixed.sources[0]!.text);
      }),
      { numRuns: 40 },
    );
    expect(runsWithFixes).toBeGreaterThan(20);
  });
});
