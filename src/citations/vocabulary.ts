/** Words and codes citations are made of (domain.md §2, PL III of Nghị định 30/2020/NĐ-CP). */

import { phraseTrieSource } from './phrase-trie.js';

/** Whitespace inside one paragraph of the text layer: citations never cross a paragraph. */
export const SP = '[^\\S\\n]';

/** Type words, canonical spelling. */
const TYPE_WORDS = [
  'Văn bản hợp nhất',
  'Thông tư liên tịch',
  'Nghị quyết liên tịch',
  'Thông tư',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
  'Hiến pháp',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Chỉ thị',
  'Kế hoạch',
  'Thông báo',
  'Thông cáo',
  'Thông tri',
  'Hướng dẫn',
  'Công văn',
  'Công điện',
  'Văn bản',
  'Quy định',
  'Quy chế',
  'Kết luận',
  'Chương trình',
  'Đề án',
  'Phương án',
  'Báo cáo',
  'Tờ trình',
  'Sắc lệnh',
  'Lệnh',
] as const;

const CANONICAL_TYPE = new Map(TYPE_WORDS.map((word) => [word.toLowerCase(), word]));

/** First letters of the type words, lower-case. */
export const TYPE_WORD_INITIALS = TYPE_WORDS.map((word) => word.charAt(0).toLowerCase()).join('');

/** Source of a regex matching any type word in any case (with the `i` flag), words joined by in-paragraph spaces. */
export const TYPE_WORD_SOURCE = phraseTrieSource(TYPE_WORDS, SP);

/** Like TYPE_WORD_SOURCE, or `số`: what a citation may start with. */
export const ANCHOR_WORD_SOURCE = phraseTrieSource([...TYPE_WORDS, 'số'], SP);

/** Title-case spelling of a type word as matched ("QUYẾT ĐỊNH", "quyết  định" → "Quyết định"). */
export function canonicalType(matched: string): string {
  let type = recentTypes.get(matched);
  if (type === undefined) {
    if (recentTypes.size >= MAX_RECENT_TYPES) recentTypes.clear();
    type = CANONICAL_TYPE.get(matched.toLowerCase().replace(/\s+/g, ' ')) ?? matched;
    recentTypes.set(matched, type);
  }
  return type;
}

/** Type words as matched, seen lately: a few spellings make up nearly all of them. */
const recentTypes = new Map<string, string>();
const MAX_RECENT_TYPES = 1024;

/** Instruments cited by name ("Luật Báo chí"), not only by number. */
export const NAMED_TYPES: ReadonlySet<string> = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);

/** State documents of these types have no type code: `1719/UBND-THCBKS` is issuer-unit. */
export const UNTYPED_STATE_TYPES: ReadonlySet<string> = new Set(['Công văn', 'Văn bản']);

/** Type codes (PL III, normative codes, superseded codes, Party codes), canonical case. */
const TYPE_CODES = [
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'TTr',
  'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'GNP', 'PG', 'PC', 'PB', 'SY', 'TrS', 'SL',
  'NĐ', 'TT', 'TTLT', 'NQLT', 'L', 'PL', 'VBHN', 'GN', 'TTh', 'UQ', 'NP', 'CV', 'KL', 'QĐi',
];

const TYPE_CODES_UPPER: ReadonlySet<string> = new Set(TYPE_CODES.map((code) => code.toUpperCase()));
/** No two codes share an upper-case form, so a group written as one of them is that code: it need not be upper-cased. */
const CANONICAL_TYPE_CODES: ReadonlySet<string> = new Set(TYPE_CODES);

/** Whether a code group is a type code, in any case (real symbols mix it: `QyĐ`, `QYĐ`). */
export function isTypeCode(group: string): boolean {
  return CANONICAL_TYPE_CODES.has(group) || TYPE_CODES_UPPER.has(group.toUpperCase());
}

/** Type codes by their upper-case form, to tell `Qđ` or `CTR` from `QĐ` and `CTr`. */
const CANONICAL_TYPE_CODE = new Map(TYPE_CODES.map((code) => [code.toUpperCase(), code]));

/** Whether a code group, upper-cased, is `TTG`: groups are ASCII letters, digits, `Đ`, `đ`, which keep their length. */
function isPrimeMinisterCode(group: string): boolean {
  return group.length === 3 && group.toUpperCase() === 'TTG';
}

/**
 * Code groups with a miscased type code (first group) or Prime Minister's code (`TTG` after a
 * type code) put right; other groups (units such as `TTH`) stay as written. Without a type
 * code, or with nothing to put right, `groups` itself.
 */
export function recased(groups: string[]): string[] {
  if (groups.length <= 1) return groups;
  const first = groups[0]!;
  const type = CANONICAL_TYPE_CODES.has(first) ? first : CANONICAL_TYPE_CODE.get(first.toUpperCase());
  if (type === undefined) return groups;
  const issuer = isPrimeMinisterCode(groups[1]!) ? 'TTg' : groups[1]!;
  // Nothing put right: `groups` itself, as without a type code.
  if (type === first && issuer === groups[1]) return groups;
  return [type, issuer, ...groups.slice(2)];
}
