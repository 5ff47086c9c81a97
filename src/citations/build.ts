import type { Citation, CitationDate, NumberIssue } from '../model/citation.js';
import type { TextLayer } from '../text/text-layer.js';
import type { AliasDeclaration } from './alias.js';
import type { DateMatch } from './date.js';
import { type NumberMatch, symbolParts } from './number.js';
import type { Resolution } from './resolve.js';
import type { Core } from './scan.js';
import type { Context } from './titles.js';

/** Turns offsets of the scanned slice (which starts at `base` in the layer) into file positions. */
export class Placer {
  constructor(
    private readonly layer: TextLayer,
    private readonly base: number,
  ) {}

  raw(start: number, end: number): string {
    return this.layer.raw(this.base + start, this.base + end);
  }

  range(start: number, end: number): Citation['position'] {
    return this.layer.range(this.base + start, this.base + end);
  }
}

const LINE_BREAK = /(?<![^\S\r\n])[^\S\r\n]*(?:\r\n|\r|\n)\s*/gu;

export function numberIssues(raw: string, number: NumberMatch): NumberIssue[] {
  const issues: NumberIssue[] = [];
  // LINE_BREAK, tried at every position, runs only on the few numbers broken across lines.
  const broken = /[\r\n]/u.test(raw);
  if (/\s/u.test(broken ? raw.replace(LINE_BREAK, '') : raw)) issues.push('space');
  if (broken) issues.push('line-break');
  if (raw.includes('\u00d0')) issues.push('eth');
  if (/[⁄∕]/u.test(raw)) issues.push('slash');
  if (raw !== raw.normalize('NFC')) issues.push('unnormalized');
  if (/[*_]/u.test(raw)) issues.push('markup');
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
  const parts = number ? symbolParts(number, core.type ?? '') : { typeCode: null, issuerCode: null, unitCode: null };
  const numberRaw = number ? place.raw(number.start, number.end) : null;
  return {
    kind: resolution.kind,
    type: core.type,
    number: number?.value ?? null,
    sequence: number?.sequence ?? null,
    year: number?.year ?? null,
    ...parts,
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
