import type { Command } from 'commander';
import { z } from 'zod';
import { ParsedFileSchema } from '../../model/document.js';
import { writeOut } from '../output.js';

export function parseOutputJsonSchema(): unknown {
  return z.toJSONSchema(ParsedFileSchema, { target: 'draft-2020-12' });
}

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of `vbhc parse` output')
    .action(() => {
      writeOut(`${JSON.stringify(parseOutputJsonSchema(), null, 2)}\n`);
    });
}
