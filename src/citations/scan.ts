import { classBefore, classOf, LETTER, LOWERS, NUMBER, SPACE } from '../text/char-class.js';
import { type DateMatch, matchDateAt } from './date.js';
import { type IssuerMatch, matchIssuerAt } from './issuer.js';
import { matchLawName } from './law-name.js';
import { matchNumberAt, type NumberMatch } from './number.js';
import { ANCHOR_WORD_SOURCE, canonicalType, NAMED_TYPES, SP } from './vocabulary.js';
import { codeUnitAt, isCapitalized } from './words.js';

/** One cited instrument as found: offsets into the scanned text. */
export interface Core {
  /** Start of the type word, or of `số` for a list item (`các Luật số 47/2024/QH15, số 71/2025/QH15`). */
  start: number;
  /** Null for a normative number after a type word too damaged to read (`Nị chị định số 200/2026/NĐ-CP`). */
  type: string | null;
  /** A law's name, type word included ("Luật Báo chí"). */
  name: { start: number; end: number } | null;
  number: NumberMatch | null;
  date: DateMatch | null;
  issuer: IssuerMatch | null;
  /** End of the last part found: type word, name, number, date or issuer. */
  end: number;
}

/**
 * A type word, or `số` alone: a normative number in running text is a citation even when its
 * type word is unreadable. It must start a word, which `nextAnchor` checks by hand: as a
 * leading lookbehind it would be tried at every position of the text (twice as slow).
 */
const ANCHOR = new RegExp(`(?:${ANCHOR_WORD_SOURCE})(?![\\p{L}\\p{N}])`, 'giu');
/** Spaces, or a paragraph break the text layer could not tell from a wrapped line (`Nghị định` / `số 181/2025/NĐ-CP`). */
const GAP = `(?:${SP}+|${SP}*\\n${SP}*)`;
const UNTYPED_LEAD = new RegExp(GAP, 'uy');
/** Between a type word and its number: a gap and `số`, never `Số:` (the document's own number). */
const NUMBER_LEAD = new RegExp(`${GAP}(?:(s[ốô])(?![\\p{L}\\p{N}:])${GAP}?)?`, 'iuy');
const NAME_NUMBER_LEAD = new RegExp(`(?:(s[ốô])${GAP})?`, 'iuy');
const LIST_LEAD = new RegExp(`${SP}*(?:,|;|và|hoặc)${SP}*(?:(s[ốô])(?![\\p{L}\\p{N}:])${SP}*)?`, 'diuy');

/**
 * Whether a number may follow `pos`: past the spaces, a digit or the `s` of `số` (`ſ` folds to
 * it). Most type words in running text have neither, and then no lead regex need run.
 */
function mayHaveNumberAfter(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && classOf(text.charCodeAt(i)) & SPACE) i++;
  const code = codeUnitAt(text, i);
  return (code >= 48 && code <= 57) || code === 0x73 || code === 0x53 || code === 0x17f;
}

function numberAfter(lead: RegExp, text: string, pos: number): NumberMatch | null {
  if (!mayHaveNumberAfter(text, pos)) return null;
  lead.lastIndex = pos;
  const m = lead.exec(text);
  if (!m) return null;
  return matchNumberAt(text, pos + m[0].length, m[1] !== undefined);
}

/** Date and issuer after the number or name, in either order. */
function withTail(text: string, core: Omit<Core, 'date' | 'issuer'>): Core {
  let end = core.end;
  let date = matchDateAt(text, end);
  if (date) end = date.end;
  const issuer = matchIssuerAt(text, end, text.length);
  if (issuer) end = issuer.end;
  if (!date && issuer) {
    date = matchDateAt(text, end);
    if (date) end = date.end;
  }
  // Built field by field: a spread of cores of several origins was the hot spot here.
  return { start: core.start, type: core.type, name: core.name, number: core.number, end, date, issuer };
}

/** Title case as in running text ("Luật", "Bộ luật"), not a heading in capitals ("LUẬT"). */
function isRunningTitleCase(word: string): boolean {
  return isCapitalized(word) && (word.length < 2 || (classOf(word.charCodeAt(1)) & LOWERS) === 0);
}

/** `số 254/2026/NĐ-CP` with no type word before it; lower-case `số`, so a header's `Số 12/2020/NĐ-CP` is not one. */
function untypedCoreAt(text: string, start: number, matched: string): Core | null {
  if (matched !== 'số' || !mayHaveNumberAfter(text, start + matched.length)) return null;
  UNTYPED_LEAD.lastIndex = start + matched.length;
  if (!UNTYPED_LEAD.test(text)) return null;
  const number = matchNumberAt(text, UNTYPED_LEAD.lastIndex, false);
  if (!number || number.year === null) return null;
  return withTail(text, { start, type: null, name: null, number, end: number.end });
}

/** `matched.toLowerCase() === 'số'`, without lower-casing: only `S` and `Ố` lower-case to `s` and `ố`. */
function isNumberWord(matched: string): boolean {
  if (matched.length !== 2) return false;
  const first = matched.charCodeAt(0);
  const second = matched.charCodeAt(1);
  return (first === 0x73 || first === 0x53) && (second === 0x1ed1 || second === 0x1ed0);
}

function coreAt(text: string, start: number, matched: string): Core | null {
  // `số` is the only anchor word of two letters: the others need not be lower-cased to tell.
  if (isNumberWord(matched)) return untypedCoreAt(text, start, matched);
  const typeEnd = start + matched.length;
  const number = numberAfter(NUMBER_LEAD, text, typeEnd);
  if (number) return withTail(text, { start, type: canonicalType(matched), name: null, number, end: number.end });
  // Most type words have neither number nor title case ("quy định"): they need no canonical type.
  if (!isRunningTitleCase(matched)) return null;
  const type = canonicalType(matched);
  if (!NAMED_TYPES.has(type)) return null;
  const name = matchLawName(text, typeEnd, text.length, type);
  if (!name) return null;
  const named = name.next === null ? null : numberAfter(NAME_NUMBER_LEAD, text, name.next);
  return withTail(text, { start, type, name: { start, end: name.end }, number: named, end: named?.end ?? name.end });
}

/** Further numbers sharing the previous item's type word. */
function listItemAfter(text: string, previous: Core): Core | null {
  if (!previous.number || previous.number.style === 'bare') return null;
  LIST_LEAD.lastIndex = previous.end;
  const m = LIST_LEAD.exec(text);
  if (!m) return null;
  const start = previous.end + m[0].length;
  const number = matchNumberAt(text, start, false);
  if (!number || (m[1] === undefined && number.year === null)) return null;
  const itemStart = m.indices?.[1]?.[0] ?? start;
  return withTail(text, { start: itemStart, type: previous.type, name: null, number, end: number.end });
}

/** The next anchor at or after `ANCHOR.lastIndex` that starts a word. */
function nextAnchor(text: string): RegExpExecArray | null {
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    if ((classBefore(text, m.index) & (LETTER | NUMBER)) === 0) return m;
    ANCHOR.lastIndex = m.index + 1;
  }
  return null;
}

/** Every citation core in `text`, in order, not overlapping. Linear: each step is bounded. */
export function findCores(text: string): Core[] {
  const cores: Core[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = nextAnchor(text); m; m = nextAnchor(text)) {
    let core = coreAt(text, m.index, m[0]);
    if (!core) continue;
    while (core) {
      cores.push(core);
      ANCHOR.lastIndex = core.end;
      core = listItemAfter(text, core);
    }
  }
  return cores;
}
