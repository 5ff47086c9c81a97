import { classOf, SPACE } from '../text/char-class.js';
import { isAsciiDigit } from '../text/markup-chars.js';
import { isTypeCode, recased, SP, UNTYPED_STATE_TYPES } from './vocabulary.js';
import { codeUnitAt } from './words.js';

/** A number and symbol found in the text layer, with its parts. */
export interface NumberMatch {
  start: number;
  end: number;
  /** Canonical: no spaces, plain slashes, known codes in their case (`407/QĐ- TTG` → `407/QĐ-TTg`). */
  value: string;
  /** `bare` is a sequence number alone (`Quyết định số 765`), only ever a short form. */
  style: 'state' | 'party' | 'bare';
  sequence: number;
  year: number | null;
  /** The code groups after the sequence (and year), canonical case: `['QĐ', 'TTg']`; Party: `['CV', 'BTGTU']`. */
  groups: string[];
  /** Whether a known code was written in another case (`TTG`). */
  recased: boolean;
}

/** A code group: starts upper case, may hold digits and a few lower-case letters (`TTg`, `QH13`). */
const GROUP = '[A-ZĐ][A-Za-zĐđ0-9]{0,15}(?![\\p{L}\\p{N}])';
/** After a spaced hyphen only a code-shaped group counts, so `CP - Chính phủ` stays outside. */
const TIGHT_GROUP = '[A-ZĐ][A-ZĐ0-9]*[a-z]?(?![\\p{L}\\p{N}])';
/** A symbol cut at a paragraph end goes on in the next one: `62/2020/NĐ-` / `CP`. */
const BROKEN = `${SP}*\\n${SP}*`;
const JOINED_GROUP = `(?:-(?:${GROUP}|(?:${SP}|${BROKEN})${TIGHT_GROUP})|${SP}-${SP}?${TIGHT_GROUP})`;
const CODES = `${GROUP}${JOINED_GROUP}*`;
/** `⁄` (fraction slash) and `∕` (division slash) stand in for `/` in converted text. */
const SLASH = `${SP}?[/⁄∕](?:${SP}|${BROKEN})?`;
const SEQUENCE_DIGITS = 6;
const SEQUENCE = `(\\d{1,${SEQUENCE_DIGITS}})`;

const PARTY = new RegExp(`${SEQUENCE}${SP}?-${SP}?(${GROUP})${SLASH}(${CODES})`, 'uy');
const STATE = new RegExp(`${SEQUENCE}${SLASH}(?:(\\d{4})${SLASH})?(${CODES})`, 'uy');
/** Pre-1990s state numbers without a slash: `Nghị định số 15-CP`. */
const HYPHENATED = new RegExp(`${SEQUENCE}-(${CODES})`, 'uy');
const BARE = new RegExp(`${SEQUENCE}(?![\\p{L}\\p{N}/-]|${SP}?[/-]${SP}?\\p{N})`, 'uy');

function splitGroups(codes: string): string[] {
  return (hasSpace(codes) ? codes.replace(/\s+/gu, '') : codes).split('-');
}

function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (classOf(text.charCodeAt(i)) & SPACE) return true;
  return false;
}

