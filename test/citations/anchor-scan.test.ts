import { describe, expect, it } from 'vitest';
import { LATIN_WORD_CHARS, letterCases } from '../../src/citations/phrase-trie.js';
import { findCores } from '../../src/citations/scan.js';
import { ANCHOR_WORDS } from '../../src/citations/vocabulary.js';

const BMP = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

/**
 * The candidate scan must find every anchor the `iu` regex finds at a word start: its letter
 * classes take every character the regex takes, and what it takes for a break before the word
 * holds every character that is no letter or number.
 */
describe('anchor candidates', () => {
  it('take every character a case-insensitive u regex takes for a letter of the anchor words', () => {
    const letters = new Set(ANCHOR_WORDS.flatMap((word) => [...word.toLowerCase()]).filter((char) => char !== ' '));
    for (const letter of letters) {
      const exact = new RegExp(`^${letter}$`, 'iu');
      const cases = new RegExp(`^${letterCases(letter)}$`);
      const missed = BMP.filter((char) => exact.test(char) && !cases.test(char));
      expect(missed, letter).toEqual([]);
    }
  });

  it('leave out of the break before a word only letters and numbers', () => {
    const latin = new RegExp(`^[${LATIN_WORD_CHARS}]$`);
    const letterOrNumber = /^[\p{L}\p{N}]$/u;
    expect(BMP.filter((char) => latin.test(char) && !letterOrNumber.test(char))).toEqual([]);
  });
});

/** Core starts and types, as the scan that ran the anchor regex at every position found them. */
const CASES: [string, [number, string | null][]][] = [
  ['ſố 12/2020/NĐ-CP', [[0, 'ſố']]],
  ['\u212Aế hoạch số 12/KH-UBND', [[0, 'Kế hoạch']]],
  ['x ſố 12/2020/NĐ-CP', [[2, 'ſố']]],
  ['x \u212Aế hoạch số 12/KH-UBND', [[2, 'Kế hoạch']]],
  ['x(Quyết định số 12/QĐ-UBND', [[2, 'Quyết định']]],
  ['😀Quyết định số 12/QĐ-UBND', [[2, 'Quyết định']]],
  ['𝐀Quyết định số 12/QĐ-UBND', []],
  ['αQuyết định số 12/QĐ-UBND', []],
  ['a\u0301Quyết định số 12/QĐ-UBND', [[2, 'Quyết định']]],
  ['QuyếtQuyết định số 12/QĐ-UBND', []],
  ['\u00a0Nghị định số 1/2020/NĐ-CP', [[1, 'Nghị định']]],
  ['1Nghị định số 1/2020/NĐ-CP', [[11, null]]],
  ['Bộ luật Dân sự và Luật số 5/2020/QH14', [[0, 'Bộ luật'], [18, 'Luật']]],
  ['BỘ Luật Dân sự', []],
  ['theo Luật Báo chí, Quyết định số 1/QĐ-TTg;Chỉ thị số 2/CT-TTg', [[5, 'Luật'], [19, 'Quyết định'], [42, 'Chỉ thị']]],
  ['ÐỀ ÁN số 3/ĐA-UBND', []],
  ['x\ud800Quyết định số 12/QĐ-UBND', [[2, 'Quyết định']]],
];

describe('anchors after any break', () => {
  it.each(CASES)('%j', (text, expected) => {
    expect(findCores(text).map((core) => [core.start, core.type])).toEqual(expected);
  });
});
