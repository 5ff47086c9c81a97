import type { TextLayer } from '../../../text/text-layer.js';
import { fixInsert, fixLayerSpan, type LayerSpan } from '../../locate.js';
import type { DocumentRule, Fix } from '../../rule.js';
import { type WrittenNumber, writtenNumberOf } from '../../written-number.js';

/** One edit removing every gap, when each gap is plain whitespace in the original too. */
function fixGaps(layer: TextLayer, gaps: readonly LayerSpan[]): Fix | undefined {
  const original = layer.source.text;
  const from = layer.toOriginal(gaps[0]!.start, 'start');
  const to = layer.toOriginal(gaps[gaps.length - 1]!.end, 'end');
  let text = '';
  let position = from;
  for (const gap of gaps) {
    const start = layer.toOriginal(gap.start, 'start');
    const end = layer.toOriginal(gap.end, 'end');
    if (!/^\s+$/.test(original.slice(start, end))) return undefined;
    text += original.slice(position, start);
    position = end;
  }
  return { range: [from, to], text: text + original.slice(position, to) };
}

function withoutGaps(layer: TextLayer, written: WrittenNumber): string {
  return layer.text.slice(written.symbol.start, written.symbol.end).replace(/ +/g, '');
}

export const numberFormat: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'header/number-format',
    description: '`Số:` with a colon, a leading zero below 10, `/` and `-` without spaces; Party numbers as `Số 3270-CV/BTGTU`',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      spaces: 'Spaces inside the number "{written}"; write {expected}, with no space around "/" and "-"',
      colon: 'No colon after "Số"; write "Số: {symbol}"',
      partyColon: 'A Party number takes no colon after "Số"; write "Số {symbol}"',
      leadingZero: 'Sequence number {sequence} is below 10 and takes a leading zero: {expected}',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 3 (số, ký hiệu); HD 36-HD/VPTW for Party documents',
      bad: 'Số: 227 /KH-UBND',
      good: 'Số: 227/KH-UBND',
    },
  },
  check({ document, layer, report }) {
    const number = document.number;
    if (!number) return;
    const written = writtenNumberOf(layer, number);
    if (!written) return;
    const symbol = withoutGaps(layer, written);
    const { label, colon, sequence, gaps } = written;
    if (number.style === 'state' && !colon) {
      report({ messageId: 'colon', data: { symbol }, range: layer.range(label.start, label.end), fix: fixInsert(layer, label.end, ':') });
    }
    if (number.style === 'party' && colon) {
      report({ messageId: 'partyColon', data: { symbol }, range: layer.range(colon.start, colon.end), fix: fixLayerSpan(layer, colon.start, colon.end, '') });
    }
    const digits = layer.text.slice(sequence.start, sequence.end);
    if (number.style === 'state' && digits.length === 1 && digits !== '0') {
      report({
        messageId: 'leadingZero',
        data: { sequence: digits, expected: `0${digits}` },
        range: layer.range(sequence.start, sequence.end),
        fix: fixLayerSpan(layer, sequence.start, sequence.end, `0${digits}`),
      });
    }
    if (gaps.length > 0) {
      report({
        messageId: 'spaces',
        data: { written: layer.text.slice(written.symbol.start, written.symbol.end), expected: symbol },
        range: layer.range(written.symbol.start, written.symbol.end),
        fix: fixGaps(layer, gaps),
      });
    }
  },
};
