import type { FullDate } from './dates.js';
import { instrumentKey } from './instrument.js';

/** One instrument whose date is known for sure. */
export interface RegistryEntry {
  number: string;
  /** Year inside a normative number; null for numbers that restart every year. */
  numberYear: number | null;
  date: FullDate;
  type: string;
  issuer: string;
  /** The subject, as a first citation gives it; empty when not known. */
  title: string;
  /** Where an agency's register lists it (`so-dang-ky.csv:3`, `register.json#2`); absent for built-in entries. */
  origin?: string;
}

/** Known instruments, looked up by number and the year of a date given with it. */
export interface Registry {
  lookup(number: string, numberYear: number | null, dateYear: number | null): RegistryEntry | undefined;
}

/** A registry of the entries given; a later entry replaces an earlier one of the same instrument. */
export function createRegistry(entries: readonly RegistryEntry[]): Registry {
  const byKey = new Map<string, RegistryEntry>();
  for (const entry of entries) {
    const key = instrumentKey(entry.number, entry.numberYear, entry.date.year);
    if (key !== null) byKey.set(key, entry);
  }
  return {
    lookup: (number, numberYear, dateYear) => {
      const key = instrumentKey(number, numberYear, dateYear);
      return key === null ? undefined : byKey.get(key);
    },
  };
}

/**
 * Dates confirmed in the domain notes (shared/docs/domain.md §4), titles as the seeds cite
 * them. Only confirmed dates belong here: a wrong one would make correct citations errors.
 */
export const BUILT_IN_ENTRIES: readonly RegistryEntry[] = [
  {
    number: '07/CT-TTg',
    numberYear: null,
    date: { day: 21, month: 3, year: 2023 },
    type: 'Chỉ thị',
    issuer: 'Thủ tướng Chính phủ',
    title: 'về việc tăng cường công tác truyền thông chính sách',
  },
  {
    number: '407/QĐ-TTg',
    numberYear: null,
    date: { day: 30, month: 3, year: 2022 },
    type: 'Quyết định',
    issuer: 'Thủ tướng Chính phủ',
    title:
      'phê duyệt Đề án "Tổ chức truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật giai đoạn 2022 - 2027"',
  },
  {
    number: '09/2017/NĐ-CP',
    numberYear: 2017,
    date: { day: 9, month: 2, year: 2017 },
    type: 'Nghị định',
    issuer: 'Chính phủ',
    title: 'quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước',
  },
  { number: '30/2020/NĐ-CP', numberYear: 2020, date: { day: 5, month: 3, year: 2020 }, type: 'Nghị định', issuer: 'Chính phủ', title: 'về công tác văn thư' },
  {
    number: '64/2025/QH15',
    numberYear: 2025,
    date: { day: 19, month: 2, year: 2025 },
    type: 'Luật',
    issuer: 'Quốc hội',
    title: 'Ban hành văn bản quy phạm pháp luật',
  },
];

export const builtInRegistry: Registry = createRegistry(BUILT_IN_ENTRIES);
