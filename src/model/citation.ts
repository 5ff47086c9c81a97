import { z } from 'zod';
import { RangeSchema } from './position.js';

export const CitationDateSchema = z.object({
  raw: z.string(),
  day: z.int().nullable(),
  month: z.int().nullable(),
  year: z.int().nullable(),
  iso: z.string().nullable().describe('YYYY-MM-DD, only when day, month and year are all known'),
});

export const CitationSchema = z
  .object({
    kind: z.enum(['full', 'short', 'named']),
    type: z.string().nullable().describe('Type word, title case: "Quyết định", "Nghị định", "Luật", ...'),
    number: z.string().nullable().describe('Canonical number and symbol: "407/QĐ-TTg", "09/2017/NĐ-CP"'),
    sequence: z.int().nullable(),
    year: z.int().nullable().describe('Year inside a normative number'),
    typeCode: z.string().nullable(),
    issuerCode: z.string().nullable(),
    date: CitationDateSchema.nullable(),
    issuer: z.string().nullable().describe('Issuer phrase: "Thủ tướng Chính phủ"'),
    title: z.string().nullable().describe('Trích yếu that follows the citation'),
    name: z.string().nullable().describe('For laws cited by name: "Luật Báo chí"'),
    provision: z.string().nullable().describe('"điểm a khoản 3 Điều 30"'),
    raw: z.string().describe('Exactly as written in the file'),
    position: RangeSchema,
    refersTo: z.int().nullable().describe("Index in this document's citations of the full citation a short form resolves to"),
  })
  .describe('Citation');

export type Citation = z.infer<typeof CitationSchema>;
