import type { VbhcDocument } from '../model/document.js';
import { composeLetters } from '../text/clean.js';
import { foldVietnamese } from './fold.js';

/**
 * Type codes each type word may carry (NĐ 30/2020 PL III; Party documents per HD 36-HD/VPTW,
 * where Quy định is `QĐ`/`QĐi`, Công văn `CV`, Thông tri `TT`). Superseded codes whose type
 * is not certain (GN, TTh) are left out, so they never count as a mismatch.
 */
const TYPE_CODES: Readonly<Record<string, readonly string[]>> = {
  // A joint resolution or circular is often cited by the short type word.
  'Nghị quyết': ['NQ', 'NQLT'],
  'Quyết định': ['QĐ'],
  'Chỉ thị': ['CT'],
  'Quy chế': ['QC'],
  'Quy định': ['QyĐ', 'QĐ', 'QĐi'],
  'Thông cáo': ['TC'],
  'Thông báo': ['TB'],
  'Hướng dẫn': ['HD'],
  'Chương trình': ['CTr'],
  'Kế hoạch': ['KH'],
  'Phương án': ['PA'],
  'Đề án': ['ĐA'],
  'Dự án': ['DA'],
  'Báo cáo': ['BC'],
  'Biên bản': ['BB'],
  'Tờ trình': ['TTr'],
  'Hợp đồng': ['HĐ'],
  'Công điện': ['CĐ'],
  'Bản ghi nhớ': ['BGN'],
  'Bản thỏa thuận': ['BTT'],
  'Giấy ủy quyền': ['GUQ', 'UQ'],
  'Giấy mời': ['GM'],
  'Giấy giới thiệu': ['GGT'],
  'Giấy nghỉ phép': ['GNP', 'NP'],
  'Phiếu gửi': ['PG'],
  'Phiếu chuyển': ['PC'],
  'Phiếu báo': ['PB'],
  'Nghị định': ['NĐ'],
  'Thông tư': ['TT', 'TTLT'],
  'Thông tư liên tịch': ['TTLT'],
  'Nghị quyết liên tịch': ['NQLT'],
  'Lệnh': ['L'],
  'Pháp lệnh': ['PL'],
  'Công văn': ['CV'],
  'Kết luận': ['KL'],
  'Thông tri': ['TT'],
  'Văn bản hợp nhất': ['VBHN'],
};

/** Whether `composeLetters` leaves `code` as it is: ASCII and `Đ`/`đ` have no marks to compose and no eth. */
function isComposed(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const unit = code.charCodeAt(i);
    if (unit >= 0x80 && unit !== 0x110 && unit !== 0x111) return false;
  }
  return true;
}

const codeKey = (code: string) => (isComposed(code) ? code : composeLetters(code)).toUpperCase();

const KNOWN_TYPE_CODES = new Set(Object.values(TYPE_CODES).flat().map(codeKey));

/** Type words for a code, for messages: `QĐ` → ["Quyết định", "Quy định"]. */
export function typeWordsFor(code: string): string[] {
  const key = codeKey(code);
  return Object.entries(TYPE_CODES)
    .filter(([, codes]) => codes.some((candidate) => codeKey(candidate) === key))
    .map(([word]) => word);
}

/** The codes a type word (title case, as the model gives it) may carry, or null for a type vbhc does not know. */
export function typeCodesFor(typeWord: string): readonly string[] | null {
  return TYPE_CODES[typeWord] ?? null;
}

/** Whether `code` is a type code at all (`UBND`, `HĐPB` are issuers, not types). */
export function isTypeCode(code: string): boolean {
  return KNOWN_TYPE_CODES.has(codeKey(code));
}

/** The keys of each type word's codes, by its list in TYPE_CODES: built once instead of per citation. */
const ALLOWED_KEYS = new Map<readonly string[], ReadonlySet<string>>(Object.values(TYPE_CODES).map((codes) => [codes, new Set(codes.map(codeKey))]));

/** True when a known type word and a known type code disagree; unknown words or codes never do. */
export function typeCodeDisagrees(typeWord: string, code: string): boolean {
  const allowed = typeCodesFor(typeWord);
  if (allowed === null) return false;
  const key = codeKey(code);
  return KNOWN_TYPE_CODES.has(key) && !ALLOWED_KEYS.get(allowed)!.has(key);
}

interface IssuerPattern {
  /** Code, or a pattern for codes with a term number (`QH15`). */
  code: RegExp;
  /** The issuer as written: one of these phrases must occur in it. */
  phrases: readonly string[];
  /** Phrases that name another body containing the same words (`Văn phòng Chính phủ`). */
  excludes?: readonly string[];
  name: string;
}

