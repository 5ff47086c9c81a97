import { z } from 'zod';
import { CitationSchema } from './citation.js';
import { AssignmentSchema, SectionSchema } from './outline.js';
import { RangeSchema } from './position.js';

export const IssuerSchema = z
  .object({
    name: z.string().describe('"ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"; "BAN TUYÊN GIÁO"'),
    parent: z.string().nullable().describe('Superior body on the line above: "TỈNH ỦY THÁI NGUYÊN"'),
  })
  .describe('Issuer');

export const DocumentNumberSchema = z
  .object({
    value: z.string().describe('Canonical: "1460/UBND-KGVX"; a draft keeps its blank: "/KH-UBND"'),
    raw: z.string().describe('Exactly as written'),
    sequence: z.int().nullable(),
    year: z.int().nullable(),
    typeCode: z.string().nullable(),
    issuerCode: z.string().nullable(),
    unitCode: z.string().nullable(),
    style: z.enum(['state', 'party']),
    position: RangeSchema,
  })
  .describe('DocumentNumber');

export const DocumentDateSchema = z
  .object({
    raw: z.string(),
    day: z.int().nullable(),
    month: z.int().nullable(),
    year: z.int().nullable(),
    iso: z.string().nullable().describe('Only when day, month and year are all given'),
    position: RangeSchema,
  })
  .describe('DocumentDate');

export const DistributionEntrySchema = z
  .object({
    name: z.string(),
    note: z.string().nullable().describe('"b/c", "để báo cáo"'),
  })
  .describe('DistributionEntry');

export const ArchiveSchema = z
  .object({
    raw: z.string(),
    units: z.array(z.string()),
  })
  .describe('Archive');

export const SignatureSchema = z
  .object({
    lines: z.array(z.string()).describe('Authority and title lines: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]'),
    authority: z.string().nullable().describe('"TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M", "K/T", "T/L"'),
    title: z.string().nullable().describe('Title of the person who signs: "PHÓ CHỦ TỊCH"'),
    signer: z.string().nullable().describe('"Hà Minh Hải"'),
    rank: z.string().nullable().describe('Military rank written before the name: "Đại tướng" (Đại tướng Lương Tam Quang)'),
  })
  .describe('Signature');

export const AnnexSchema = z
  .object({
    kind: z
      .enum(['annex', 'form', 'attachment'])
      .describe('annex: "Phụ lục I"; form: "Mẫu số 01"; attachment: a text issued with the document, headed by its (Ban hành) kèm theo line ("QUY CHẾ … (Ban hành kèm theo Quyết định số …)")'),
    label: z.string().nullable().describe('The heading as written, without its title: "Phụ lục I", "PHỤ LỤC II", "Mẫu số 01"; null for an attachment'),
    number: z.string().nullable().describe('"I", "II", "01", "KĐ23a"'),
    title: z.string().nullable().describe('"DANH MỤC DƯỢC CHẤT GÂY NGHIỆN", joined; for an attachment, its lines in capitals before the kèm theo line'),
    attachedTo: z.int().nullable().describe("Index in this document's citations of the instrument its kèm theo line names"),
    position: RangeSchema.describe('From its heading to the next annex or the end of the document'),
  })
  .describe('Annex');

export const DocumentSchema = z
  .object({
    position: RangeSchema.describe('Where the document sits in the file'),
    issuer: IssuerSchema.nullable(),
    number: DocumentNumberSchema.nullable(),
    place: z.string().nullable(),
    date: DocumentDateSchema.nullable(),
    type: z.string().nullable().describe('"Công văn", "Kế hoạch", "Quyết định", ... (title case)'),
    subject: z.string().nullable().describe('Trích yếu, joined, without "V/v"'),
    recipients: z.array(z.string()).describe('Kính gửi, one entry per addressee'),
    distribution: z.array(DistributionEntrySchema).describe('Nơi nhận, except the archive line'),
    archive: ArchiveSchema.nullable(),
    signature: SignatureSchema.nullable(),
    citations: z.array(CitationSchema),
    sections: z.array(SectionSchema),
    assignments: z.array(AssignmentSchema),
    annexes: z.array(AnnexSchema).describe('Phụ lục, forms and texts issued with the document, after its signature, in order'),
  })
  .describe('Document');

export const ParsedFileSchema = z
  .object({
    file: z.string(),
    documents: z.array(DocumentSchema),
  })
  .describe('ParsedFile');

export type Issuer = z.infer<typeof IssuerSchema>;
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;
export type DocumentDate = z.infer<typeof DocumentDateSchema>;
export type DistributionEntry = z.infer<typeof DistributionEntrySchema>;
export type Archive = z.infer<typeof ArchiveSchema>;
export type Signature = z.infer<typeof SignatureSchema>;
export type Annex = z.infer<typeof AnnexSchema>;
export type VbhcDocument = z.infer<typeof DocumentSchema>;
export type ParsedFile = z.infer<typeof ParsedFileSchema>;