function at(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

type Shape = 'state' | 'party' | 'hyphenated';

/** The canonical number: plain separators, no spaces, known codes in their canonical case. */
function canonicalValue(shape: Shape, sequence: string, year: string | undefined, groups: string[]): string {
  if (shape === 'party') return `${sequence}-${groups[0]}/${groups.slice(1).join('-')}`;
  if (shape === 'hyphenated') return `${sequence}-${groups.join('-')}`;
  return `${sequence}/${year === undefined ? '' : `${year}/`}${groups.join('-')}`;
}

/** Whether a matched symbol is written canonically but for its codes' case: no spaces, only `/` as slash. */
function isPlainlyWritten(symbolText: string): boolean {
  for (let i = 0; i < symbolText.length; i++) {
    const code = symbolText.charCodeAt(i);
    if (code === 0x2044 || code === 0x2215 || classOf(code) & SPACE) return false;
  }
  return true;
}

function symbol(pos: number, m: RegExpExecArray, shape: Shape, year: string | undefined, written: string[]): NumberMatch {
  const groups = recased(written);
  // A plainly written symbol whose codes were not recased is its own canonical value.
  const plain = groups === written && isPlainlyWritten(m[0]);
  return {
    start: pos,
    end: pos + m[0].length,
    value: plain ? m[0] : canonicalValue(shape, m[1]!, year, groups),
    style: shape === 'party' ? 'party' : 'state',
    sequence: Number(m[1]),
    year: year === undefined ? null : Number(year),
    groups,
    recased: groups !== written && groups.some((group, i) => group !== written[i]),
  };
}

/** The offset after the digits starting at `pos`. */
function digitsEnd(text: string, pos: number): number {
  let at = pos;
  while (isAsciiDigit(codeUnitAt(text, at))) at++;
  return at;
}

function isSlash(code: number): boolean {
  return code === 0x2f || code === 0x2044 || code === 0x2215;
}

/** The number and symbol starting exactly at `pos`, if any; `allowBare` admits a sequence alone. */
export function matchNumberAt(text: string, pos: number, allowBare: boolean): NumberMatch | null {
  // Every shape starts with its sequence: most calls (a type word in running text) end here.
  if (!isAsciiDigit(codeUnitAt(text, pos))) return null;
  // Each shape needs its sequence whole, then what follows it: a hyphen (party, hyphenated), a slash (state), a space (either).
  const digits = digitsEnd(text, pos);
  if (digits - pos > SEQUENCE_DIGITS) return null;
  const after = codeUnitAt(text, digits);
  const spaced = after >= 0 && after !== 10 && (classOf(after) & SPACE) !== 0;
  const party = after === 0x2d || spaced ? at(PARTY, text, pos) : null;
  if (party) return symbol(pos, party, 'party', undefined, [party[2]!, ...splitGroups(party[3]!)]);
  const state = isSlash(after) || spaced ? at(STATE, text, pos) : null;
  if (state) return symbol(pos, state, 'state', state[2], splitGroups(state[3]!));
  const hyphenated = after === 0x2d ? at(HYPHENATED, text, pos) : null;
  if (hyphenated) return symbol(pos, hyphenated, 'hyphenated', undefined, splitGroups(hyphenated[2]!));
  const bare = allowBare ? at(BARE, text, pos) : null;
  if (!bare) return null;
  return { start: pos, end: pos + bare[0].length, value: bare[1]!, style: 'bare', sequence: Number(bare[1]), year: null, groups: [], recased: false };
}

export interface SymbolParts {
  typeCode: string | null;
  issuerCode: string | null;
  unitCode: string | null;
}

/**
 * Type, issuer and unit codes of a symbol, read as the header's DocumentNumber reads them:
 * `QĐ-TTg` type QĐ, issuer TTg; công văn `UBND-THCBKS` issuer UBND, unit THCBKS (no type
 * code); normative `TTLT-BNV-VPCP` type TTLT, joint issuer BNV-VPCP; law `80/2015/QH13`
 * issuer only; Party `3270-CV/BTGTU` type CV, issuer BTGTU.
 */
export function symbolParts(number: NumberMatch, type: string): SymbolParts {
  const groups = number.groups;
  if (groups.length === 0) return { typeCode: null, issuerCode: null, unitCode: null };
  const first = groups[0]!;
  const typed = number.style === 'party' || (!UNTYPED_STATE_TYPES.has(type) && groups.length > 1 && isTypeCode(first));
  if (!typed) {
    if (number.year !== null) return { typeCode: null, issuerCode: joinedFrom(groups, 0), unitCode: null };
    return { typeCode: null, issuerCode: first, unitCode: joinedFrom(groups, 1) };
  }
  if (number.year !== null || number.style === 'party') return { typeCode: first, issuerCode: joinedFrom(groups, 1), unitCode: null };
  return { typeCode: first, issuerCode: groups[1] ?? null, unitCode: joinedFrom(groups, 2) };
}

/** The groups from index `from` on, joined by `-`; null when there are none (no rest array, no closure per call). */
function joinedFrom(groups: readonly string[], from: number): string | null {
  if (from >= groups.length) return null;
  if (from === groups.length - 1) return groups[from]!;
  return (from === 0 ? groups : groups.slice(from)).join('-');
}
