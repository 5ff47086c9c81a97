/**
 * Agency names in assignments: where a list of agencies splits, and whether a section title
 * names the agency it addresses ("2.1. Sở Tư pháp:", "6. Sở Tài chính căn cứ ...").
 */

import { classOf, SPACE } from '../text/char-class.js';
import { ENTRY_LEADING, trimEntry } from './trim.js';

function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** Words that begin the name of a body: "Sở Tư pháp", "Công an huyện", "Báo Hà Nam". */
const BODY_HEADS = [
  'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND', 'Ủy ban', 'Uỷ ban', 'Hội đồng',
  'Sở', 'Ban', 'Bộ', 'Phòng', 'Văn phòng', 'VP', 'Công an', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Viện kiểm sát',
  'Viện', 'Học viện', 'Trung tâm', 'Báo', 'Đài', 'Tạp chí', 'Cổng', 'Hội', 'Liên đoàn', 'Đoàn', 'Mặt trận',
  'Thanh tra', 'Kho bạc', 'Kiểm toán', 'Tòa án', 'Toà án', 'Ngân hàng', 'Tổng công ty', 'Công ty', 'Tập đoàn',
  'Trường', 'Đại học', 'Bệnh viện', 'Bộ Chỉ huy', 'Bộ đội', 'Chi nhánh', 'Cơ quan', 'Đơn vị', 'Lực lượng',
  'Nhà xuất bản', 'Bảo hiểm xã hội', 'BHXH', 'Tổ', 'Hạt', 'Cảng vụ', 'Ngành',
];

/** Names complete by themselves, and people addressed by office. */
const COMPLETE_HEADS = [
  'Chính phủ', 'Quốc hội', 'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ', 'Quận ủy',
  'Quận uỷ', 'Thị ủy', 'Thị uỷ', 'Đảng ủy', 'Đảng uỷ', 'Thủ tướng', 'Bộ trưởng', 'Thủ trưởng', 'Chủ tịch',
  'Phó Chủ tịch', 'Giám đốc', 'Người đứng đầu', 'Trưởng', 'Bí thư', 'Chánh Văn phòng', 'Công chức', 'Cán bộ',
];

const HEAD_END = String.raw`(?=[\s,;.:()]|$)`;
const BODY_HEAD = new RegExp(String.raw`^(?:${alternation(BODY_HEADS)})${HEAD_END}`, 'u');
const COMPLETE_HEAD = new RegExp(String.raw`^(?:${alternation(COMPLETE_HEADS)})${HEAD_END}`, 'u');

/** What makes a head a name: "Sở Tư pháp", "Công an tỉnh", "UBND các xã" (not "Ban hành", "Báo cáo"). */
const NAMING_WORD = /^\s+(?:\p{Lu}|(?:các|nhân dân|tỉnh|huyện|thành phố|thị xã|thị trấn|xã|quận|phường|cấp|trung ương|nhà nước)(?=[\s,;.:()]|$))/u;

/** "Các sở, ban, ngành", "các cơ quan báo chí": a group of bodies. */
const GROUP = new RegExp(
  String.raw`^các\s+(?:${alternation([
    'sở', 'ban', 'ngành', 'bộ', 'cơ quan', 'đơn vị', 'địa phương', 'phòng', 'tổ', 'xã', 'huyện', 'quận', 'phường',
    'thị trấn', 'thị xã', 'tỉnh', 'thành phố', 'hội', 'đoàn thể', 'tổ chức', 'doanh nghiệp', 'trường học', 'trung tâm',
    'cơ sở', 'cấp', 'lực lượng', 'thôn', 'đồng chí', 'chi bộ', 'ủy ban', 'uỷ ban', 'ubnd', 'đài', 'báo', 'cổng',
    'tạp chí', 'ngân hàng', 'công ty', 'chi nhánh', 'cục', 'chi cục', 'thành viên', 'chủ đầu tư', 'bệnh viện',
    'viện', 'cán bộ', 'công chức', 'vụ', 'đảng ủy', 'đảng uỷ', 'huyện ủy', 'huyện uỷ', 'trang',
  ])})${HEAD_END}`,
  'iu',
);

