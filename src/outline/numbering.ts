/**
 * Section numbers at the start of a paragraph: what kind they are, their ordinal, and how
 * deep they sit. Nothing here looks at context; sections.ts decides whether a number that
 * looks like a heading really is one.
 */

export type MarkerKind =
  | 'part' // Phần I / Phần thứ nhất
  | 'chapter' // Chương II
  | 'division' // Mục 1
  | 'subdivision' // Tiểu mục 1
  | 'article' // Điều 5.
  | 'roman' // II.
  | 'arabic' // 2.
  | 'decimal' // 2.1.
  | 'letter' // a)
  | 'parenthesized'; // 1)

export interface Marker {
  kind: MarkerKind;
  /** The number as written, spaces collapsed: "II.", "2.1.", "a)", "Điều 5.", "Chương II". */
  number: string;
  /** Value of the last component: II → 2, 2.1. → 1, đ) → 5. */
  ordinal: number;
  /** Every component of a decimal number ([2, 1] for 2.1.); [ordinal] otherwise. */
  components: number[];
  /** What the number contributes to a section path: "II", "1", "a", "5". */
  segment: string;
  /** Text after the number, trimmed. */
  rest: string;
  /** Offset of `rest` in the paragraph. */
  restOffset: number;
}

/** Vietnamese alphabetical order for điểm: no f, j, w, z; đ after d. */
export const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
const ROMAN_DIGITS: [number, string][] = [
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(value: number): string {
  let rest = value;
  let out = '';
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}

/** Value of a canonically written Roman numeral (I–CCCXCIX), or null ("IIII", "VX" are not numbers). */
export function romanValue(text: string): number | null {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i]!];
    if (value === undefined) return null;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === text ? total : null;
}

const ORDINAL_WORDS: Record<string, number> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/** After the number: spaces, the end, or a capital letter glued to it ("Điều 5.Trách"). */
const AFTER_NUMBER = String.raw`(?=\s|$|\p{Lu})\s*`;

const ARTICLE = new RegExp(String.raw`^Điều\s{1,3}(\d{1,4})([a-zđ]?)\s{0,2}[.:]` + AFTER_NUMBER, 'u');
const DIVISION = new RegExp(
  String.raw`^(Phần|PHẦN|Chương|CHƯƠNG|Tiểu mục|TIỂU MỤC|Mục|MỤC)\s{1,3}(?:(thứ|THỨ)\s{1,3}(\p{L}{2,5})|([IVXLC]{1,7}|\d{1,3}))(?=[\s.:\-–]|$)(?!\.\d)[.:\-–]?\s*`,
  'u',
);
const ROMAN = new RegExp(String.raw`^([IVXLC]{1,7})\.` + AFTER_NUMBER, 'u');
/** 2. / 2) / 2.1. / 2.1 — components after the first are 1–99, so "10.000 đồng" is no number. */
const ARABIC = /^(\d{1,3}(?:\.[1-9]\d?){0,7})([.)]?)(?=\s|$|\p{Lu})\s*/u;
const LETTER = /^([a-zđ])\)(?=\s|$|\p{L})\s*/u;

function divisionKind(word: string): MarkerKind {
  switch (word.toLowerCase()) {
    case 'phần':
      return 'part';
    case 'chương':
      return 'chapter';
    case 'tiểu mục':
      return 'subdivision';
    default:
      return 'division';
  }
}

function numberValue(text: string): number | null {
  return /^\d/.test(text) ? Number(text) : romanValue(text);
}

/** Phần, Chương, Mục carry their title after a separator, in capitals, or on the next line. */
function divisionTitleFits(rest: string, separated: boolean): boolean {
  if (rest === '' || separated) return true;
  const letters = rest.replace(/[^\p{L}]/gu, '');
  return letters !== '' && letters === letters.toUpperCase();
}

function readDivision(text: string): Marker | null {
  const match = DIVISION.exec(text);
  if (!match) return null;
  const word = match[1]!;
  const ordinalWord = match[3];
  const ordinal = ordinalWord ? ORDINAL_WORDS[ordinalWord.toLowerCase()] : numberValue(match[4]!);
  if (!ordinal) return null;
  const rest = text.slice(match[0].length).trim();
  const separated = /[.:\-–]\s*$/.test(match[0]);
  if (!divisionTitleFits(rest, separated)) return null;
  const numberText = match[0].trim().replace(/\s+/g, ' ').replace(/[:\-–]$/, '').trim();
  return {
    kind: divisionKind(word),
    number: numberText,
    ordinal,
    components: [ordinal],
    segment: ordinalWord ? String(ordinal) : match[4]!,
    rest,
    restOffset: match[0].length,
  };
}

