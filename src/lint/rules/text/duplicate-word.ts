import { LETTER as CHAR_LETTER, classOf, DIGIT, MARK } from '../../../text/char-class.js';
import { fixLayerSpan } from '../../locate.js';
import type { FileRule, Finding } from '../../rule.js';

const LETTER = /\p{L}/u;
const WORD_CHAR = CHAR_LETTER | MARK | DIGIT;
/** The longest phrase checked for an immediate repeat. */
const MAX_PHRASE = 4;
/**
 * A repeated two-syllable phrase gets no fix: like a single syllable, a two-syllable word can
 * end one word group and start the next in correct text (`cơ quan thanh toán thanh toán cho`,
 * `chi cục thuộc cục thuộc bộ`), so a person decides. Doubled function words and longer phrases
 * are slips, fixed by dropping the second copy.
 */
const UNFIXED_PHRASE_LENGTH = 2;
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

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return (classOf(code) & WORD_CHAR) !== 0;
}

/**
 * The words of a text (runs of letters, marks and digits) as offsets and a hash of each, so
 * that most comparisons are one number; no strings are built. The buffers grow as needed and
 * are reused from file to file (rules run one at a time).
 */
class Words {
  starts: Int32Array = new Int32Array(1024);
  ends: Int32Array = new Int32Array(1024);
  hashes: Int32Array = new Int32Array(1024);
  length = 0;
  text = '';

  read(text: string): void {
    this.text = text;
    this.length = 0;
    let start = -1;
    let hash = 0;
    for (let i = 0; i < text.length; i++) {
      const at = i;
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        code = text.codePointAt(i)!;
        if (code > 0xffff) i++;
      }
      if (isWordChar(code)) {
        if (start < 0) {
          start = at;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + code) | 0;
      } else if (start >= 0) {
        this.push(start, at, hash);
        start = -1;
      }
    }
    if (start >= 0) this.push(start, text.length, hash);
  }

  private push(start: number, end: number, hash: number): void {
    if (this.length === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.hashes = grown(this.hashes);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.hashes[this.length] = hash;
    this.length++;
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
    if (this.hashes[i] !== this.hashes[j]) return false;
    const start = this.starts[i]!;
    const other = this.starts[j]!;
    const length = this.ends[i]! - start;
    if (this.ends[j]! - other !== length) return false;
    for (let k = 0; k < length; k++) if (this.text.charCodeAt(start + k) !== this.text.charCodeAt(other + k)) return false;
    return true;
  }
}

function grown(buffer: Int32Array): Int32Array {
  const bigger = new Int32Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
}

const words = new Words();

/** Whether words[i, i+n) is repeated right after itself, joined by single spaces throughout. */
function repeatsAt(i: number, n: number): boolean {
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
    words.read(layer.text);
    for (let i = 0; i < words.length; i++) {
      let n = MAX_PHRASE;
      while (n > 0 && !repeatsAt(i, n)) n--;
      if (n === 0) continue;
      const firstEnd = words.ends[i + n - 1]!;
      const second = { start: words.starts[i + n]!, end: words.ends[i + 2 * n - 1]! };
      const finding: Finding = {
        messageId: 'duplicate',
        data: { phrase: layer.text.slice(second.start, second.end) },
        range: layer.range(second.start, second.end),
      };
      if (n !== UNFIXED_PHRASE_LENGTH) finding.fix = fixLayerSpan(layer, firstEnd, second.end, '');
      report(finding);
      i += 2 * n - 1;
    }
  },
};
