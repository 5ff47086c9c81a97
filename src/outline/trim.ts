/** Whether the code unit `code` is one of the characters of `chars` (as `chars.includes(text[i])`, without a one-character string). */
function isOneOf(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/** Trims characters from the ends of a text by scanning (a `[...]+$` regex is quadratic on long runs). */
export function trimEdges(text: string, leading: string, trailing: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isOneOf(leading, text.charCodeAt(start))) start++;
  while (end > start && isOneOf(trailing, text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

const SPACES = ' \t\n\u00a0';

/** What `trimEntry` drops before an entry. */
export const ENTRY_LEADING = `${SPACES}-–•.,;:`;
const ENTRY_TRAILING = `${SPACES}.,;:`;
const VALUE_TRAILING = `${SPACES}.`;

/** Drops spaces and list punctuation around an entry: "- Sở Tư pháp;" → "Sở Tư pháp". */
export function trimEntry(text: string): string {
  return trimEdges(text, ENTRY_LEADING, ENTRY_TRAILING);
}

/** Drops spaces and full stops after a value: "Thường xuyên.." → "Thường xuyên". */
export function trimValue(text: string): string {
  return trimEdges(text, SPACES, VALUE_TRAILING);
}