/** Bodies named by kind alone, that lists of kinds continue: "Cơ quan, đơn vị", "Sở, ban, ngành". */
const KIND_ONLY = /^(?:Cơ quan|Đơn vị|Sở|Ban|Ngành)$/iu;
const KIND_LIST = /^(?:Cơ quan|Đơn vị|Sở|Ban|Ngành),/iu;
const KIND_START = /^(?:cơ quan|đơn vị)(?=[\s,;.:()]|$)/u;
/** Heads that, after "và", begin a second body: "Bộ Nội vụ và Bộ Thông tin và Truyền thông". */
const HEAD_AFTER_AND = /^(?:Sở|Phòng|Bộ|Ban|Công an|Báo|Đài|Tạp chí|Hội|Cục|Chi cục|Tổng cục|Trung tâm|Văn phòng)\s/u;
const HEAD_WITH_GROUP = new RegExp(String.raw`^(?:${alternation(BODY_HEADS)})\s+các\s`, 'u');

const STARTS_LOWER = /^\p{Ll}/u;
const MAX_WORDS = 16;

function isNamed(text: string): boolean {
  if (COMPLETE_HEAD.test(text)) return true;
  const head = BODY_HEAD.exec(text);
  return head !== null && NAMING_WORD.test(text.slice(head[0].length));
}

function isGroup(text: string): boolean {
  return GROUP.test(text) || /\scác\s/u.test(text) || KIND_ONLY.test(text);
}

/** Whether `text.split(/\s+/)` has more than `max` pieces (one more than the runs of spaces), counted without building them. */
function splitsIntoMoreThan(text: string, max: number): boolean {
  let pieces = 1;
  let inSpaces = false;
  for (let i = 0; i < text.length; i++) {
    const space = (classOf(text.charCodeAt(i)) & SPACE) !== 0;
    if (space && !inSpaces && ++pieces > max) return true;
    inSpaces = space;
  }
  return pieces > max;
}

/** Whether an entry of an agency list names a body, a group of bodies, or an office. */
export function isAgencyName(text: string): boolean {
  if (splitsIntoMoreThan(text, MAX_WORDS)) return false;
  return isNamed(text) || GROUP.test(text) || KIND_LIST.test(text);
}

/** The entry being gathered while a list is split: where it runs, and whether it is a group. */
interface Entry {
  start: number;
  end: number;
  group: boolean;
}

function startsAfterComma(current: Entry, next: string): boolean {
  if (GROUP.test(next) || isNamed(next)) return true;
  if (!STARTS_LOWER.test(next) || current.group) return false;
  return KIND_START.test(next);
}

function startsAfterAnd(current: Entry, next: string): boolean {
  if (GROUP.test(next) || HEAD_WITH_GROUP.test(next)) return true;
  if (HEAD_AFTER_AND.test(next)) return isNamed(next);
  return STARTS_LOWER.test(next) && !current.group && KIND_START.test(next);
}

interface Piece {
  start: number;
  end: number;
  /** What separates this piece from the one before it. */
  separator: ';' | ',' | 'và' | null;
}

const SEPARATOR = /[,;()]|\svà\s/gu;

/** Splits at `;`, `,` and "và" outside parentheses, keeping offsets into `text`. */
function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  let depth = 0;
  let start = 0;
  let separator: Piece['separator'] = null;
  SEPARATOR.lastIndex = 0;
  for (let match = SEPARATOR.exec(text); match; match = SEPARATOR.exec(text)) {
    const found = match[0];
    if (found === '(') depth++;
    else if (found === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      result.push({ start, end: match.index, separator });
      separator = found === ',' || found === ';' ? found : 'và';
      start = match.index + found.length;
    }
  }
  result.push({ start, end: text.length, separator });
  return result;
}

