import { paragraphsIn } from '../../../document/paragraphs.js';
import { fixLayerSpan } from '../../locate.js';
import type { FileRule } from '../../rule.js';

const WORD = /[\p{L}\p{M}\d]+/gu;
const LETTER = /\p{L}/u;
const CAPITAL = /^\p{Lu}/u;
/** The longest phrase checked for an immediate repeat. */
const MAX_PHRASE = 4;
/** Reduplicatives that are correct Vietnamese (`người người, nhà nhà`, `dần dần`, `luôn luôn`). */
const REDUPLICATIVES = new Set(['ai', 'người', 'nhà', 'đời', 'dần', 'đâu', 'xa', 'thường', 'lâu', 'mãi', 'luôn', 'đêm', 'nơi', 'từ']);

interface Token {
  start: number;
  end: number;
  key: string;
  /** Only a single space separates this token from the next one. */
  joinsNext: boolean;
}

function tokensOf(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = offset + match.index;
    const previous = tokens[tokens.length - 1];
    if (previous) previous.joinsNext = start === previous.end + 1 && text[previous.end - offset] === ' ';
    tokens.push({ start, end: start + match[0].length, key: match[0].toLowerCase(), joinsNext: false });
  }
  return tokens;
}

/** Whether tokens[i, i+n) is repeated right after itself, joined by single spaces throughout. */
function repeatsAt(tokens: readonly Token[], i: number, n: number, text: (token: Token) => string): boolean {
  if (i + 2 * n > tokens.length) return false;
  for (let k = 0; k < 2 * n - 1; k++) if (!tokens[i + k]!.joinsNext) return false;
  for (let k = 0; k < n; k++) if (tokens[i + k]!.key !== tokens[i + n + k]!.key) return false;
  if (!LETTER.test(tokens[i]!.key)) return false;
  if (n > 1) return true;
  const word = tokens[i]!.key;
  // Single words: correct reduplicatives, one-letter tokens, and capitalised names that run into each other ("Việt Nam Nam Định") are not slips.
  return word.length > 1 && !REDUPLICATIVES.has(word) && !CAPITAL.test(text(tokens[i + 1]!));
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
    const text = (token: Token) => layer.text.slice(token.start, token.end);
    for (const paragraph of paragraphsIn(layer)) {
      const tokens = tokensOf(paragraph.text, paragraph.start);
      for (let i = 0; i < tokens.length; i++) {
        let n = MAX_PHRASE;
        while (n > 0 && !repeatsAt(tokens, i, n, text)) n--;
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
