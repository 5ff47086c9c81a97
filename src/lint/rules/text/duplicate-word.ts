import { paragraphsIn } from '../../../document/paragraphs.js';
import { fixLayerSpan } from '../../locate.js';
import type { FileRule } from '../../rule.js';

const WORD = /[\p{L}\p{M}\d]+/gu;
const LETTER = /\p{L}/u;
/** The longest phrase checked for an immediate repeat. */
const MAX_PHRASE = 4;
/**
 * Single syllables whose doubling is a slip. Other syllables double at word boundaries in
 * correct Vietnamese (`hành vi vi phạm`, `sản xuất xuất khẩu`, `máy bay bay`, `năm năm`), so a
 * lone repeated syllable is reported only for these function words and date words.
 */
const SLIP_WHEN_DOUBLED = new Set([
  'của', 'và', 'các', 'những', 'là', 'được', 'cho', 'với', 'trong', 'để', 'đã', 'sẽ', 'đang', 'này', 'tại',
  'hoặc', 'nhưng', 'thì', 'ở', 'bị', 'do', 'nếu', 'khi', 'vì', 'đến', 'tới', 'trên', 'như', 'cũng', 'về', 'đối',
  'ngày', 'tháng',
]);

interface Token {
  start: number;
  end: number;
  /** As written. */
  word: string;
  /** Only a single space separates this token from the next one. */
  joinsNext: boolean;
}

function tokensOf(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = offset + match.index;
    const previous = tokens[tokens.length - 1];
    if (previous) previous.joinsNext = start === previous.end + 1 && text[previous.end - offset] === ' ';
    tokens.push({ start, end: start + match[0].length, word: match[0], joinsNext: false });
  }
  return tokens;
}

/** Whether tokens[i, i+n) is repeated right after itself, joined by single spaces throughout. */
function repeatsAt(tokens: readonly Token[], i: number, n: number): boolean {
  if (i + 2 * n > tokens.length) return false;
  for (let k = 0; k < 2 * n - 1; k++) if (!tokens[i + k]!.joinsNext) return false;
  for (let k = 0; k < n; k++) if (tokens[i + k]!.word !== tokens[i + n + k]!.word) return false;
  // Compared as written: `thuyền viên Thuyền viên …` is a heading run into the next sentence, not a slip.
  return LETTER.test(tokens[i]!.word) && (n > 1 || SLIP_WHEN_DOUBLED.has(tokens[i]!.word.toLowerCase()));
}

export const duplicateWord: FileRule = {
  scope: 'file',
  meta: {
    id: 'text/duplicate-word',
    description: 'A word or short phrase written twice in a row',
    defaultSeverity: 'warning',
    fixable: true,
    messages: {
      duplicate: '"{phrase}" is written twice in a row',
    },
    docs: {
      basis: 'NĐ 30/2020 PL I khoản 6 điểm a (content worded exactly and plainly); domain notes §2 (text traps: `ngày ngày`)',
      bad: 'Chỉ thị số 07/CT-TTg ngày ngày 21/3/2023',
      good: 'Chỉ thị số 07/CT-TTg ngày 21/3/2023',
    },
  },
  check({ layer, report }) {
    for (const paragraph of paragraphsIn(layer)) {
      const tokens = tokensOf(paragraph.text, paragraph.start);
      for (let i = 0; i < tokens.length; i++) {
        let n = MAX_PHRASE;
        while (n > 0 && !repeatsAt(tokens, i, n)) n--;
        if (n === 0) continue;
        const firstEnd = tokens[i + n - 1]!.end;
        const second = { start: tokens[i + n]!.start, end: tokens[i + 2 * n - 1]!.end };
        report({
          messageId: 'duplicate',
          data: { phrase: layer.text.slice(second.start, second.end) },
          range: layer.range(second.start, second.end),
          fix: fixLayerSpan(layer, firstEnd, second.end, ''),
        });
        i += 2 * n - 1;
      }
    }
  },
};