const ISSUERS_AS_WRITTEN: readonly IssuerPattern[] = [
  { code: /^TTG$/, phrases: ['thủ tướng'], name: 'Thủ tướng Chính phủ' },
  { code: /^CP$/, phrases: ['chính phủ'], excludes: ['thủ tướng', 'văn phòng', 'thanh tra'], name: 'Chính phủ' },
  { code: /^UBND$/, phrases: ['ủy ban nhân dân', 'ubnd'], name: 'Ủy ban nhân dân' },
  { code: /^HĐND$/, phrases: ['hội đồng nhân dân', 'hđnd'], name: 'Hội đồng nhân dân' },
  { code: /^QH\d{0,2}$/, phrases: ['quốc hội'], excludes: ['thường vụ'], name: 'Quốc hội' },
  { code: /^UBTVQH\d{0,2}$/, phrases: ['ủy ban thường vụ quốc hội', 'ubtvqh'], name: 'Ủy ban Thường vụ Quốc hội' },
  { code: /^CTN$/, phrases: ['chủ tịch nước'], name: 'Chủ tịch nước' },
  { code: /^BTTTT$/, phrases: ['bộ thông tin và truyền thông', 'bộ tt&tt', 'bộ tttt'], name: 'Bộ Thông tin và Truyền thông' },
  { code: /^BNV$/, phrases: ['bộ nội vụ'], name: 'Bộ Nội vụ' },
  { code: /^BTC$/, phrases: ['bộ tài chính'], name: 'Bộ Tài chính' },
  { code: /^BTP$/, phrases: ['bộ tư pháp'], name: 'Bộ Tư pháp' },
  { code: /^BCA$/, phrases: ['bộ công an'], name: 'Bộ Công an' },
  { code: /^BQP$/, phrases: ['bộ quốc phòng'], name: 'Bộ Quốc phòng' },
  { code: /^BYT$/, phrases: ['bộ y tế'], name: 'Bộ Y tế' },
  { code: /^BGDĐT$/, phrases: ['bộ giáo dục và đào tạo', 'bộ gd&đt'], name: 'Bộ Giáo dục và Đào tạo' },
  { code: /^BNG$/, phrases: ['bộ ngoại giao'], name: 'Bộ Ngoại giao' },
  { code: /^VPCP$/, phrases: ['văn phòng chính phủ'], name: 'Văn phòng Chính phủ' },
  { code: /^TTCP$/, phrases: ['thanh tra chính phủ'], name: 'Thanh tra Chính phủ' },
  { code: /^NHNN$/, phrases: ['ngân hàng nhà nước'], name: 'Ngân hàng Nhà nước' },
  { code: /^STTTT$/, phrases: ['sở thông tin và truyền thông', 'sở tt&tt', 'sở tttt'], name: 'Sở Thông tin và Truyền thông' },
  { code: /^BTGTU$/, phrases: ['ban tuyên giáo tỉnh ủy'], name: 'Ban Tuyên giáo Tỉnh ủy' },
  { code: /^BTGTW$/, phrases: ['ban tuyên giáo trung ương'], name: 'Ban Tuyên giáo Trung ương' },
];

const ISSUERS: readonly IssuerPattern[] = ISSUERS_AS_WRITTEN.map((pattern) => ({
  ...pattern,
  phrases: pattern.phrases.map(foldVietnamese),
  excludes: pattern.excludes?.map(foldVietnamese),
}));

/** Patterns and folded phrases of codes and issuers seen lately: the same few recur in every document. */
const recentPatterns = new Map<string, IssuerPattern | null>();
const recentFolds = new Map<string, string>();
const MAX_RECENT = 4096;

function issuerPatternOf(code: string): IssuerPattern | null {
  let pattern = recentPatterns.get(code);
  if (pattern === undefined) {
    if (recentPatterns.size >= MAX_RECENT) recentPatterns.clear();
    pattern = ISSUERS.find((candidate) => candidate.code.test(codeKey(code))) ?? null;
    recentPatterns.set(code, pattern);
  }
  return pattern;
}

/**
 * The issuer an issuer code stands for, when the phrase written with it names someone else;
 * null when they agree or vbhc does not know the code.
 */
export function issuerExpectedFor(code: string, issuerPhrase: string): string | null {
  const pattern = issuerPatternOf(code);
  if (!pattern) return null;
  let phrase = recentFolds.get(issuerPhrase);
  if (phrase === undefined) {
    if (recentFolds.size >= MAX_RECENT) recentFolds.clear();
    phrase = foldVietnamese(issuerPhrase);
    recentFolds.set(issuerPhrase, phrase);
  }
  const named = pattern.phrases.some((candidate) => phrase.includes(candidate));
  const other = pattern.excludes?.some((candidate) => phrase.includes(candidate)) ?? false;
  return named && !other ? null : pattern.name;
}

/**
 * A công văn: named so by the parser (it has a `V/v` subject), or, with no type name at all,
 * numbered the công văn way: `sequence/ISSUER-UNIT`, no type code.
 */
export function isCongVan(document: Pick<VbhcDocument, 'type' | 'number'>): boolean {
  if (document.type !== null) return document.type === 'Công văn';
  const number = document.number;
  return number !== null && number.style === 'state' && number.typeCode === null && number.issuerCode !== null;
}
