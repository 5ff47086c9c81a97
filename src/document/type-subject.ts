import { squeeze } from './text-shape.js';

const SUBJECT_LABEL = /^(?:V\/v|V\/V|v\/v|Về việc|VỀ VIỆC)[\s:.]*/u;
const LEADING_PUNCTUATION = /^[\s:.,;-]+/u;
/** Body text run into the subject line by a lost line break: `... viên chức Căn cứ Luật ...`. */
const RUN_IN_BODY = / (?:Căn cứ|CĂN CỨ) /u;

export const LETTER_TYPE = 'Công văn';

/** Whether a subject line is a công văn's trích yếu (`V/v ...`, Party `Về việc ...`). */
export function isLetterSubject(text: string): boolean {
  return SUBJECT_LABEL.test(text);
}

/** The trích yếu without its `V/v` or `Về việc` label, or null when nothing is left. */
export function subjectText(text: string): string | null {
  const runIn = RUN_IN_BODY.exec(text);
  const subject = squeeze((runIn ? text.slice(0, runIn.index) : text).replace(LEADING_PUNCTUATION, '').replace(SUBJECT_LABEL, ''));
  return subject === '' ? null : subject;
}
