import type { Citation, CitationDate, NumberIssue } from '../model/citation.js';
import type { TextLayer } from '../text/text-layer.js';
import { classOf, SPACE } from '../text/char-class.js';
import type { AliasDeclaration } from './alias.js';
import type { DateMatch } from './date.js';
import { type NumberMatch, symbolParts } from './number.js';
import type { Resolution } from './resolve.js';
import type { Core } from './scan.js';
import type { Context } from './titles.js';

/**
 * Turns offsets of the scanned slice (which starts at `base` in the layer) into file positions.
 * `raw` and `range` are the layer's; each part asks both for the same offsets, mapped once.
 */
export class Placer {
  /** The last offsets mapped, and the original-text offsets they map to. */
  private start = -1;
  private end = -1;
  private from = 0;
  private to = 0;

  constructor(
    private readonly layer: TextLayer,
    private readonly base: number,
  ) {}

  private map(start: number, end: number): void {
    if (start === this.start && end === this.end) return;
    this.start = start;
    this.end = end;
    this.from = this.layer.toOriginal(this.base + start, 'start');
    this.to = Math.max(this.from, this.layer.toOriginal(this.base + end, 'end'));
  }

  raw(start: number, end: number): string {
    this.map(start, end);
    return this.layer.originalRaw(this.from, this.to);
  }

  range(start: number, end: number): Citation['position'] {
    this.map(start, end);
    return { start: this.layer.pointAt(this.from), end: this.layer.pointAt(this.to) };
  }
}

const LINE_BREAK = /(?<![^\S\r\n])[^\S\r\n]*(?:\r\n|\r|\n)\s*/gu;

/** What `numberIssues` reads of a raw number in one pass. */
interface RawMarks {
  lineBreak: boolean;
  space: boolean;
  eth: boolean;
  slash: boolean;
  markup: boolean;
  /** Below U+0300 every character is in NFC, so only a raw number reaching that far may not be. */
}

/** Gathered in locals: setting fields of one object, each first on a rare number, deoptimized it. */
function marksOf(raw: string): RawMarks {
  let lineBreak = false;
  let space = false;
  let eth = false;
  let slash = false;
  let markup = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 10 || code === 13) lineBreak = true;
    else if (code === 0xd0) eth = true;
    else if (code === 0x2044 || code === 0x2215) slash = true;
    else if (code === 0x2a || code === 0x5f) markup = true;
    if (classOf(code) & SPACE) space = true;
  }
  return { lineBreak, space, eth, slash, markup };
}

export function numberIssues(raw: string, number: NumberMatch): NumberIssue[] {
  const issues: NumberIssue[] = [];
  const marks = marksOf(raw);
  // LINE_BREAK, tried at every position, runs only on the few numbers broken across lines.
  if (marks.lineBreak ? /\s/u.test(raw.replace(LINE_BREAK, '')) : marks.space) issues.push('space');
  if (marks.lineBreak) issues.push('line-break');
  if (marks.eth) issues.push('eth');
  if (marks.slash) issues.push('slash');
  if (marks.markup) issues.push('markup');
  if (number.recased) issues.push('case');
  return issues;
}

function dateOf(place: Placer, date: DateMatch | null): CitationDate | null {
  if (!date) return null;
  const { day, month, year, iso } = date;
  return { raw: place.raw(date.start, date.end), day, month, year, iso, position: place.range(date.start, date.end) };
}

/** The date a resolution compares: ISO, or the numbers as given when not on the calendar. */
export function dateIdentity(date: DateMatch | null): string | null {
  return date ? (date.iso ?? `${date.year}-${date.month}-${date.day}`) : null;
}

export function buildCitation(
  text: string,
  place: Placer,
  core: Core,
  context: Context,
  alias: AliasDeclaration | undefined,
  resolution: Resolution,
): Citation {
  const number = core.number;
  const parts = number ? symbolParts(number, core.type ?? '') : null;
  const numberRaw = number ? place.raw(number.start, number.end) : null;
  return {
    kind: resolution.kind,
    type: core.type,
    number: number?.value ?? null,
    sequence: number?.sequence ?? null,
    year: number?.year ?? null,
    typeCode: parts?.typeCode ?? null,
    issuerCode: parts?.issuerCode ?? null,
    unitCode: parts?.unitCode ?? null,
    numberStyle: number?.style ?? null,
    numberRaw,
    numberPosition: number ? place.range(number.start, number.end) : null,
    numberIssues: number && numberRaw !== null ? numberIssues(numberRaw, number) : [],
    date: dateOf(place, core.date),
    issuer: core.issuer?.text ?? null,
    title: context.title?.text ?? null,
    name: core.name ? text.slice(core.name.start, core.name.end) : null,
    provision: context.provision?.text ?? null,
    alias: alias?.text ?? null,
    raw: place.raw(core.start, core.end),
    position: place.range(core.start, core.end),
    refersTo: resolution.refersTo,
    resolvedBy: resolution.resolvedBy,
  };
}
