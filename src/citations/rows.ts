import type { Citation } from '../model/citation.js';
import type { ParsedFile } from '../model/document.js';

/** One citation as `vbhc citations` lists it: where it is, and what it cites. */
export interface CitationRow {
  file: string;
  /** 1-based index of the document in its file. */
  document: number;
  /** Index of the citation in its document (what `refersTo` counts). */
  index: number;
  line: number;
  column: number;
  citation: Citation;
}

export function citationRows(parsed: ParsedFile): CitationRow[] {
  return parsed.documents.flatMap((document, d) =>
    document.citations.map((citation, index) => ({
      file: parsed.file,
      document: d + 1,
      index,
      line: citation.position.start.line,
      column: citation.position.start.column,
      citation,
    })),
  );
}

/** The date as a list shows it: ISO when it is on the calendar, else day/month/year as given (`31/6/2023`). */
export function dateLabel(citation: Citation): string {
  const date = citation.date;
  if (!date) return '';
  return date.iso ?? `${date.day}/${date.month}/${date.year}`;
}
