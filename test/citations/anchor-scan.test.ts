import { describe, expect, it } from 'vitest';
import { findCores } from '../../src/citations/scan.js';

/** Core starts and types of citations after unusual breaks: anchors start words as `classBefore` reads them. */
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
