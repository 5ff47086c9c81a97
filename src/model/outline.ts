import { z } from 'zod';
import { RangeSchema } from './position.js';

export type Section = {
  number: string;
  path: string;
  level: number;
  title: string;
  items: string[];
  children: Section[];
  position: z.infer<typeof RangeSchema>;
};

export const SectionSchema: z.ZodType<Section> = z
  .object({
    number: z.string().describe('As numbered: "II.", "2.1.", "a)", "Điều 5."'),
    path: z.string().describe('Dotted path of ordinals from the top: "II.1.1"'),
    level: z.int().min(1),
    title: z.string(),
    items: z.array(z.string()).describe('Bulleted lines, one entry per item'),
    get children() {
      return z.array(SectionSchema);
    },
    position: RangeSchema,
  })
  .describe('Section');

export const DeadlineSchema = z
  .object({
    raw: z.string(),
    kind: z.enum(['date', 'month', 'year', 'range', 'recurring', 'ongoing']),
    from: z.string().nullable().describe('ISO date, month (YYYY-MM) or year'),
    to: z.string().nullable(),
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
    assignee: z.string().nullable(),
    lead: z.array(z.string()),
    cooperating: z.array(z.string()),
    deadline: DeadlineSchema.nullable(),
    tasks: z.array(z.string()),
    position: RangeSchema,
  })
  .describe('Assignment');

export type Deadline = z.infer<typeof DeadlineSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
