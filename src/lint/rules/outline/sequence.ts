import type { Section } from '../../../model/outline.js';
import type { TextLayer } from '../../../text/text-layer.js';
import { firstLineOf } from '../../locate.js';
import type { DocumentRule, Report } from '../../rule.js';
import { type Ordinal, parseOrdinal, writeOrdinal } from './ordinal.js';

interface Numbered {
  section: Section;
  ordinal: Ordinal;
}

function expectedAfter(previous: Ordinal | null): number {
  return previous === null ? 1 : previous.value + 1;
}

/** Checks one run of numbers that must count 1, 2, 3 …; reports the first break at each place. */
function checkRun(run: readonly Numbered[], layer: TextLayer, report: Report): void {
  let previous: Numbered | null = null;
  for (const current of run) {
    const expected = expectedAfter(previous?.ordinal ?? null);
    const { kind, value, prefix } = current.ordinal;
    if (value !== expected) {
      const data = {
        number: current.section.number,
        previous: previous?.section.number ?? '',
        expected: writeOrdinal(kind, expected, prefix),
      };
      const messageId = previous === null ? 'start' : value === previous.ordinal.value ? 'repeat' : value < previous.ordinal.value ? 'backwards' : 'skip';
      report({ messageId, data, range: firstLineOf(layer, current.section.position) });
    }
    previous = current;
  }
}

function numbered(sections: readonly Section[]): Numbered[] {
  return sections.flatMap((section) => {
    const ordinal = parseOrdinal(section.number);
    return ordinal ? [{ section, ordinal }] : [];
  });
}

/** Articles count on through chapters and parts, so they form one run per document. */
function collectArticles(sections: readonly Section[], into: Numbered[]): void {
  for (const item of numbered(sections)) if (item.ordinal.kind === 'article') into.push(item);
  for (const section of sections) collectArticles(section.children, into);
}

function checkLevel(sections: readonly Section[], parent: Numbered | null, layer: TextLayer, report: Report): void {
  const runs = new Map<string, Numbered[]>();
  for (const item of numbered(sections)) {
    if (item.ordinal.kind === 'article') continue;
    const key = `${item.ordinal.kind}:${item.ordinal.prefix.length}`;
    const run = runs.get(key);
    if (run) run.push(item);
    else runs.set(key, [item]);
    const path = parent?.ordinal.kind === 'arabic' ? [...parent.ordinal.prefix, parent.ordinal.value] : null;
    if (path && item.ordinal.prefix.length > 0 && item.ordinal.prefix.join('.') !== path.join('.')) {
      const expected = writeOrdinal('arabic', item.ordinal.value, path);
      report({
        messageId: 'prefix',
        data: { number: item.section.number, parent: parent!.section.number, expected },
        range: firstLineOf(layer, item.section.position),
      });
    }
  }
  for (const run of runs.values()) checkRun(run, layer, report);
  for (const section of sections) {
    const ordinal = parseOrdinal(section.number);
    checkLevel(section.children, ordinal ? { section, ordinal } : null, layer, report);
  }
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
    checkLevel(document.sections, null, layer, report);
    const articles: Numbered[] = [];
    collectArticles(document.sections, articles);
    checkRun(articles, layer, report);
  },
};
