/**
 * VNI (VNI-Windows), the code of the `VNI-Times` fonts: a vowel is written as its plain
 * letter followed by one mark character (`Vieät` = Việt), a few letters as one character
 * (`ñ` = đ, `ô` = ơ, `ö` = ư). Source: the VNI-Windows chart of the Vietnamese Unicode FAQ
 * (vietunicode.sourceforge.net/charset) and keyboard drivers' VNI tables.
 */

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const CIRCUMFLEX = '\u0302';
const TILDE = '\u0303';
const BREVE = '\u0306';
const HOOK = '\u0309';
const DOT = '\u0323';

/** Lower-case mark characters and the combining marks they stand for; the capital forms are their upper case. */
const TONES: Record<string, string> = { 'ø': GRAVE, 'ù': ACUTE, 'û': HOOK, 'õ': TILDE, 'ï': DOT };
const CIRCUMFLEXED: Record<string, string> = { 'â': CIRCUMFLEX, 'à': CIRCUMFLEX + GRAVE, 'á': CIRCUMFLEX + ACUTE, 'å': CIRCUMFLEX + HOOK, 'ã': CIRCUMFLEX + TILDE, 'ä': CIRCUMFLEX + DOT };
const BREVED: Record<string, string> = { 'ê': BREVE, 'è': BREVE + GRAVE, 'é': BREVE + ACUTE, 'ú': BREVE + HOOK, 'ü': BREVE + TILDE, 'ë': BREVE + DOT };

/** Letters written as one character. */
const SINGLE: Record<string, string> = { 'ñ': 'đ', 'ô': 'ơ', 'ö': 'ư', 'ò': 'ị', 'ó': 'ĩ', 'æ': 'ỉ', 'î': 'ỵ' };

/** Which vowels (as VNI writes them) take which marks. */
const MARKS_BY_BASE: ReadonlyArray<readonly [bases: string, marks: Record<string, string>]> = [
  ['aeouyôö', TONES],
  ['aeo', CIRCUMFLEXED],
  ['a', BREVED],
];

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const [lower, letter] of Object.entries(SINGLE)) {
    table.set(lower, letter);
    table.set(lower.toUpperCase(), letter.toUpperCase());
  }
  for (const [bases, marks] of MARKS_BY_BASE) {
    for (const base of bases) {
      const letter = SINGLE[base] ?? base;
      for (const [mark, combining] of Object.entries(marks)) {
        table.set(base + mark, (letter + combining).normalize('NFC'));
        table.set(base.toUpperCase() + mark.toUpperCase(), (letter.toUpperCase() + combining).normalize('NFC'));
      }
    }
  }
  return table;
}

/** VNI sequence (one or two characters, as shown when read as Windows-1252) → Vietnamese letter. */
export const VNI_TABLE: ReadonlyMap<string, string> = buildTable();

/** A vowel and its mark, or a letter VNI writes as one character. */
const VNI_SEQUENCE = /[aeouyAEOUYôöÔÖ][øùûõïâàáåãäêèéúüëØÙÛÕÏÂÀÁÅÃÄÊÈÉÚÜË]|[ñôöòóæîÑÔÖÒÓÆÎ]/g;

/** A vowel with a mark it cannot take: each character on its own. */
function decodeEach(sequence: string): string {
  return [...sequence].map((char) => VNI_TABLE.get(char) ?? char).join('');
}

/** Converts text whose characters are VNI codes read as Latin-1 into Unicode (NFC). */
export function decodeVni(text: string): string {
  return text.replace(VNI_SEQUENCE, (sequence) => VNI_TABLE.get(sequence) ?? decodeEach(sequence));
}
