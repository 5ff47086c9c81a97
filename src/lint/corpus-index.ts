import type { VbhcDocument } from '../model/document.js';
import type { Range } from '../text/line-index.js';
import type { PartialDate } from './dates.js';
import { instrumentKey } from './instrument.js';

/** One place an instrument appears: cited in a document, or the instrument's own header. */
export interface Occurrence {
  kind: 'citation' | 'header';
  /** The number as the parser canonicalized it: `407/QĐ-TTg`. */
  number: string;
  date: PartialDate;
  filePath: string;
  range: Range;
}

/** Only the date's parts: an index of a large folder keeps no raw text or positions it does not need. */
function dayMonthYear({ day, month, year }: PartialDate): PartialDate {
  return { day, month, year };
}

/**
 * Instrument key → every occurrence across the linted files, in the order the files and
 * documents were added. Holds no text, so large folders fit; two indexes merge.
 */
export class CorpusIndex {
  private readonly byKey = new Map<string, Occurrence[]>();

  /** Indexes a document's own number and every citation that gives a date of its own (none without a key: no occurrence is built for it). */
  addDocument(filePath: string, document: VbhcDocument): void {
    const { number, date } = document;
    if (number && number.sequence !== null && date) {
      const key = instrumentKey(number.value, number.year, date.year);
      if (key !== null) this.add(key, { kind: 'header', number: number.value, date: dayMonthYear(date), filePath, range: number.position });
    }
    for (const citation of document.citations) {
      if (citation.number === null || citation.date === null) continue;
      const key = instrumentKey(citation.number, citation.year, citation.date.year);
      if (key !== null) this.add(key, { kind: 'citation', number: citation.number, date: dayMonthYear(citation.date), filePath, range: citation.position });
    }
  }

  merge(other: CorpusIndex): void {
    for (const [key, occurrences] of other.byKey) this.addAll(key, occurrences);
  }

  /** Adds occurrences already keyed, as `instruments()` of another index gave them (e.g. from a worker). */
  addAll(key: string, occurrences: readonly Occurrence[]): void {
    if (occurrences.length === 0) return;
    // One lookup for the list, as many `add` calls would append one by one.
    const list = this.byKey.get(key);
    if (list) for (const occurrence of occurrences) list.push(occurrence);
    else this.byKey.set(key, [...occurrences]);
  }

  /** Each instrument with its occurrences. */
  instruments(): IterableIterator<[string, readonly Occurrence[]]> {
    return this.byKey.entries();
  }

  private add(key: string, occurrence: Occurrence): void {
    const list = this.byKey.get(key);
    if (list) list.push(occurrence);
    else this.byKey.set(key, [occurrence]);
  }
}
