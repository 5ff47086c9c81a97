import type { Section } from '../../../model/outline.js';
import type { TextLayer } from '../../../text/text-layer.js';
import { firstLineOf } from '../../locate.js';
import type { DocumentRule, Report } from '../../rule.js';
import { expectedAfter, sequenceBreak } from '../../sequence-break.js';
import { type Ordinal, type OrdinalKind, parseOrdinal, writeOrdinal } from './ordinal.js';

interface Numbered {
  section: Section;
  ordinal: Ordinal;
}

/** Checks one run of numbers that must count 1, 2, 3 …; reports the first break at each place. */
function checkRun(run: readonly Numbered[], layer: TextLayer, report: Report): void {
  let previous: Numbered | null = null;
  for (const current of run) {
    const before = previous?.ordinal.value ?? null;
    const { kind, value, prefix } = current.ordinal;
    const messageId = sequenceBreak(before, value);
    if (messageId) {
      const data = {
        number: current.section.number,
        previous: previous?.section.number ?? '',
        expected: writeOrdinal(kind, expectedAfter(before), prefix),
      };
      report({ messageId, data, range: firstLineOf(layer, current.section.position) });
    }
    previous = current;
  }
}

/** Runs are kept apart by kind and by how many components come before the last: a number per pair. */
const KIND_INDEX: Readonly<Record<OrdinalKind, number>> = { part: 0, chapter: 1, division: 2, article: 3, roman: 4, arabic: 5, letter: 6 };
/** More than a dotted number's prefix can hold (`\d(\.\d){0,6}`). */
const PREFIX_SLOTS = 8;

/**
 * Checks the numbering of one level and, below it, of every level; articles, which count on
 * through the whole document, are gathered into `articles` in document order instead.
 */
function checkLevel(sections: readonly Section[], parent: Numbered | null, layer: TextLayer, report: Report, articles: Numbered[]): void {
  // Most sections have no children: nothing to check below them.
  if (sections.length === 0) return;
  const runs = new Map<number, Numbered[]>();
  const path = parent?.ordinal.kind === 'arabic' ? [...parent.ordinal.prefix, parent.ordinal.value] : null;
  const pathText = path?.join('.');
  const ordinals = sections.map((section) => parseOrdinal(section.number));
  sections.forEach((section, i) => {
    const ordinal = ordinals[i];
    if (!ordinal) return;
    const item = { section, ordinal };
    if (ordinal.kind === 'article') {
      articles.push(item);
      return;
    }
    const key = KIND_INDEX[ordinal.kind] * PREFIX_SLOTS + ordinal.prefix.length;
    const run = runs.get(key);
    if (run) run.push(item);
    else runs.set(key, [item]);
    if (path && ordinal.prefix.length > 0 && ordinal.prefix.join('.') !== pathText) {
      const expected = writeOrdinal('arabic', ordinal.value, path);
      report({
        messageId: 'prefix',
        data: { number: section.number, parent: parent!.section.number, expected },
        range: firstLineOf(layer, section.position),
      });
    }
  });
  for (const run of runs.values()) checkRun(run, layer, report);
  sections.forEach((section, i) => {
    const ordinal = ordinals[i];
    checkLevel(section.children, ordinal ? { section, ordinal } : null, layer, report, articles);
  });
}

export const sequence: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'outline/sequence',
    description: 'A numbering level that skips, repeats or runs backwards; letters follow the Vietnamese alphabet',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      start: '"{number}" opens its level; numbering starts at {expected}',
      skip: '"{number}" follows "{previous}": {expected} is missing',
      repeat: '"{number}" repeats the number before it; expected {expected}',
      backwards: '"{number}" follows "{previous}": numbering runs backwards; expected {expected}',
      prefix: '"{number}" sits under "{parent}"; expected {expected}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 6 điểm đ (phần, chương, mục, điều, khoản, điểm in sequence; điểm by the Vietnamese alphabet)',
      bad: '4. Sở Nội vụ … 6. Sở Tài chính … (5 missing); a) b) c) d) e) (đ missing)',
      good: '4. Sở Nội vụ … 5. Sở Tài chính …; a) b) c) d) đ) e)',
    },
  },
  check({ document, layer, report }) {
    const articles: Numbered[] = [];
    checkLevel(document.sections, null, layer, report, articles);
    checkRun(articles, layer, report);
  },
};
