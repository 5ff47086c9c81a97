import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/io/source.js';
import { lintSources } from '../../src/lint/engine.js';
import { onlyRule } from './fixtures.js';

/** The duplicate-word findings of one line of text: the repeated phrase and whether it carries a fix. */
function findings(line: string): { phrase: string; fixed: boolean }[] {
  const source = decodeSource(new TextEncoder().encode(`${line}\n`), 'line.txt');
  const [result] = lintSources([source], { severities: onlyRule('text/duplicate-word'), lang: 'en' });
  return result!.messages.map((message) => ({
    phrase: line.slice(message.column - 1, message.endColumn - 1),
    fixed: message.fix !== undefined,
  }));
}

describe('text/duplicate-word fixes', () => {
  it('fixes a doubled date word and a doubled phrase of three syllables', () => {
    expect(findings('Chỉ thị số 07/CT-TTg ngày ngày 21/3/2023 của Thủ tướng')).toEqual([{ phrase: 'ngày', fixed: true }]);
    expect(findings('phối hợp với Sở Thông tin và Thông tin và Truyền thông')).toEqual([{ phrase: 'Thông tin và', fixed: true }]);
  });

  it('reports a doubled two-syllable phrase without a fix: correct text can read that way', () => {
    expect(findings('cơ quan thanh toán thanh toán cho người lao động')).toEqual([{ phrase: 'thanh toán', fixed: false }]);
    expect(findings('đề nghị thực hiện thực hiện ngay')).toEqual([{ phrase: 'thực hiện', fixed: false }]);
  });

  it('says nothing of a two-syllable phrase repeated across the edge of a noun naming who does it', () => {
    for (const line of [
      'Nhà cung cấp cung cấp báo giá chịu trách nhiệm',
      'người nộp thuế nộp thuế đúng hạn',
      'chi cục thuộc cục thuộc bộ',
      'bồi dưỡng, huấn luyện huấn luyện viên, vận động viên',
    ]) {
      expect(findings(line), line).toEqual([]);
    }
    expect(findings('trên cơ sở chỉ số chỉ số giá')).toEqual([{ phrase: 'chỉ số', fixed: false }]);
    expect(findings('nhà nhà tham gia; của của nhà')).toEqual([{ phrase: 'của', fixed: true }]);
    expect(findings('nhà Thông tin và Thông tin và')).toEqual([{ phrase: 'Thông tin và', fixed: true }]);
  });

  it('reads words by code point: astral letters belong to words, a lone surrogate or an emoji ends one', () => {
    expect(findings('𝐀𝐁 𝐂𝐃 𝐀𝐁 𝐂𝐃')).toEqual([{ phrase: '𝐀𝐁 𝐂𝐃', fixed: false }]);
    expect(findings('các 𝐀 các 𝐀 nữa')).toEqual([{ phrase: 'các 𝐀', fixed: false }]);
    expect(findings('và và\ud800 x')).toEqual([{ phrase: 'và', fixed: true }]);
    expect(findings('x \udc00và và')).toEqual([{ phrase: 'và', fixed: true }]);
    expect(findings('của\ud800 của')).toEqual([]);
    expect(findings('và😀 và😀')).toEqual([]);
  });
});
