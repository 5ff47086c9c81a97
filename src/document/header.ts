import type { VbhcDocument } from '../model/document.js';
import type { TextLayer } from '../text/text-layer.js';
import type { DocumentSpan } from './span.js';

export type HeaderParts = Pick<VbhcDocument, 'issuer' | 'number' | 'place' | 'date' | 'type' | 'subject' | 'recipients'>;

/** Header parts of one document: issuing body, number, place and date, type, subject, kính gửi. */
export function extractHeader(_layer: TextLayer, _span: DocumentSpan): HeaderParts {
  return { issuer: null, number: null, place: null, date: null, type: null, subject: null, recipients: [] };
}
