import type { ParsedFile, VbhcDocument } from '../model/document.js';

function field(label: string, value: string | null | undefined): string {
  return `  ${label.padEnd(12)} ${value ?? '—'}\n`;
}

/** The date as the document states it, emphasis and spacing left out; blanks of a draft shown as "…". */
function formatDate(date: VbhcDocument['date']): string | null {
  if (!date) return null;
  const part = (value: number | null) => (value === null ? '…' : String(value));
  return `ngày ${part(date.day)} tháng ${part(date.month)} năm ${part(date.year)}${date.iso ? ` (${date.iso})` : ''}`;
}

function formatDocument(document: VbhcDocument, index: number, count: number): string {
  const heading = count > 1 ? `Document ${index + 1} of ${count}` : 'Document';
  let out = `${heading} (lines ${document.position.start.line}-${document.position.end.line})\n`;
  const issuer = document.issuer ? [document.issuer.parent, document.issuer.name].filter(Boolean).join(' / ') : null;
  out += field('Issuer', issuer);
  out += field('Number', document.number?.value);
  out += field('Place, date', [document.place, formatDate(document.date)].filter(Boolean).join(', ') || null);
  out += field('Type', document.type);
  out += field('Subject', document.subject);
  if (document.recipients.length > 0) {
    out += '  Kính gửi:\n';
    for (const recipient of document.recipients) out += `    - ${recipient}\n`;
  }
  if (document.distribution.length > 0 || document.archive) {
    out += '  Nơi nhận:\n';
    for (const entry of document.distribution) out += `    - ${entry.name}${entry.note ? ` (${entry.note})` : ''}\n`;
    if (document.archive) out += `    - Lưu: ${document.archive.units.join(', ')}\n`;
  }
  const signature = document.signature;
  out += field('Signature', signature ? [...signature.lines, signature.signer].filter(Boolean).join(' / ') : null);
  out += field('Citations', String(document.citations.length));
  out += field('Assignments', String(document.assignments.length));
  return out;
}

/** A readable summary of each document in a file, for people who do not read JSON. */
export function formatDocumentText(parsed: ParsedFile): string {
  const count = parsed.documents.length;
  return `${parsed.file}\n${parsed.documents.map((document, i) => formatDocument(document, i, count)).join('\n')}\n`;
}
