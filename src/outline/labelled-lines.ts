/**
 * Labelled lines of a plan's task: "Cơ quan chủ trì: Sở Thông tin và Truyền thông.",
 * "Phối hợp: ...", "Thời gian thực hiện: Thường xuyên.", "Hình thức: ...".
 */

import { trimValue } from './trim.js';

export type LabelKind = 'lead' | 'cooperating' | 'timing' | 'form';

export interface LabelledLine {
  kind: LabelKind;
  /** The label as written, without its colon: "Đơn vị chủ trì thực hiện". */
  label: string;
  /** The text after the colon, trailing full stops dropped. */
  value: string;
}

const LABELS: [LabelKind, RegExp][] = [
  ['lead', /^(?:(?:Cơ quan|Đơn vị)\s+)?(?:chủ trì|thực hiện|chịu trách nhiệm)(?:\s+thực hiện)?$/iu],
  ['cooperating', /^(?:(?:Cơ quan|Đơn vị)\s+)?phối hợp(?:\s+thực hiện)?$/iu],
  ['timing', /^(?:Thời gian|Thời hạn|Tiến độ)(?:\s+(?:thực hiện|hoàn thành))?$/iu],
  ['form', /^Hình thức(?:\s*\/\s*số lượng|\s+thực hiện)?$/iu],
];

/** Labels are short; a colon further in belongs to a sentence. */
const MAX_LABEL_LENGTH = 40;

/** `text.indexOf(':')` when it is at most `limit`, else -1: the rest of a long paragraph is not searched. */
function firstColonWithin(text: string, limit: number): number {
  const end = Math.min(text.length, limit + 1);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 0x3a) return i;
  return -1;
}

/** The labelled line a paragraph or item is, or null. */
export function readLabelledLine(text: string): LabelledLine | null {
  const colon = firstColonWithin(text, MAX_LABEL_LENGTH);
  if (colon <= 0) return null;
  const label = text.slice(0, colon).trim();
  const kind = LABELS.find(([, pattern]) => pattern.test(label))?.[0];
  if (!kind) return null;
  return { kind, label, value: trimValue(text.slice(colon + 1)) };
}
