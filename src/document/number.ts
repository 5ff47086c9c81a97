import { classOf, SPACE } from '../text/char-class.js';
import type { DocumentNumber } from '../model/document.js';
import { isTypeCode } from './type-codes.js';

export type NumberFields = Omit<DocumentNumber, 'raw' | 'position'>;

/** A `Số:` label and its number and symbol; offsets are into the matched text. */
export interface NumberMatch extends NumberFields {
  start: number;
  end: number;
}

/** Ornaments that may stand before the `Số` label: dashes, `_`, `*`, `~`, quotes and `.`. */
const ORNAMENTS = new Set([0x2d, 0x2014, 0x2013, 0x5f, 0x2a, 0x7e, 0x60, 0x27, 0x22, 0x201c, 0x201d, 0x2e]);
const S = 0x53;
const SMALL_O_CIRCUMFLEX_ACUTE = 0x1ed1; // ố
const CAPITAL_O_CIRCUMFLEX_ACUTE = 0x1ed0; // Ố
const SEQUENCE = /^\d{1,6}(?:\.\d{1,3})?/;
const CODE = /^[\p{L}\d&]+/u;
const YEAR = /^(?:19|20)\d\d$/;
const MAX_GAP = 3;

interface Symbol {
  sequence: string | null;
  separators: string[];
  codes: string[];
  end: number;
}

/** Where the text starts after its leading ornaments and whitespace (what `^[-—–_*~\`'"“”.\s]*` matches). */
function afterLeadingOrnaments(text: string): number {
  let i = 0;
  while (i < text.length && (ORNAMENTS.has(text.charCodeAt(i)) || (classOf(text.charCodeAt(i)) & SPACE) !== 0)) i++;
  return i;
}

/** Whether the `Số` label (`/^S[ốỐ]/`) stands at `at`: checked without a regex or a slice, as most pieces tried have none. */
export function hasLabelAt(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  return text.charCodeAt(at) === S && (next === SMALL_O_CIRCUMFLEX_ACUTE || next === CAPITAL_O_CIRCUMFLEX_ACUTE);
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < MAX_GAP && text[i] === ' ') i++;
  return i;
}

/** Reads `227 /KH-UBND`, `/UBND - VHXXH`, `3270-CV/BTGTU`: spaces may sit around `/` and `-` only. */
function readSymbol(text: string, at: number): Symbol | null {
  const sequence = SEQUENCE.exec(text.slice(at))?.[0] ?? null;
  let i = at + (sequence?.length ?? 0);
  const separators: string[] = [];
  const codes: string[] = [];
  for (;;) {
    const before = skipSpaces(text, i);
    const separator = text[before];
    if (separator !== '/' && separator !== '-' && separator !== '–') break;
    const codeStart = skipSpaces(text, before + 1);
    const code = CODE.exec(text.slice(codeStart, codeStart + 40))?.[0];
    if (!code) break;
    separators.push(separator === '/' ? '/' : '-');
    codes.push(code);
    i = codeStart + code.length;
  }
  if (!separators.includes('/')) return null;
  if (sequence === null && separators[0] !== '/') return null;
  return { sequence, separators, codes, end: i };
}

function integer(text: string | null): number | null {
  return text !== null && /^\d+$/.test(text) ? Number.parseInt(text, 10) : null;
}

/** Splits the symbol after the sequence into year, type, issuer and drafting unit. */
function stateFields(symbol: Symbol): Pick<NumberFields, 'year' | 'typeCode' | 'issuerCode' | 'unitCode'> {
  const leadingYear = symbol.codes.length > 1 && YEAR.test(symbol.codes[0]!) && symbol.separators[1] === '/';
  const year = leadingYear ? Number.parseInt(symbol.codes[0]!, 10) : null;
  const codes = leadingYear ? symbol.codes.slice(1) : symbol.codes;
  const first = codes[0];
  const rest = codes.slice(1);
  if (first === undefined) return { year, typeCode: null, issuerCode: null, unitCode: null };
  if (year !== null) {
    if (isTypeCode(first) && rest.length > 0) return { year, typeCode: first, issuerCode: rest.join('-'), unitCode: null };
    return { year, typeCode: null, issuerCode: codes.join('-'), unitCode: null };
  }
  if (isTypeCode(first) && rest.length > 0) {
    return { year, typeCode: first, issuerCode: rest[0]!, unitCode: rest.slice(1).join('-') || null };
  }
  return { year, typeCode: null, issuerCode: first, unitCode: rest.join('-') || null };
}

/** Party numbers: `3270-CV/BTGTU` is sequence, type code, issuing body. */
function partyFields(symbol: Symbol): Pick<NumberFields, 'year' | 'typeCode' | 'issuerCode' | 'unitCode'> {
  const slash = symbol.separators.indexOf('/');
  return {
    year: null,
    typeCode: symbol.codes.slice(0, slash).join('-') || null,
    issuerCode: symbol.codes.slice(slash).join('-') || null,
    unitCode: null,
  };
}

/**
 * Matches a document number at the start of a piece of header text: `Số: 1719/UBND-THCBKS`,
 * `Số: 227 /KH-UBND`, draft `Số: /KH-UBND`, Party `Số 3270-CV/BTGTU`. Placeholders
 * (`Số: ......`) and other uses of the word (`Số hiệu`, `Số 1:`) do not match.
 */
export function matchDocumentNumber(text: string): NumberMatch | null {
  const start = afterLeadingOrnaments(text);
  if (!hasLabelAt(text, start)) return null;
  let i = skipSpaces(text, start + 2);
  if (text[i] === ':' || text[i] === '.') i = skipSpaces(text, i + 1);
  const symbol = readSymbol(text, i);
  if (!symbol) return null;
  const party = symbol.sequence !== null && symbol.separators[0] === '-';
  let value = symbol.sequence ?? '';
  symbol.codes.forEach((code, k) => {
    value += symbol.separators[k]! + code;
  });
  const { year, typeCode, issuerCode, unitCode } = party ? partyFields(symbol) : stateFields(symbol);
  return { start, end: symbol.end, value, sequence: integer(symbol.sequence), year, typeCode, issuerCode, unitCode, style: party ? 'party' : 'state' };
}
