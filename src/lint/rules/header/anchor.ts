import type { VbhcDocument } from '../../../model/document.js';
import type { Range } from '../../../text/line-index.js';
import type { TextLayer } from '../../../text/text-layer.js';
import { firstLineOf } from '../../locate.js';

/** Where a missing header part is reported: the date line, else the number, else the first line. */
export function headerAnchor(layer: TextLayer, document: VbhcDocument): Range {
  return document.date?.position ?? document.number?.position ?? firstLineOf(layer, document.position);
}
