import type { VbhcDocument } from '../../../model/document.js';
import type { Range } from '../../../text/line-index.js';
import type { TextLayer } from '../../../text/text-layer.js';
import { lastMatchRange, lastLineOf } from '../../locate.js';

const NOI_NHAN = /Nơi nhận/u;
const ARCHIVE_LINE = /(?<=^(?:[-–•+] ?)?)Lưu(?![\p{L}])[^\n]*/mu;

/** The `Nơi nhận` label of a document, else its last line. */
export function distributionAnchor(layer: TextLayer, document: VbhcDocument): Range {
  return lastMatchRange(layer, document.position, NOI_NHAN) ?? lastLineOf(layer, document.position);
}

/** The `Lưu: …` line of a document, or null. */
export function archiveLineOf(layer: TextLayer, document: VbhcDocument): Range | null {
  return lastMatchRange(layer, document.position, ARCHIVE_LINE);
}
