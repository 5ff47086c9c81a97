/** What a body paragraph looks like: a bullet, the end of the body, a sentence left open. */

import { capitalCount, LETTER, UPPER } from '../text/char-class.js';

const BULLET = /^(?:[-+•–—−*]\s+|[-–—•](?=\p{Lu}))/u;
/** The characters `BULLET` can start with: other paragraphs (most) skip it. */
const BULLET_STARTS = '-+•–—−*';

/** The text of a bulleted paragraph without its bullet, or null when it has none. */
export function bulletText(text: string): string | null {
  if (text.length === 0 || !BULLET_STARTS.includes(text.charAt(0))) return null;
  const match = BULLET.exec(text);
  return match ? text.slice(match[0].length).trim() : null;
}

const TERMINATED = /[.;:!?…](?:["”’)»])?$/u;
/** The characters `TERMINATED` can end with. A pattern anchored at the end is tried from every position, so the last one is looked at first. */
const TERMINATED_ENDS = '.;:!?…"”’)»';

/** Whether a paragraph ends as a sentence or a list entry does. */
export function isTerminated(text: string): boolean {
  return text.length > 0 && TERMINATED_ENDS.includes(text.charAt(text.length - 1)) && TERMINATED.test(text);
}

/** `./.` closes the body of an administrative document. */
const BODY_MARK = /\.\s?\/\s?\.$/;

export function endsBody(text: string): boolean {
  // Only a text ending in `.` can match (a pattern anchored at the end is tried from every position).
  return text.endsWith('.') && BODY_MARK.test(text);
}

/** Lines that come after the body: nơi nhận, or the closing formula of a plan or letter. */
const AFTER_BODY = /^(?:Nơi nhận\b|NƠI NHẬN\b|Trên đây là\s|Nhận được (?:Công văn|văn bản|Kế hoạch|Quyết định|Chỉ thị)\b)/u;

export function startsAfterBody(text: string): boolean {
  // `N` or `T` begins every phrase: other paragraphs skip the pattern.
  const first = text.charAt(0);
  return (first === 'N' || first === 'T') && AFTER_BODY.test(text);
}

/** Words a sentence cannot stop on: the next paragraph must carry it on. */
const DANGLING_END = /(?:[-–/,(“"‘]|\s(?:của|và|với|tại|theo|cho|các|những|số|về|để|đến|từ|hoặc|thuộc|khoản|điểm|Điều))$/u;
const CONTINUATION_START = /^(?:[\p{Ll}\d]|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC])/u;

/**
 * Whether `next` carries on the sentence `previous` left open (a line break the text layer
 * could not join: a wrapped reference "Điều 9 Nghị định này", a symbol cut at "NĐ-").
 */
export function continuesSentence(previous: string, next: string): boolean {
  if (isTerminated(previous)) return false;
  return CONTINUATION_START.test(next) || DANGLING_END.test(previous);
}

/** A line in capitals ("NỘI DUNG ĐỀ ÁN") is a heading, whatever its punctuation. */
export function isShouting(text: string): boolean {
  const count = capitalCount(text, LETTER, UPPER);
  return count !== null && count.counted >= 3 && count.capitals >= count.counted * 0.8;
}

/** A paragraph that can stand as the title of a number written alone on its line. */
export function canBeTitle(text: string): boolean {
  return text.length <= 200 && (!isTerminated(text) || text.endsWith(':'));
}
