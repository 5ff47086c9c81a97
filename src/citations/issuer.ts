import { SP } from './vocabulary.js';
import { afterLead, asciiLetterSet, codeUnitAt, isCapitalized, lowerCased, mayStartWith, PhraseSet, separatorAt, startsTypeWord, type Word, wordAt } from './words.js';

export interface IssuerMatch {
  /** Where `của` starts. */
  start: number;
  end: number;
  /** The body itself: "Thủ tướng Chính phủ". */
  text: string;
}

const OF = new RegExp(`(${SP}*(?:,${SP}*)?)của${SP}+`, 'iuy');
const OF_LETTERS = asciiLetterSet('c');
const MAX_WORDS = 16;

/** Lower-case words that start what follows an issuer: its subject, a place, a clause. */
const STOP_WORDS = new Set([
  'về', 'v/v', 'trên', 'tại', 'để', 'nhằm', 'đã', 'thì', 'theo', 'đối', 'trong', 'được', 'này', 'với',
  'cho', 'có', 'là', 'sau', 'khi', 'từ', 'đến', 'hoặc', 'gửi', 'kèm', 'nay', 'đó', 'các', 'những', 'mà',
  'không', 'cũng', 'đều', 'sẽ', 'đang', 'phải', 'vì', 'do', 'bởi', 'như', 'ngày', 'số', 'năm', 'hết', 'xử',
  'sửa', 'đảm', 'lập', 'phê', 'áp', 'thay', 'hướng', 'quy', 'thi',
]);
/** Bodies whose name is complete: only a capitalized word may follow ("Chính phủ xử phạt ..." ends after "phủ"). */
const COMPLETE_BODIES = ['chính phủ', 'quốc hội'];
/**
 * Their first word by their last: words hold no space, so the last two words make such a name
 * when the last one is here with the other before it. Asked of every word (no rarely taken path
 * for the optimized code to deoptimize on).
 */
const COMPLETE_BODY_STARTS = new Map(COMPLETE_BODIES.map((body) => [body.split(' ')[1]!, body.split(' ')[0]!]));
const STOP_PHRASES = new PhraseSet([
  'quy định', 'phê duyệt', 'ban hành', 'hướng dẫn', 'sửa đổi', 'bổ sung', 'triển khai', 'thực hiện',
  'tăng cường', 'thành lập', 'công bố', 'thông qua', 'bãi bỏ', 'điều chỉnh', 'giao nhiệm',
]);

function endsIssuer(text: string, word: Word, lower: string, limit: number): boolean {
  return STOP_WORDS.has(lower) || STOP_PHRASES.startsAt(text, word, limit, lower);
}

/** Whether `và`, `-` or a comma joins two parts of one body's name ("Bộ Văn hóa, Thể thao và Du lịch"). */
function joinsName(text: string, next: Word | null, ministry: boolean, comma: boolean): boolean {
  if (!next || !isCapitalized(next.text) || startsTypeWord(text, next.start)) return false;
  return !comma || ministry;
}

/** The issuer phrase `của <body>` right after `pos`, ending before the subject or clause end. */
export function matchIssuerAt(text: string, pos: number, limit: number): IssuerMatch | null {
  if (!mayStartWith(codeUnitAt(text, afterLead(text, pos)), OF_LETTERS)) return null;
  OF.lastIndex = pos;
  const of = OF.exec(text);
  if (!of) return null;
  const bodyStart = pos + of[0].length;
  let end = bodyStart;
  let cursor = bodyStart;
  let ministry = false;
  /** The last two words taken, lower-cased. */
  let secondLast = '';
  let last = '';
  for (let count = 0; count < MAX_WORDS; count++) {
    const word = wordAt(text, cursor, limit);
    if (!word) {
      const separator = separatorAt(text, cursor);
      const next = separator?.mark === ',' ? wordAt(text, separator.end, limit) : null;
      if (separator?.mark !== ',' || end === bodyStart || !joinsName(text, next, ministry, true)) break;
      cursor = separator.end;
      continue;
    }
    const joiner = word.text === 'và' || word.text === '-';
    const lower = lowerCased(word.text);
    if (joiner ? !joinsName(text, wordAt(text, word.end, limit), ministry, false) : endsIssuer(text, word, lower, limit)) break;
    const capitalized = isCapitalized(word.text);
    if (end === bodyStart && (joiner || !capitalized)) break;
    if (!capitalized && COMPLETE_BODY_STARTS.get(last) === secondLast) break;
    if (word.text === 'Bộ') ministry = true;
    secondLast = last;
    last = lower;
    end = word.end;
    cursor = word.end;
  }
  if (end === bodyStart) return null;
  return { start: pos + of[1]!.length, end, text: text.slice(bodyStart, end) };
}