function readArticle(text: string): Marker | null {
  const match = ARTICLE.exec(text);
  if (!match) return null;
  const ordinal = Number(match[1]);
  if (ordinal === 0) return null;
  return {
    kind: 'article',
    number: match[0].trim().replace(/\s+/g, ' ').replace(/\s(?=[.:]$)/, ''),
    ordinal,
    components: [ordinal],
    segment: match[1]! + match[2]!,
    rest: text.slice(match[0].length).trim(),
    restOffset: match[0].length,
  };
}

function readRoman(text: string): Marker | null {
  const match = ROMAN.exec(text);
  if (!match) return null;
  const ordinal = romanValue(match[1]!);
  if (ordinal === null) return null;
  return {
    kind: 'roman',
    number: `${match[1]}.`,
    ordinal,
    components: [ordinal],
    segment: match[1]!,
    rest: text.slice(match[0].length).trim(),
    restOffset: match[0].length,
  };
}

/** `split('.').map(Number)` of ASCII digit groups, without the strings: one packed array, as the other markers' `[ordinal]`. */
function dottedNumbers(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e) {
      numbers.push(value);
      value = 0;
    } else value = value * 10 + (code - 0x30);
  }
  numbers.push(value);
  return numbers;
}

function readArabic(text: string): Marker | null {
  const match = ARABIC.exec(text);
  if (!match) return null;
  const components = dottedNumbers(match[1]!);
  const punctuation = match[2]!;
  const rest = text.slice(match[0].length).trim();
  const ordinal = components[components.length - 1]!;
  if (ordinal === 0) return null;
  let kind: MarkerKind;
  if (components.length > 1) {
    // "1.5 triệu": a decimal without its closing dot must be followed by a title.
    if (punctuation === ')' || (punctuation === '' && !/^\p{Lu}/u.test(rest))) return null;
    kind = 'decimal';
  } else if (punctuation === '.') kind = 'arabic';
  else if (punctuation === ')') kind = 'parenthesized';
  else return null;
  return {
    kind,
    number: match[1]! + punctuation,
    ordinal,
    components,
    segment: String(ordinal),
    rest,
    restOffset: match[0].length,
  };
}

function readLetter(text: string): Marker | null {
  const match = LETTER.exec(text);
  if (!match) return null;
  const ordinal = VIETNAMESE_LETTERS.indexOf(match[1]!) + 1;
  if (ordinal === 0) return null;
  return {
    kind: 'letter',
    number: `${match[1]})`,
    ordinal,
    components: [ordinal],
    segment: match[1]!,
    rest: text.slice(match[0].length).trim(),
    restOffset: match[0].length,
  };
}

/** First letters of `Phần`, `Chương`, `Tiểu mục`, `Mục` in either case, and of Roman numerals. */
const DIVISION_STARTS = 'PCTM';
const ROMAN_DIGIT_STARTS = 'IVXLC';

/** The section number a paragraph starts with, or null. */
export function readMarker(text: string): Marker | null {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return readArabic(text);
  // Each pattern can only match text that starts as it does: the others are not run (most paragraphs run none).
  const article = first === 0x110 ? readArticle(text) : null; // Đ
  if (article) return article;
  const division = DIVISION_STARTS.includes(text.charAt(0)) ? readDivision(text) : null;
  if (division) return division;
  const roman = ROMAN_DIGIT_STARTS.includes(text.charAt(0)) ? readRoman(text) : null;
  if (roman) return roman;
  return text.charCodeAt(1) === 0x29 ? readLetter(text) : null; // `a)`
}

/**
 * How deep a kind of number sits: Phần > Chương > Mục > Tiểu mục > Điều > I. > 1. > 1.1. >
 * 1.1.1. > a) > 1). A number opens a child of the nearest open section of a lower rank.
 */
export function markerRank(marker: Marker): number {
  switch (marker.kind) {
    case 'part':
      return 0;
    case 'chapter':
      return 1;
    case 'division':
      return 2;
    case 'subdivision':
      return 3;
    case 'article':
      return 4;
    case 'roman':
      return 5;
    case 'arabic':
      return 6;
    case 'decimal':
      return 5 + marker.components.length;
    case 'letter':
      return 20;
    case 'parenthesized':
      return 21;
  }
}

/** Numbers of one kind and depth run in one sequence under a parent. */
export function sequenceKey(marker: Marker): string {
  return marker.kind === 'decimal' ? `decimal${marker.components.length}` : marker.kind;
}