/**
 * One entry per agency. `;` always separates; a comma separates only where a new body
 * begins ("Phòng Văn hoá và Thông tin huyện, Công an huyện"), never inside a group
 * ("Các sở, ban, ngành", "Cơ quan, đơn vị", "UBND các huyện, thị xã, thành phố"); "và"
 * separates before a group or a second body of the same kind ("... và các cơ quan liên quan").
 */
export function splitAgencies(text: string): string[] {
  const entries: string[] = [];
  let current: Entry | null = null;
  const flush = () => {
    const entry = current ? trimEntry(text.slice(current.start, current.end)) : '';
    if (entry) entries.push(entry);
  };
  for (const piece of pieces(text)) {
    const next = trimEntry(text.slice(piece.start, piece.end));
    if (!next) continue;
    const separate =
      current === null ||
      piece.separator === ';' ||
      (piece.separator === ',' && startsAfterComma(current, next)) ||
      (piece.separator === 'và' && startsAfterAnd(current, next));
    if (separate || current === null) {
      flush();
      current = { start: piece.start, end: piece.end, group: isGroup(next) };
    } else {
      current.end = piece.end;
      current.group ||= /(?:^|\s)các\s/u.test(next);
    }
  }
  flush();
  return entries;
}

/** Verbs and phrases that end the agency a sentence starts with: "Sở Tài chính căn cứ ...". */
const PREDICATE = new RegExp(
  String.raw`\s(?:${alternation([
    'chủ trì', 'chủ động', 'căn cứ', 'có trách nhiệm', 'chịu trách nhiệm', 'phối hợp', 'thực hiện', 'tham mưu',
    'hướng dẫn', 'triển khai', 'tổ chức', 'xây dựng', 'theo dõi', 'kiểm tra', 'rà soát', 'đôn đốc', 'tiếp tục',
    'tăng cường', 'nghiên cứu', 'đề xuất', 'bố trí', 'cung cấp', 'quản lý', 'là cơ quan', 'được giao', 'khẩn trương',
    'thường xuyên', 'định kỳ', 'báo cáo', 'tổng hợp', 'yêu cầu', 'đề nghị', 'cần', 'phải', 'nghiêm túc',
    'quán triệt', 'tuyên truyền', 'đẩy mạnh', 'hỗ trợ', 'trình', 'ban hành', 'lập', 'duy trì', 'đảm bảo', 'bảo đảm',
    'tập trung', 'theo', 'trong phạm vi', 'có', 'là', 'được', 'để', 'nhằm', 'về', 'trên cơ sở', 'kịp thời',
    'tích cực', 'nâng cao', 'thống nhất', 'chỉ đạo', 'giám sát', 'thẩm định', 'hoàn thành', 'xử lý', 'thông báo',
    'phổ biến', 'sử dụng', 'bổ sung', 'ưu tiên', 'quy định', 'quyết định', 'thành lập', 'phê duyệt', 'quan tâm',
  ])})(?=[\s,.;:]|$)`,
  'u',
);
const ADDRESSING = /^(?:Đề nghị|Kính đề nghị|Giao|Yêu cầu)\s+/u;
const MAX_AGENCY_LENGTH = 400;

export interface HeadingAgency {
  /** The agencies as written in the title: "Báo Tuyên Quang, Đài Phát thanh và Truyền hình tỉnh". */
  assignee: string;
  agencies: string[];
  /** What the title itself asks: the text after the colon, or the whole sentence the agency begins. */
  task: string | null;
}

const OPEN_PARENTHESIS = 0x28;
const CLOSE_PARENTHESIS = 0x29;
const COLON = 0x3a;

function colonOutsideParentheses(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_PARENTHESIS) depth++;
    else if (code === CLOSE_PARENTHESIS) depth = Math.max(0, depth - 1);
    else if (code === COLON && depth === 0) return i;
  }
  return -1;
}

interface LeadingAgencies {
  assignee: string;
  agencies: string[];
  /** What follows the agencies, from the verb on; null when the phrase is agencies only. */
  rest: string | null;
}

