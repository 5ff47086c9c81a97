import { describe, expect, it } from 'vitest';
import { issuerExpectedFor, typeCodeDisagrees } from '../../src/lint/codes.js';
import { earliestDay, isOnCalendar, latestDay } from '../../src/lint/dates.js';
import { foldVietnamese } from '../../src/lint/fold.js';
import { instrumentKey } from '../../src/lint/instrument.js';
import { builtInRegistry } from '../../src/lint/registry.js';
import { parseOrdinal } from '../../src/lint/rules/outline/ordinal.js';

describe('dates', () => {
  it('knows the calendar, leap years included', () => {
    expect(isOnCalendar({ day: 29, month: 2, year: 2024 })).toBe(true);
    expect(isOnCalendar({ day: 29, month: 2, year: 2023 })).toBe(false);
    expect(isOnCalendar({ day: 29, month: 2, year: 1900 })).toBe(false);
    expect(isOnCalendar({ day: 31, month: 6, year: 2023 })).toBe(false);
    expect(isOnCalendar({ day: null, month: 13, year: 2023 })).toBe(false);
    expect(isOnCalendar({ day: null, month: 5, year: 2023 })).toBe(true);
  });

  it('reads a draft date as the span it may stand for', () => {
    expect(earliestDay({ day: null, month: 5, year: 2023 })).toBe(20230501);
    expect(latestDay({ day: null, month: 2, year: 2024 })).toBe(20240229);
    expect(latestDay({ day: null, month: null, year: 2023 })).toBe(20231231);
    expect(earliestDay({ day: 3, month: null, year: null })).toBeNull();
  });
});

describe('instrument keys', () => {
  it('name a normative instrument by its number, others by number and year', () => {
    expect(instrumentKey('09/2017/NĐ-CP', 2017, 2016)).toBe('09/2017/NĐ-CP');
    expect(instrumentKey('07/CT-TTg', null, 2023)).not.toBe(instrumentKey('07/CT-TTg', null, 2012));
    expect(instrumentKey('07/CT-TTg', null, null)).toBeNull();
    expect(instrumentKey('407/QÐ- TTg', null, 2022)).toBe(instrumentKey('407/QĐ-TTg', null, 2022));
  });

  it('find the built-in registry entries of the domain notes', () => {
    expect(builtInRegistry.lookup('407/QĐ-TTg', null, 2022)?.date).toEqual({ day: 30, month: 3, year: 2022 });
    expect(builtInRegistry.lookup('07/CT-TTg', null, 2012)).toBeUndefined();
    expect(builtInRegistry.lookup('30/2020/NĐ-CP', 2020, 2021)?.date).toEqual({ day: 5, month: 3, year: 2020 });
  });
});

describe('Vietnamese folding', () => {
  it('treats old and new tone placement, case, spacing and Ð alike, and keeps tones apart', () => {
    expect(foldVietnamese('UỶ BAN NHÂN DÂN')).toBe(foldVietnamese('Ủy ban nhân dân'));
    expect(foldVietnamese('Hoà Bình')).toBe(foldVietnamese('Hòa Bình'));
    expect(foldVietnamese('KẾ HOẠCH')).toBe(foldVietnamese('Kế  hoạch'));
    expect(foldVietnamese('ÐỊNH')).toBe(foldVietnamese('định'));
    expect(foldVietnamese('Hòa')).not.toBe(foldVietnamese('Hoa'));
  });
});

describe('codes', () => {
  it('match type words with type codes, Party mappings included', () => {
    expect(typeCodeDisagrees('Quyết định', 'NĐ')).toBe(true);
    expect(typeCodeDisagrees('Quyết định', 'QĐ')).toBe(false);
    expect(typeCodeDisagrees('Quy định', 'QĐ')).toBe(false);
    expect(typeCodeDisagrees('Kế hoạch', 'QĐ')).toBe(true);
    expect(typeCodeDisagrees('Chương trình', 'CTr')).toBe(false);
    expect(typeCodeDisagrees('Quyết định', 'UBND')).toBe(false);
    expect(typeCodeDisagrees('Văn bản', 'KH')).toBe(false);
  });

  it('match issuer codes with issuer phrases', () => {
    expect(issuerExpectedFor('TTg', 'Chính phủ')).toBe('Thủ tướng Chính phủ');
    expect(issuerExpectedFor('TTg', 'Thủ tướng Chính phủ')).toBeNull();
    expect(issuerExpectedFor('CP', 'Thủ tướng Chính phủ')).toBe('Chính phủ');
    expect(issuerExpectedFor('UBND', 'UBND huyện Định Hóa')).toBeNull();
    expect(issuerExpectedFor('UBND', 'Ủy ban nhân dân tỉnh')).toBeNull();
    expect(issuerExpectedFor('QH15', 'Quốc hội')).toBeNull();
    expect(issuerExpectedFor('BTGTU', 'Ban Tuyên giáo Tỉnh uỷ')).toBeNull();
    expect(issuerExpectedFor('XYZ', 'Chính phủ')).toBeNull();
  });
});

describe('section ordinals', () => {
  it('read Roman, dotted, letters (Vietnamese alphabet) and article words', () => {
    expect(parseOrdinal('IV.')).toEqual({ kind: 'roman', value: 4, prefix: [] });
    expect(parseOrdinal('2.3.')).toEqual({ kind: 'arabic', value: 3, prefix: [2] });
    expect(parseOrdinal('đ)')).toEqual({ kind: 'letter', value: 5, prefix: [] });
    expect(parseOrdinal('e)')).toEqual({ kind: 'letter', value: 6, prefix: [] });
    expect(parseOrdinal('Điều 12.')).toEqual({ kind: 'article', value: 12, prefix: [] });
    expect(parseOrdinal('Chương IX')).toEqual({ kind: 'chapter', value: 9, prefix: [] });
    expect(parseOrdinal('f)')).toBeNull();
  });
});
