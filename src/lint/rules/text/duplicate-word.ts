import { LETTER as CHAR_LETTER, classOf, DIGIT, MARK } from '../../../text/char-class.js';
import { fixLayerSpan } from '../../locate.js';
import type { FileRule, Finding } from '../../rule.js';

const LETTER = /\p{L}/u;
const WORD_CHAR = CHAR_LETTER | MARK | DIGIT;
/** The longest phrase checked for an immediate repeat. */
const MAX_PHRASE = 4;
/**
 * A repeated two-syllable phrase gets no fix: like a single syllable, a two-syllable word can
 * end one word group and start the next in correct text (`cơ quan thanh toán thanh toán cho`),
 * so a person decides. Doubled function words and longer phrases are slips, fixed by dropping
 * the second copy.
 */
const UNFIXED_PHRASE_LENGTH = 2;
/**
 * A two-syllable phrase repeats across the edge of a noun it also ends or starts, naming who
 * does what the second copy says: `nhà cung cấp cung cấp`, `người nộp thuế nộp thuế`, `chi cục
 * thuộc cục thuộc bộ`, `huấn luyện huấn luyện viên`. Correct text, not reported: the syllable
 * before the first copy, and the one after the second. (Not `cơ sở`: `trên cơ sở chỉ số chỉ số
 * giá` is a slip.)
 */
const NOUN_START_BEFORE = new Set(['nhà', 'người', 'chi']);
const NOUN_END_AFTER = new Set(['viên']);
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

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
/** Half of a surrogate pair (or a lone one): what it is depends on the code point it is part of. */
const SURROGATE = 3;

/** Each BMP code unit's kind, `classOf` asked once per unit. */
const UNIT_KINDS = new Uint8Array(0x10000);

/** Whether a code point is a word character, as a `/u` regex reads the text: a lone surrogate is itself. */
function isWordCodePoint(codePoint: number): boolean {
  return (classOf(codePoint) & WORD_CHAR) !== 0;
}

function learnKind(unit: number): number {
  const kind = (unit & 0xf800) === 0xd800 ? SURROGATE : isWordCodePoint(unit) ? WORD : OTHER;
  UNIT_KINDS[unit] = kind;
  return kind;
}

function widthOf(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
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
  /** Words `i` with the same hash as word `i + n` for some `n` up to MAX_PHRASE: the only words a repeat can start at. */
  candidates: Int32Array = new Int32Array(64);
  candidateCount = 0;

  /**
   * Reads code unit by code unit, with a code point read only at a surrogate. The loop tests
   * each unit in place: V8 inlines only so much into one function (`bin/vbhc.js` lowers that
   * budget), and a call per character (to read a code point, to classify it) cost more than the
   * rest of the loop.
   */
  read(text: string): void {
    this.text = text;
    this.length = 0;
    this.candidateCount = 0;
    const length = text.length;
    let i = 0;
    while (i < length) {
      const unit = text.charCodeAt(i);
      let kind = UNIT_KINDS[unit]!;
      if (kind === UNKNOWN) kind = learnKind(unit);
      if (kind === OTHER) {
        i++;
        continue;
      }
      const start = i;
      let hash: number;
      if (kind === WORD) {
        hash = unit;
        i++;
      } else {
        const codePoint = text.codePointAt(i)!;
        i += widthOf(codePoint);
        if (!isWordCodePoint(codePoint)) continue;
        hash = codePoint;
      }
      while (i < length) {
        const next = text.charCodeAt(i);
        let nextKind = UNIT_KINDS[next]!;
        if (nextKind === UNKNOWN) nextKind = learnKind(next);
        if (nextKind === WORD) {
          hash = (Math.imul(hash, 31) + next) | 0;
          i++;
        } else if (nextKind === SURROGATE) {
          const codePoint = text.codePointAt(i)!;
          if (!isWordCodePoint(codePoint)) break;
          hash = (Math.imul(hash, 31) + codePoint) | 0;
          i += widthOf(codePoint);
        } else break;
      }
      // The word is added here, not by a method: a call per word cost a third of the rule.
      const index = this.length;
      if (index === this.hashes.length) this.grow();
      const hashes = this.hashes;
      // The four tests of `addCandidatesFor` written out (MAX_PHRASE is 4): most words match none of them.
      const mayRepeat =
        index < MAX_PHRASE || hashes[index - 1] === hash || hashes[index - 2] === hash || hashes[index - 3] === hash || hashes[index - 4] === hash;
      if (mayRepeat) this.addCandidatesFor(index, hash);
      this.starts[index] = start;
      this.ends[index] = i;
      hashes[index] = hash;
      this.length = index + 1;
    }
  }

  /** Makes room for more words. */
  private grow(): void {
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.hashes = grown(this.hashes);
  }

  /** Adds the words among the MAX_PHRASE before word `index` that have its hash. */
  private addCandidatesFor(index: number, hash: number): void {
    const nearest = Math.max(0, index - MAX_PHRASE);
    for (let earlier = index - 1; earlier >= nearest; earlier--) if (this.hashes[earlier] === hash) this.addCandidate(earlier);
  }

  /** Inserts `index` in order, once: it is at most MAX_PHRASE words before the last candidate. */
  private addCandidate(index: number): void {
    let at = this.candidateCount;
    while (at > 0 && this.candidates[at - 1]! > index) at--;
    if (at > 0 && this.candidates[at - 1] === index) return;
    if (this.candidateCount === this.candidates.length) this.candidates = grown(this.candidates);
    this.candidates.copyWithin(at + 1, at, this.candidateCount);
    this.candidates[at] = index;
    this.candidateCount++;
  }

  /** The candidates in ascending order. */
  sortedCandidates(): Int32Array {
    return this.candidates.subarray(0, this.candidateCount);
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
  if (!LETTER.test(first)) return false;
  if (n === 1) return SLIP_WHEN_DOUBLED.has(first.toLowerCase());
  return n !== UNFIXED_PHRASE_LENGTH || !edgesANoun(i, n);
}

/** Whether the phrase repeated at word `i` (`n` words) ends a noun before it or starts one after it (see `NOUN_START_BEFORE`). */
function edgesANoun(i: number, n: number): boolean {
  const before = i > 0 && words.joinsNext(i - 1) && NOUN_START_BEFORE.has(words.word(i - 1).toLowerCase());
  const last = i + 2 * n - 1;
  return before || (last + 1 < words.length && words.joinsNext(last) && NOUN_END_AFTER.has(words.word(last + 1).toLowerCase()));
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
    // Walks the candidates only: any other word fails `sameWord(i, i + n)` for every n, as in a walk over all words.
    let next = 0;
    for (const i of words.sortedCandidates()) {
      if (i < next) continue;
      let n = MAX_PHRASE;
      while (n > 0 && !repeatsAt(i, n)) n--;
      next = i + 1;
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
      next = i + 2 * n;
    }
  },
};
