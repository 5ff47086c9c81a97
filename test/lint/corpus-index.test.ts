import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/source.js';
import { CorpusIndex } from '../../src/lint/corpus-index.js';
import { parseSource } from '../../src/pipeline.js';

function indexOf(path: string, text: string): CorpusIndex {
  const index = new CorpusIndex();
  for (const document of parseSource(decodeSource(Buffer.from(text), path)).documents) index.addDocument(path, document);
  return index;
}

function summary(index: CorpusIndex): string[] {
  return [...index.instruments()].flatMap(([key, occurrences]) => occurrences.map((o) => `${key} ${o.kind} ${o.filePath}:${o.range.start.line}`));
}

const PLAN = `ỦY BAN NHÂN DÂN
HUYỆN ĐỊNH HÓA

Số: 227/KH-UBND

Định Hóa, ngày 22 tháng 9 năm 2023

KẾ HOẠCH

Triển khai thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ

Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ, UBND huyện ban hành Kế hoạch.
`;

describe('corpus index', () => {
  it('keys normative numbers by number, others by number and year, headers included', () => {
    expect(summary(indexOf('plan.txt', PLAN))).toEqual([
      '227/KH-UBND (2023) header plan.txt:4',
      '07/CT-TTG (2023) citation plan.txt:10',
      '09/2017/NĐ-CP citation plan.txt:12',
    ]);
  });

  it('merges the index of another shard, keeping the order occurrences were added', () => {
    const index = indexOf('a.txt', PLAN);
    index.merge(indexOf('b.txt', 'Thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ.\n'));
    const occurrences = [...index.instruments()].find(([key]) => key === '07/CT-TTG (2023)')![1];
    expect(occurrences.map((o) => o.filePath)).toEqual(['a.txt', 'b.txt']);
  });
});
