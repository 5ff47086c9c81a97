import { isAsciiDigit } from '../text/markup-chars.js';
import { SP } from './vocabulary.js';
import { isInParagraphSpace } from './words.js';

export interface ProvisionMatch {
  start: number;
  /** Normalized: "điểm a khoản 3 Điều 30". */
  text: string;
}

const WINDOW = 160;
const LETTER = '[a-zđ]';
const POINT = `(?:các${SP}+)?[Đđ]iểm${SP}+${LETTER}(?:${SP}*,${SP}*${LETTER})*(?:${SP}+và${SP}+${LETTER})?`;
const CLAUSE = `(?:các${SP}+)?[Kk]hoản${SP}+\\d+${LETTER}?(?:${SP}*,${SP}*\\d+)*(?:${SP}+và${SP}+\\d+)?`;
const ARTICLE = `[Đđ]iều${SP}+\\d+${LETTER}?`;
const LINK = `${SP}+(?:(?:tại|của)${SP}+)?`;
/** `điểm a khoản 3 Điều 30 ` (each part optional, at least one), right before the type word. */
const PROVISION = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:${POINT}${LINK})?(?:${CLAUSE}${LINK})?(?:${ARTICLE}${LINK})?)$`,
  'u',
);

/** `[a-zđ]`. */
function isPartLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0x111;
}

/**
 * Whether PROVISION may match something in `text[from, pos)`: whatever it matches ends with
 * the spaces of a link, after `tại` or `của`, or after a part's last number (`3`), letter of a
 * number (`5a`) or point letter (`a`, `,b`). Most citations follow another word ("theo").
 */
function mayEndProvision(text: string, from: number, pos: number): boolean {
  let end = pos;
  while (end > from && isInParagraphSpace(text.charCodeAt(end - 1))) end--;
  if (end === pos || end === from) return false;
  const last = text.charCodeAt(end - 1);
  if (isAsciiDigit(last)) return true;
  if (!isPartLetter(last) || end - 2 < from) return false;
  const before = text.charCodeAt(end - 2);
  if (isAsciiDigit(before) || before === 0x2c || isInParagraphSpace(before)) return true;
  return end - 3 >= from && (text.startsWith('tại', end - 3) || text.startsWith('của', end - 3));
}

/** Parts of `điểm`, `khoản`, `Điều`, in any of the cases the pattern allows. */
const PROVISION_WORDS = ['iểm', 'hoản', 'iều'];

/** The provision written right before a citation starting at `pos`, not reaching back past `floor`. */
export function provisionBefore(text: string, pos: number, floor: number): ProvisionMatch | null {
  const from = Math.max(floor, pos - WINDOW);
  if (!mayEndProvision(text, from, pos)) return null;
  const window = text.slice(from, pos);
  // Without one of its words a provision can only match empty: skip the regex, tried at every position of the window.
  if (!PROVISION_WORDS.some((word) => window.includes(word))) return null;
  const m = PROVISION.exec(window);
  if (!m || m[1]!.length === 0) return null;
  const words = m[1]!.trim().split(/\s+/u);
  while (words.length > 0 && /^(?:tại|của)$/u.test(words[words.length - 1]!)) words.pop();
  return { start: from + m.index, text: words.join(' ').replace(/ ,/gu, ',') };
}
