import type { Command } from 'commander';
import type { ParsedFile } from '../../model/document.js';
import { parseSource } from '../../pipeline.js';
import { perFile } from '../file-failure.js';
import { formatDocumentText } from '../format-text.js';
import { inputErrorCount, readInputs } from '../inputs.js';
import { writeOut } from '../output.js';

interface ParseOptions {
  format: 'json' | 'text';
  ndjson?: boolean;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('print the structure of each document as JSON (or a readable summary)')
    .argument('<files...>', 'text or Markdown files; - reads standard input')
    .option('-f, --format <format>', 'json or text', 'json')
    .option('--ndjson', 'one compact JSON object per file and line')
    .action(async (files: string[], options: ParseOptions) => {
      const parsed: ParsedFile[] = [];
      for await (const source of readInputs(files)) {
        const result = perFile(source, 'parsing', parseSource);
        if (result === undefined) continue;
        if (options.ndjson) writeOut(`${JSON.stringify(result)}\n`);
        else if (options.format === 'text') writeOut(formatDocumentText(result));
        else parsed.push(result);
      }
      if (!options.ndjson && options.format !== 'text' && parsed.length > 0) {
        writeOut(`${JSON.stringify(files.length === 1 ? parsed[0] : parsed, null, 2)}\n`);
      }
      process.exitCode = inputErrorCount > 0 ? 2 : 0;
    });
}
