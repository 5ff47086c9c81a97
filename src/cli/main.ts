import { Command, CommanderError } from 'commander';
import { registerCitations } from './commands/citations.js';
import { registerLint } from './commands/lint.js';
import { registerParse } from './commands/parse.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerTasks } from './commands/tasks.js';
import { quietOnClosedPipe, writeErr } from './output.js';

const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command('vbhc')
    .description('Parse and lint Vietnamese administrative documents (văn bản hành chính)')
    .version(VERSION)
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeErr });
  registerParse(program);
  registerSchema(program);
  registerCitations(program);
  registerLint(program);
  registerRules(program);
  registerTasks(program);
  return program;
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  quietOnClosedPipe();
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const debug = argv.includes('--debug');
    writeErr(`vbhc: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) writeErr(`${error.stack}\n`);
    else writeErr('vbhc: run again with --debug to see where it happened\n');
    return 3;
  }
}
