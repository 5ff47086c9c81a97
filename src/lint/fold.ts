/**
 * Old-style tone placement in an open syllable (`hoà`, `khoẻ`, `uỷ`) moved to the modern place
 * (`hòa`, `khỏe`, `ủy`): both spellings are in use. A closed syllable (`hoạch`) has one place.
 */
const OLD_TONE = /([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\p{L})/gu;
const MODERN: Readonly<Record<string, string>> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};

/**
 * Vietnamese text folded for comparison: NFC, lower case, `Ð` read as `Đ`, tone marks in the
 * modern place, spaces collapsed. `Ủy ban nhân dân` and `UỶ BAN NHÂN DÂN` fold alike.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00d0\u00f0]/g, 'đ')
    .toLowerCase()
    .replace(OLD_TONE, (whole: string) => MODERN[whole] ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}