const SPACE_AT = /\s/uy;
const NAMED_START = new RegExp(String.raw`(?:${alternation([...COMPLETE_HEADS, ...BODY_HEADS])})${HEAD_END}`, 'uy');
const GROUP_START = new RegExp(GROUP.source.slice(1), 'iuy');
const KIND_LIST_START = new RegExp(KIND_LIST.source.slice(1), 'iuy');

/**
 * Whether the phrase could begin with an agency, as `isAgencyName` asks of the first entry
 * `leadingAgencies` splits off. That entry starts where the phrase does once trimmed (unless a
 * space other than those trimmed begins a " và " there), and a head that matches in the entry
 * matches in the phrase: the character after it is the same, or one that ends a head too.
 */
function mayStartWithAgency(text: string): boolean {
  let start = 0;
  while (start < text.length && ENTRY_LEADING.includes(text[start]!)) start++;
  SPACE_AT.lastIndex = start;
  if (SPACE_AT.test(text)) return true;
  NAMED_START.lastIndex = start;
  GROUP_START.lastIndex = start;
  KIND_LIST_START.lastIndex = start;
  return NAMED_START.test(text) || GROUP_START.test(text) || KIND_LIST_START.test(text);
}

/** The agencies a phrase begins with, up to the verb that follows them; null unless every entry names a body. */
function leadingAgencies(text: string): LeadingAgencies | null {
  if (!mayStartWithAgency(text)) return null;
  const predicate = PREDICATE.exec(text);
  const assignee = trimEntry(predicate ? text.slice(0, predicate.index) : text);
  if (!assignee || assignee.length > MAX_AGENCY_LENGTH) return null;
  const agencies = splitAgencies(assignee);
  if (agencies.length === 0 || !agencies.every(isAgencyName)) return null;
  return { assignee, agencies, rest: predicate ? text.slice(predicate.index).trim() : null };
}

/** The agency a section title addresses ("2.3. Sở Nội vụ: Chủ trì, ..."), or null when it names none. */
export function headingAgency(title: string): HeadingAgency | null {
  const addressed = title.replace(ADDRESSING, '');
  const colon = colonOutsideParentheses(addressed);
  const found = leadingAgencies(colon >= 0 ? addressed.slice(0, colon) : addressed);
  if (!found) return null;
  const afterColon = colon >= 0 ? addressed.slice(colon + 1).trim() : '';
  return { assignee: found.assignee, agencies: found.agencies, task: found.rest !== null ? title : afterColon || null };
}

const ADDRESSING_VERB = /(?<!\p{L})(?:[Đđ]ề nghị|[Yy]êu cầu|giao|chỉ đạo)\s+/gu;
const CARRY_OUT = /thực hiện|triển khai/u;
const INTRODUCES_LIST = /\ssau\s?:$/u;

/** "... quan tâm thực hiện tốt một số nội dung sau:": the agencies are asked to carry out the points below. */
function asksToCarryOut(rest: string): boolean {
  return INTRODUCES_LIST.test(rest.slice(-8)) && CARRY_OUT.test(rest);
}

/**
 * Whom a lead-in sentence asks to carry out the numbered points after it: "Ban Tuyên giáo
 * Tỉnh ủy đề nghị các cơ quan báo chí, truyền thông của tỉnh ... thực hiện tốt một số nội dung sau:".
 */
export function addressedAgencies(text: string): { assignee: string; agencies: string[] } | null {
  let after = -1;
  // An exec loop: `matchAll` would copy the pattern on every call.
  ADDRESSING_VERB.lastIndex = 0;
  for (let match = ADDRESSING_VERB.exec(text); match; match = ADDRESSING_VERB.exec(text)) after = match.index + match[0].length;
  if (after < 0) return null;
  const found = leadingAgencies(text.slice(after));
  if (!found?.rest || !asksToCarryOut(found.rest)) return null;
  return { assignee: found.assignee, agencies: found.agencies };
}
