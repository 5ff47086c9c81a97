import type { ParsedFile } from '../../src/model/document.js';

/** What a .docx or .pdf must share with the text it was made from. */
export function parseSummary(parsed: ParsedFile) {
  return parsed.documents.map((document) => ({
    number: document.number?.value ?? null,
    date: document.date?.iso ?? null,
    signer: document.signature?.signer ?? null,
    citations: document.citations.map((citation) => citation.number),
  }));
}
