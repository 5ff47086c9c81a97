import { romanValue as canonicalRomanValue, toRoman, VIETNAMESE_LETTERS as LETTERS } from '../../../outline/numbering.js';

/** The kinds of numbering one level may use; siblings are compared only within a kind. */
export type OrdinalKind = 'part' | 'chapter' | 'division' | 'article' | 'roman' | 'arabic' | 'letter';

export interface Ordinal {
  kind: OrdinalKind;
  value: number;
  /** For dotted numbers (`2.1.`), the components before the last: [2]. */
  prefix: number[];
}

/** Section numbers reach lint already read by the outline, so their numerals are canonical. */
function romanValue(numeral: string): number {
  return canonicalRomanValue(numeral) ?? 0;
}

const WORD_KINDS: Readonly<Record<string, OrdinalKind>> = { phần: 'part', chương: 'chapter', mục: 'division', điều: 'article' };

/** Ordinals read, by section number (not to be changed): the same few numbers recur in every document. */
const parsed = new Map<string, Ordinal | null>();
const MAX_PARSED = 4096;

/** Reads a section number as the outline gives it: `II.`, `2.1.`, `a)`, `Điều 5.`, `Chương IV`. */
export function parseOrdinal(number: string): Ordinal | null {
  let ordinal = parsed.get(number);
  if (ordinal === undefined) {
    ordinal = readOrdinal(number);
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(number, ordinal);
  }
  return ordinal;
}

function readOrdinal(number: string): Ordinal | null {
  const text = number.normalize('NFC').trim();
  const word = /^(Phần|Chương|Mục|Điều)\s+([IVXLC]{1,8}|\d{1,4})\b/iu.exec(text);
  if (word) {
    const kind = WORD_KINDS[word[1]!.toLowerCase()]!;
    const value = /^\d/.test(word[2]!) ? Number(word[2]) : romanValue(word[2]!.toUpperCase());
    return { kind, value, prefix: [] };
  }
  const roman = /^([IVXLC]{1,8})[.)]?$/.exec(text);
  if (roman) return { kind: 'roman', value: romanValue(roman[1]!), prefix: [] };
  const dotted = /^(\d{1,4}(?:\.\d{1,4}){0,6})[.)]?$/.exec(text);
  if (dotted) {
    const parts = dotted[1]!.split('.');
    // Pushed into a literal: a packed array like the other kinds' `[]` (map() and slice() give holey ones).
    const prefix: number[] = [];
    for (let i = 0; i < parts.length - 1; i++) prefix.push(Number(parts[i]));
    return { kind: 'arabic', value: Number(parts[parts.length - 1]), prefix };
  }
  const letter = /^([a-zđ])[.)]$/u.exec(text);
  if (letter && LETTERS.includes(letter[1]!)) return { kind: 'letter', value: LETTERS.indexOf(letter[1]!) + 1, prefix: [] };
  return null;
}

/** How an ordinal of a kind is written: 3 → `III`, `c`, `3`. */
export function writeOrdinal(kind: OrdinalKind, value: number, prefix: readonly number[] = []): string {
  if (kind === 'roman' || kind === 'part' || kind === 'chapter') return toRoman(value);
  if (kind === 'letter') return LETTERS[value - 1] ?? '?';
  return [...prefix, value].join('.');
}
