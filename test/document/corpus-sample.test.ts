import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, ROOT } from './helpers.js';

/** The three corpus files copied into fixtures, so that a clone without ../shared reads the corpus shape too. */
const SAMPLE = join(ROOT, 'fixtures/corpus-sample');

describe('fixtures/corpus-sample: website extras around one document', () => {
  it.each([
    ['234-2026-ND-CP.md', '234/2026/NĐ-CP', '2026-06-26', 'CHÍNH PHỦ'],
    ['an-ninh-quoc-gia__thong-tu-71-2026-tt-bca-tam-hoan-xuat-canh.md', '71/2026/TT-BCA', '2026-05-25', 'BỘ CÔNG AN'],
    ['chinh-phu__quyet-dinh-1255-2026-qd-ttg-xa-hoi-hoa-giao-duc.md', '1255/QĐ-TTg', '2026-07-10', null],
  ])('%s reads as one document with its own number and date', (file, number, iso, issuer) => {
    const { documents } = parseFile(join(SAMPLE, file));
    expect(documents).toHaveLength(1);
    expect(documents[0]!.number?.value).toBe(number);
    expect(documents[0]!.date?.iso ?? null).toBe(iso);
    expect(documents[0]!.issuer?.name ?? null).toBe(issuer);
  });

  it('finds the signature block of a Nghị định but does not invent the OCR-damaged name', () => {
    const [document] = parseFile(join(SAMPLE, '234-2026-ND-CP.md')).documents;
    expect(document!.signature).toMatchObject({ lines: ['TM. CHÍNH PHỦ'], authority: 'TM.', signer: null });
    expect(document!.archive?.units).toEqual(['VT', 'TCCV (2)']);
  });
});
