import { z } from 'zod';
import { RangeSchema } from './position.js';

export type Section = {
  number: string;
  path: string;
  level: number;
  title: string;
  items: string[];
  paragraphs: string[];
  children: Section[];
  position: z.infer<typeof RangeSchema>;
};

export const SectionSchema: z.ZodType<Section> = z
  .object({
    number: z.string().describe('As numbered: "II.", "2.1.", "a)", "Điều 5."'),
    path: z.string().describe('Dotted path of ordinals from the top: "II.1.1"'),
    level: z.int().min(1),
    title: z.string(),
    items: z.array(z.string()).describe('Bulleted lines, one entry per item, without the bullet'),
    paragraphs: z.array(z.string()).describe('Unbulleted, unnumbered paragraphs under the heading'),
    get children() {
      return z.array(SectionSchema);
    },
    position: RangeSchema,
  })
  .describe('Section');

export const DeadlineSchema = z
  .object({
    raw: z.string().describe('The time phrase as written'),
    kind: z.enum(['date', 'month', 'year', 'range', 'recurring', 'ongoing']),
    from: z
      .string()
      .nullable()
      .describe('ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY); a yearly date as --MM-DD, a yearly month as --MM'),
    to: z.string().nullable().describe('Same forms as `from`; a deadline ("trước ...") has only `to`'),
  })
  .describe('Deadline');

export const AgencySchema = z
  .object({
    text: z.string().describe('As written'),
    key: z.string().describe('Normalized name for grouping'),
  })
  .describe('Agency');

export const AssignmentSchema = z
  .object({
    section: z.string().describe("The section's path"),
    assignee: z.string().nullable().describe('Who is addressed, as written: the agency heading, or the Chủ trì line'),
    lead: z.array(z.string()).describe('Agencies in charge (chủ trì), one entry per agency'),
    cooperating: z.array(z.string()).describe('Cooperating agencies (phối hợp), one entry per agency'),
    deadline: DeadlineSchema.nullable(),
    tasks: z.array(z.string()),
    position: RangeSchema,
    basis: z
      .enum(['heading', 'labels', 'lead-in'])
      .describe(
        '"heading": the section title names the agency; "labels": Chủ trì / Phối hợp lines; "lead-in": the sentence before a top-level list ("đề nghị X thực hiện một số nội dung sau:") addresses it',
      ),
    leadAgencies: z.array(AgencySchema).describe('`lead` with normalized keys'),
    cooperatingAgencies: z.array(AgencySchema).describe('`cooperating` with normalized keys'),
    timing: z.string().nullable().describe('The Thời gian line as written, also when it names no parsable time'),
    form: z.string().nullable().describe('The Hình thức line: how the task is carried out'),
  })
  .describe('Assignment');

export type Deadline = z.infer<typeof DeadlineSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
