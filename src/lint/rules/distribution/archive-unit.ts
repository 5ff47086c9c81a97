import type { DocumentRule } from '../../rule.js';
import { archiveLineOf } from './closing.js';

/** A unit as the archive line writes it, compared loosely: `KGVX(Nh-06b).` and `THCBKS (T)` name KGVX and THCBKS. */
function unitKey(unit: string): string {
  return unit
    .replace(/\([^)]{0,40}\)/g, '')
    .replace(/[\s.;,_]+/g, '')
    .toUpperCase();
}

export const archiveUnit: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'distribution/archive-unit',
    description: "The drafting unit in a number differs from the unit on the `Lưu` line",
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      mismatch: 'The archive line keeps a copy for {units}, but the number {number} names the drafting unit {unit}',
      relatedNumber: 'the number names the drafting unit {unit}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 3 (drafting unit in a công văn\'s symbol) and PL I (nơi nhận: "Lưu: VT, <drafting unit>")',
      bad: 'Số: /UBND-VHXXH … Lưu: VP, VHXX.',
      good: 'Số: /UBND-VHXX … Lưu: VP, VHXX.',
    },
  },
  check({ filePath, document, layer, report }) {
    const { number, archive } = document;
    const unit = number?.unitCode;
    if (!number || !unit || number.style !== 'state' || !archive || archive.units.length === 0) return;
    const wanted = unitKey(unit);
    if (archive.units.some((candidate) => unitKey(candidate) === wanted)) return;
    const line = archiveLineOf(layer, document);
    const data = { units: archive.units.join(', '), number: number.value, unit };
    const relatedNumber = { filePath, range: number.position, messageId: 'relatedNumber', data: { unit } };
    report({ messageId: 'mismatch', data, range: line ?? number.position, related: line ? [relatedNumber] : [] });
  },
};
