/** Trims characters from the ends of a text by scanning (a `[...]+$` regex is quadratic on long runs). */
export function trimEdges(text: string, leading: string, trailing: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.includes(text[start]!)) start++;
  while (end > start && trailing.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const SPACES = ' \t\n\u00a0';

/** What `trimEntry` drops before an entry. */
export const ENTRY_LEADING = `${SPACES}-–•.,;:`;

/** Drops spaces and list punctuation around an entry: "- Sở Tư pháp;" → "Sở Tư pháp". */
export function trimEntry(text: string): string {
  return trimEdges(text, ENTRY_LEADING, `${SPACES}.,;:`);
}

/** Drops spaces and full stops after a value: "Thường xuyên.." → "Thường xuyên". */
export function trimValue(text: string): string {
  return trimEdges(text, SPACES, `${SPACES}.`);
}
