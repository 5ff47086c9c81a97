/**
 * A normalized key for an agency name, so that the forms one body is written in group
 * together: "UBND" / "Ủy ban nhân dân", "Sở TT&TT" / "Sở Thông tin và Truyền thông",
 * "hoá" / "hóa", "Uỷ" / "Ủy", capitals, punctuation, a doubled phrase.
 */

/** Abbreviations expanded wherever they stand. */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  tttt: 'thông tin và truyền thông',
  'tt&tt': 'thông tin và truyền thông',
  vpub: 'văn phòng ủy ban nhân dân',
  vp: 'văn phòng',
  ptth: 'phát thanh và truyền hình',
  'pt-th': 'phát thanh và truyền hình',
  'pt&th': 'phát thanh và truyền hình',
  mttq: 'mặt trận tổ quốc',
  ubmttq: 'ủy ban mặt trận tổ quốc',
  bhxh: 'bảo hiểm xã hội',
  'gd&đt': 'giáo dục và đào tạo',
  gdđt: 'giáo dục và đào tạo',
  'kh&đt': 'kế hoạch và đầu tư',
  khđt: 'kế hoạch và đầu tư',
  'tn&mt': 'tài nguyên và môi trường',
  tnmt: 'tài nguyên và môi trường',
  lđtbxh: 'lao động thương binh và xã hội',
  'lđ-tb&xh': 'lao động thương binh và xã hội',
  'nn&ptnt': 'nông nghiệp và phát triển nông thôn',
  nnptnt: 'nông nghiệp và phát triển nông thôn',
  vhttdl: 'văn hóa thể thao và du lịch',
  'vh,tt&dl': 'văn hóa thể thao và du lịch',
  'kh&cn': 'khoa học và công nghệ',
  khcn: 'khoa học và công nghệ',
  gtvt: 'giao thông vận tải',
  tp: 'thành phố',
};

/** Short names of departments, read only after "Sở": "Sở TP" is the Sở Tư pháp, "UBND TP" a city. */
const DEPARTMENTS: Record<string, string> = {
  tp: 'tư pháp',
  tc: 'tài chính',
  nv: 'nội vụ',
  ngv: 'ngoại vụ',
  yt: 'y tế',
  xd: 'xây dựng',
  ct: 'công thương',
};

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
/** Old-style tone placement at the end of a word (hoá, uỷ, khoẻ) moved to the new style (hóa, ủy, khỏe). */
const OLD_TONE_PLACEMENT = new RegExp(`(?<!q)([ou])([aey])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

function newStyleTones(text: string): string {
  return text.normalize('NFD').replace(OLD_TONE_PLACEMENT, '$1$3$2').normalize('NFC');
}

const PARENTHESIZED = /\([^()]*\)/g;
const PUNCTUATION = /[.,;:!?"“”'‘’\-–—/&*]+/g;
const FILLERS = new Set(['và']);

/** Drops a phrase of up to three words written twice in a row ("thông tin thông tin truyền thông"). */
function dropRepeats(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    out.push(word);
    for (let size = 1; size <= 3 && out.length >= 2 * size; size++) {
      const end = out.length;
      let repeated = true;
      for (let i = 0; i < size && repeated; i++) repeated = out[end - size + i] === out[end - 2 * size + i];
      if (repeated) {
        out.length = end - size;
        break;
      }
    }
  }
  return out;
}

function expand(tokens: string[]): string[] {
  const words: string[] = [];
  tokens.forEach((token, i) => {
    const bare = token.replace(/^[.,;:]+|(?<![.,;:])[.,;:]+$/g, '');
    const department = tokens[i - 1] === 'sở' ? DEPARTMENTS[bare] : undefined;
    words.push(department ?? ABBREVIATIONS[bare] ?? token);
  });
  return words.join(' ').replace(PUNCTUATION, ' ').split(/\s+/);
}

/** Keys of names seen lately: the same agencies are named again and again, and a key takes two normalizations. */
const recentKeys = new Map<string, string>();
const MAX_RECENT_KEYS = 4096;

export function agencyKey(name: string): string {
  let key = recentKeys.get(name);
  if (key === undefined) {
    if (recentKeys.size >= MAX_RECENT_KEYS) recentKeys.clear();
    key = computeKey(name);
    recentKeys.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  const lower = newStyleTones(name.replace(PARENTHESIZED, ' ').toLowerCase());
  const words = expand(lower.split(/\s+/)).filter((word) => word !== '' && !FILLERS.has(word));
  if (words[0] === 'các') words.shift();
  return dropRepeats(words)
    .join(' ')
    .replace(/(^| )có liên quan(?= |$)/u, '$1liên quan');
}

/** Whether an agency key belongs to what a user asked for: the query's words begin the key. */
export function keyMatches(key: string, query: string): boolean {
  return key === query || key.startsWith(`${query} `);
}
