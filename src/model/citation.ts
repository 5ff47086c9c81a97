import { z } from 'zod';
import { RangeSchema } from './position.js';

export const CitationDateSchema = z.object({
  raw: z.string().describe('As written, from `ngày`: "ngày 21/3/2023", "ngày ngày 21/3/2023", "ngày 30 tháng 3 năm 2022"'),
  day: z.int().nullable(),
  month: z.int().nullable(),
  year: z.int().nullable(),
  iso: z.string().nullable().describe('YYYY-MM-DD, only when day, month and year are all known and the day is on the calendar'),
  position: RangeSchema,
});

export const NumberIssueSchema = z
  .enum(['space', 'line-break', 'eth', 'slash', 'markup', 'case'])
  .describe(
    'How the symbol as written differs from its canonical form: a space inside it, a line break inside it, Ð (U+00D0) for Đ, ⁄ or ∕ for /, Markdown emphasis inside it, a known code in the wrong case (TTG for TTg)',
  );

export const CitationSchema = z
  .object({
    kind: z
      .enum(['full', 'short', 'named'])
      .describe('full: number (and usually date) given; short: a later mention without date, or an alias; named: a law cited by its name'),
    type: z
      .string()
      .nullable()
      .describe('Type word, title case: "Quyết định", "Nghị định", "Luật", ...; null for a normative number cited without a readable type word ("theo định số 254/2026/NĐ-CP")'),
    number: z.string().nullable().describe('Canonical number and symbol: "407/QĐ-TTg", "09/2017/NĐ-CP"; a bare short form keeps its sequence: "765"'),
    sequence: z.int().nullable(),
    year: z.int().nullable().describe('Year inside a normative number'),
    typeCode: z.string().nullable().describe('"QĐ", "NĐ", "TTLT"; Party "CV"; null for a công văn ("1719/UBND-THCBKS") and a law ("80/2015/QH13")'),
    issuerCode: z.string().nullable().describe('"TTg", "CP", "QH13", "UBND"; joint issuers keep their hyphen: "BNV-VPCP"'),
    unitCode: z.string().nullable().describe('Drafting unit of a công văn: "THCBKS" in "1719/UBND-THCBKS"'),
    numberStyle: z.enum(['state', 'party', 'bare']).nullable().describe('state "227/KH-UBND", party "3270-CV/BTGTU", bare "765" (short form)'),
    numberRaw: z.string().nullable().describe('The number and symbol exactly as written in the file'),
    numberPosition: RangeSchema.nullable().describe('Where numberRaw is: the range a fix replaces'),
    numberIssues: z.array(NumberIssueSchema).describe('Empty when the symbol is written canonically'),
    date: CitationDateSchema.nullable(),
    issuer: z.string().nullable().describe('Issuer phrase: "Thủ tướng Chính phủ"'),
    title: z.string().nullable().describe('Trích yếu that follows the citation'),
    name: z.string().nullable().describe('For laws cited by name: "Luật Báo chí"'),
    provision: z.string().nullable().describe('"điểm a khoản 3 Điều 30"'),
    alias: z.string().nullable().describe('Short name this citation declares: "Quyết định số 765" from "(sau đây viết tắt là Quyết định số 765)"'),
    raw: z.string().describe('Exactly as written in the file, from the type word through number, date and issuer (title and provision not included)'),
    position: RangeSchema,
    refersTo: z.int().nullable().describe("Index in this document's citations of the full citation a short form resolves to"),
    resolvedBy: z
      .enum(['alias', 'number', 'sequence'])
      .nullable()
      .describe(
        'How refersTo was found: a declared alias (or the declaration itself), the same number and symbol, or the one earlier citation with that type and sequence',
      ),
  })
  .describe('Citation');

export type Citation = z.infer<typeof CitationSchema>;
export type CitationDate = z.infer<typeof CitationDateSchema>;
export type NumberIssue = z.infer<typeof NumberIssueSchema>;
