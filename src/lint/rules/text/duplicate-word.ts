import { LETTER as CHAR_LETTER, classOf, DIGIT, MARK } from '../../../text/char-class.js';
import { fixLayerSpan } from '../../locate.js';
import type { FileRule } from '../../rule.js';

const LETTER = /\p{L}/u;
const WORD_CHAR = CHAR_LETTER | MARK | DIGIT;
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

/** The words of a text (runs of letters, marks and digits) as parallel offset lists, no strings built. */
class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(readonly text: string) {
    let start = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      const at = i;
      if (code > 0xffff) i++;
      if ((classOf(code) & WORD_CHAR) !== 0) {
        if (start < 0) start = at;
      } else if (start >= 0) {
        this.push(start, at);
        start = -1;
      }
    }
    if (start >= 0) this.push(start, text.length);
  }

  private push(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  get length(): number {
    return this.starts.length;
  }

  word(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Only a single space separates word `i` from the next one (never a line break: words stay in their paragraph). */
  joinsNext(i: number): boolean {
    const end = this.ends[i]!;
    return this.starts[i + 1] === end + 1 && this.text.charCodeAt(end) === 32;
  }

  sameWord(i: number, j: number): boolean {
    const start = this.starts[i]!;
    const other = this.starts[j]!;
    const length = this.ends[i]! - start;
    if (this.ends[j]! - other !== length) return false;
    for (let k = 0; k < length; k++) if (this.text.charCodeAt(start + k) !== this.text.charCodeAt(other + k)) return false;
    return true;
  }
}

/** Whether words[i, i+n) is repeated right after itself, joined by single spaces throughout. */
function repeatsAt(words: Words, i: number, n: number): boolean {
  if (i + 2 * n > words.length) return false;
  for (let k = 0; k < n; k++) if (!words.sameWord(i + k, i + n + k)) return false;
  for (let k = 0; k < 2 * n - 1; k++) if (!words.joinsNext(i + k)) return false;
  // Compared as written: `thuyền viên Thuyền viên …` is a heading run into the next sentence, not a slip.
  const first = words.word(i);
  return LETTER.test(first) && (n > 1 || SLIP_WHEN_DOUBLED.has(first.toLowerCase()));
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
    const words = new Words(layer.text);
    for (let i = 0; i < words.length; i++) {
      let n = MAX_PHRASE;
      while (n > 0 && !repeatsAt(words, i, n)) n--;
      if (n === 0) continue;
      const firstEnd = words.ends[i + n - 1]!;
      const second = { start: words.starts[i + n]!, end: words.ends[i + 2 * n - 1]! };
      report({
        messageId: 'duplicate',
        data: { phrase: layer.text.slice(second.start, second.end) },
        range: layer.range(second.start, second.end),
        fix: fixLayerSpan(layer, firstEnd, second.end, ''),
      });
      i += 2 * n - 1;
    }
  },
};
