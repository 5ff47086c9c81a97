import { VNI_TABLE } from './vni.js';

export type LegacyFont = 'tcvn3' | 'vni';

/**
 * Latin-1 characters Vietnamese Unicode text never uses, and both legacy font codes use for
 * their commonest letters: cheap to look for, so a clean file costs one scan of its start.
 */
const NON_VIETNAMESE_LATIN1 = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/g;
/** Letters only Vietnamese Unicode text has (ă đ ĩ ũ ơ ư and the Latin Extended Additional block). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;
/** TCVN3 codes no VNI text and no Unicode Vietnamese word shows, beside a letter (`hoµ`, `§éc`); `«` and `»` left out, they are quotes too. */
const TCVN3_TELL = /[A-Za-z\u00c0-\u00ff][\u00a1-\u00aa\u00ac-\u00ae\u00b5-\u00b9\u00bc-\u00be]|[\u00a1-\u00aa\u00ac-\u00ae\u00b5-\u00b9\u00bc-\u00be][A-Za-z\u00c0-\u00ff]/g;
/** A vowel followed by a VNI mark character (`Vieät`, `hoøa`); checked against the table, since `hoà` is also a vowel and a Latin-1 letter. */
const VNI_PAIR = /[aeouyôö][øùûõïâàáåãäêèéúüë]|[AEOUYÔÖ][ØÙÛÕÏÂÀÁÅÃÄÊÈÉÚÜË]/g;

/** VNI mark characters; in VNI text each follows a vowel, in French or German (`été`, `Müller`) most do not. */
const VNI_MARK = /[øùûõïâàáåãäêèéúüëØÙÛÕÏÂÀÁÅÃÄÊÈÉÚÜË]/g;
/** Latin-1 letters TCVN3 has no code for, common in French and German (`à`, `Ä`). */
const NOT_TCVN3 = /[\u00c0-\u00c5\u00cd\u00d9-\u00db\u00e0\u00f0\u00ff]/g;
/** The tells must outnumber the characters that contradict them by this factor. */
const TELLS_PER_CONTRADICTION = 4;

/** Legacy text shows its tells from the first line on: the first this many characters decide whether to look closer. */
const SAMPLE = 8192;
/** Fewer tell-tale characters than this is a foreign name or a symbol, not a legacy text. */
const MIN_TELLS = 5;
/** Legacy Vietnamese shows a tell in nearly every other word; one per this many characters at least. */
const CHARACTERS_PER_TELL = 100;

function count(text: string, pattern: RegExp, limit = Infinity, accept?: (match: string) => boolean): number {
  pattern.lastIndex = 0;
  let found = 0;
  for (let match = pattern.exec(text); match && found < limit; match = pattern.exec(text)) {
    if (!accept || accept(match[0])) found++;
  }
  pattern.lastIndex = 0;
  return found;
}

/** The tells, or none when the characters that contradict them are too many. */
function plausible(tells: number, contradictions: number): number {
  return tells >= contradictions * TELLS_PER_CONTRADICTION ? tells : 0;
}

/**
 * Which legacy font code a decoded text is written in, judged by how often the tell-tale
 * characters of each occur: enough of them, one every 100 characters at least, four times
 * the characters that contradict them, and more than the letters only real Unicode Vietnamese
 * has (so a Unicode document quoting a garbled line stays as it is and the `text/encoding`
 * rule reports it).
 */
export function detectLegacyFont(text: string): LegacyFont | null {
  if (count(text.slice(0, SAMPLE), NON_VIETNAMESE_LATIN1, MIN_TELLS) < MIN_TELLS) return null;
  const tcvn3 = plausible(count(text, TCVN3_TELL), count(text, NOT_TCVN3));
  const vniPairs = count(text, VNI_PAIR, Infinity, (pair) => VNI_TABLE.has(pair));
  const vni = plausible(vniPairs, count(text, VNI_MARK) - vniPairs);
  const [font, tells] = tcvn3 >= vni ? (['tcvn3', tcvn3] as const) : (['vni', vni] as const);
  if (tells < MIN_TELLS || tells * CHARACTERS_PER_TELL < text.length) return null;
  return tells > count(text, UNICODE_VIETNAMESE, tells + 1) ? font : null;
}
