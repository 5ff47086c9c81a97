import { z } from 'zod';

export const PointSchema = z
  .object({
    line: z.int().min(1).describe('1-based line in the original file'),
    column: z.int().min(1).describe('1-based column, in UTF-16 code units'),
    offset: z.int().min(0).describe('0-based offset in the decoded original text, UTF-16 code units'),
  })
  .describe('Point');

export const RangeSchema = z.object({ start: PointSchema, end: PointSchema }).describe('Range');
