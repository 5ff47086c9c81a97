import type { Annex } from '../../../model/document.js';
import { romanValue, toRoman } from '../../../outline/numbering.js';
import { firstLineOf } from '../../locate.js';
import type { DocumentRule } from '../../rule.js';
import { expectedAfter, sequenceBreak } from '../../sequence-break.js';

type Style = 'roman' | 'arabic';

interface Numbered {
  annex: Annex;
  style: Style;
  value: number;
}

const ARABIC = /^\d{1,3}$/;
/**
 * How an annex's number counts, or null for one that does not: `01/ĐKTĐ-HĐĐT`, OCR debris, and
 * a lone letter, which in the corpus is OCR's reading of `II` (`Phụ lục H`) far more often than
 * annexes lettered A, B, C.
 */
function numbered(annex: Annex): Numbered | null {
  const number = annex.number;
  if (annex.kind !== 'annex' || number === null) return null;
  const roman = romanValue(number);
  if (roman !== null) return { annex, style: 'roman', value: roman };
  if (ARABIC.test(number)) return { annex, style: 'arabic', value: Number(number) };
  return null;
}

function written(style: Style, value: number): string {
  return style === 'roman' ? toRoman(value) : String(value);
}

export const annexSequence: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'annex/sequence',
    description: 'The annexes of a document are not numbered I, II, III … in order',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      start: '"{label}" is the first numbered annex; annexes are numbered from {expected}',
      skip: '"{label}" follows "{previous}": {expected} is missing',
      repeat: '"{label}" repeats the number of the annex before it; it should be {expected}',
      backwards: '"{label}" follows "{previous}": the numbering runs backwards; it should be {expected}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I (phụ lục văn bản: two or more annexes are numbered in Roman numerals, in order)',
      bad: 'Phụ lục I … Phụ lục II … Phụ lục IV',
      good: 'Phụ lục I … Phụ lục II … Phụ lục III',
    },
  },
  check({ document, layer, report }) {
    const runs = new Map<Style, Numbered[]>();
    for (const annex of document.annexes) {
      const item = numbered(annex);
      if (!item) continue;
      const run = runs.get(item.style);
      if (run) run.push(item);
      else runs.set(item.style, [item]);
    }
    // One annex alone may carry a number or not; the order is told by two or more.
    for (const run of runs.values()) {
      if (run.length < 2) continue;
      let previous: Numbered | null = null;
      for (const current of run) {
        const before = previous?.value ?? null;
        const messageId = sequenceBreak(before, current.value);
        if (messageId) {
          const data = { label: current.annex.label!, previous: previous?.annex.label ?? '', expected: written(current.style, expectedAfter(before)) };
          report({ messageId, data, range: firstLineOf(layer, current.annex.position) });
        }
        previous = current;
      }
    }
  },
};
