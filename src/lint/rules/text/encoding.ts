import { classOf, codePointBefore, LETTER } from '../../../text/char-class.js';
import { isLegacyEncoding, LEGACY_ENCODING_NAMES } from '../../../io/legacy/decode.js';
import type { TextLayer } from '../../../text/text-layer.js';
import { originalRange } from '../../locate.js';
import type { FileRule } from '../../rule.js';

/** Combining marks: after a letter, Vietnamese in decomposed form (NFD). */
const MARK_RUN = /[\u0300-\u036f]+/g;
/** Precomposed Vietnamese letters with a mark that NFD would decompose (so not `đ`). */
const PRECOMPOSED = /[\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;
/**
 * Latin-1 characters no Vietnamese word uses, which TCVN3 (ABC) and VNI text shows when read
 * as Unicode (`Céng hoµ x· héi`, `Vieät Nam`), next to a plain letter. Units and quotes
 * (`m²`, `°C`, `«`) are left out.
 */
const LEGACY_CHAR = /[µ¸¶·¹¨©ª¬®¯´¿ÆÇËÎÏÑÖØÜÞßäåæçëîïñöøûüþÿ]/g;
const PLAIN_LETTER = /^[A-Za-z]$/;
/** Legacy-looking characters are reported only when there are at least this many (a foreign name may carry one). */
const LEGACY_THRESHOLD = 3;
const ETH = /[\u00d0\u00f0]/gu;

/**
 * Legacy characters next to a plain letter (a letter then the character, else the character
 * then a letter), found and counted as `/[A-Za-z]<legacy>|<legacy>[A-Za-z]/g` would, but
 * from the legacy characters: that regex would be tried at every letter of the text.
 */
function legacyPairs(text: string): { index: number; count: number } | null {
  let first = -1;
  let count = 0;
  let resume = 0;
  LEGACY_CHAR.lastIndex = 0;
  for (let match = LEGACY_CHAR.exec(text); match; match = LEGACY_CHAR.exec(text)) {
    const at = match.index;
    let pair = -1;
    if (at - 1 >= resume && PLAIN_LETTER.test(text.charAt(at - 1))) pair = at - 1;
    else if (at >= resume && PLAIN_LETTER.test(text.charAt(at + 1))) pair = at;
    if (pair < 0) continue;
    if (first < 0) first = pair;
    count++;
    resume = pair + 2;
    LEGACY_CHAR.lastIndex = resume;
  }
  return first < 0 ? null : { index: first, count };
}

/**
 * Letters followed by combining marks, as `/\p{L}[\u0300-\u036f]+/gu` finds them, but found from
 * the marks: a leading `\p{L}` would be tried at every letter of the text.
 */
function decomposedLetters(text: string): { index: number; length: number; count: number } | null {
  let first: { index: number; length: number } | null = null;
  let count = 0;
  MARK_RUN.lastIndex = 0;
  for (let run = MARK_RUN.exec(text); run; run = MARK_RUN.exec(text)) {
    const letter = codePointBefore(text, run.index);
    if (letter < 0 || (classOf(letter) & LETTER) === 0) continue;
    if (!first) {
      const letterLength = letter > 0xffff ? 2 : 1;
      first = { index: run.index - letterLength, length: letterLength + run[0].length };
    }
    count++;
  }
  return first ? { ...first, count } : null;
}

function rangeAt(layer: TextLayer, index: number, length: number) {
  return originalRange(layer, index, index + length);
}

export const encoding: FileRule = {
  scope: 'file',
  meta: {
    id: 'text/encoding',
    description: 'Decomposed (NFD) or mixed Unicode forms, legacy encodings (TCVN3, VNI, Windows-1258: converted, and said), `Ð` typed for `Đ`',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      mixed: 'Vietnamese letters are written in two Unicode forms: {count} decomposed (NFD) among precomposed ones, first here; save the file in NFC',
      decomposed: 'The text is in decomposed Unicode (NFD), {count} places, first here; save the file in NFC',
      legacy: 'Text looks converted from a legacy font encoding (TCVN3/VNI): {count} places such as "{sample}"; convert it to Unicode',
      converted: 'The file is written in the legacy encoding {encoding}; vbhc converted it to Unicode to read it, and positions count in the converted text; save it as UTF-8',
      eth: '"{char}" is the Icelandic eth (U+00D0/U+00F0), not the Vietnamese "{expected}" (U+0110/U+0111)',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I phần I khoản 2 (Unicode Vietnamese font, TCVN 6909:2001); domain notes §2 (text traps)',
      bad: 'QUYẾT ÐỊNH (Ð U+00D0); Céng hoµ x· héi (TCVN3 shown as Unicode)',
      good: 'QUYẾT ĐỊNH (Đ U+0110); Cộng hòa xã hội',
    },
  },
  check({ source, layer, report }) {
    const text = source.text;
    if (isLegacyEncoding(source.encoding)) {
      report({ messageId: 'converted', data: { encoding: LEGACY_ENCODING_NAMES[source.encoding] }, range: rangeAt(layer, 0, 0) });
    }
    const decomposed = decomposedLetters(text);
    if (decomposed) {
      const messageId = PRECOMPOSED.test(text) ? 'mixed' : 'decomposed';
      report({ messageId, data: { count: decomposed.count }, range: rangeAt(layer, decomposed.index, decomposed.length) });
    }
    const legacy = legacyPairs(text);
    if (legacy && legacy.count >= LEGACY_THRESHOLD) {
      const wordStart = text.lastIndexOf(' ', legacy.index) + 1;
      const sample = text.slice(wordStart, wordStart + 24).split(/\s/)[0]!;
      report({ messageId: 'legacy', data: { count: legacy.count, sample }, range: rangeAt(layer, legacy.index, 2) });
    }
    const hasEth = text.includes('\u00d0') || text.includes('\u00f0');
    for (const match of hasEth ? text.matchAll(ETH) : []) {
      const expected = match[0] === '\u00d0' ? 'Đ' : 'đ';
      report({
        messageId: 'eth',
        data: { char: match[0], expected },
        range: rangeAt(layer, match.index, 1),
        fix: { range: [match.index, match.index + 1], text: expected },
      });
    }
  },
};
