import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { quietOnClosedPipe, writeErr } from './output.js';

type Register = (program: Command) => void;

/**
 * Each command's module, loaded only when it may run: `vbhc lint one.txt` never loads the
 * schema command's zod or the tasks command's modules (start-up time is a feature).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  parse: async () => (await import('./commands/parse.js')).registerParse,
  schema: async () => (await import('./commands/schema.js')).registerSchema,
  citations: async () => (await import('./commands/citations.js')).registerCitations,
  lint: async () => (await import('./commands/lint.js')).registerLint,
  rules: async () => (await import('./commands/rules.js')).registerRules,
  tasks: async () => (await import('./commands/tasks.js')).registerTasks,
};

/** The command word of argv (after node and the script), skipping the global options. */
function commandWord(argv: readonly string[]): string | undefined {
  return argv.slice(2).find((arg) => !arg.startsWith('-'));
}

/** The program with the command argv names, or every command (for help, or a word that is none). */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('vbhc')
    .description('Parse and lint Vietnamese administrative documents (văn bản hành chính)')
    .version(VERSION)
    .option('--debug', 'show stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeErr });
  const word = commandWord(argv);
  const names = word !== undefined && word in COMMANDS ? [word] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program);
  return program;
}

/** An internal error as the user sees it: one line, and the stack only with `--debug`. */
function reportInternalError(error: unknown, debug: boolean): void {
  writeErr(`vbhc: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (debug && error instanceof Error && error.stack) writeErr(`${error.stack}\n`);
  else writeErr('vbhc: run again with --debug to see where it happened\n');
}

/** Errors thrown outside the awaited run (a stream's error event, a stray promise) end the same way, exit 3. */
function reportStrayErrors(debug: boolean): void {
  const fail = (error: unknown) => {
    reportInternalError(error, debug);
    process.exit(3);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const debug = argv.includes('--debug');
  quietOnClosedPipe();
  reportStrayErrors(debug);
  try {
    const program = await buildProgram(argv);
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    reportInternalError(error, debug);
    return 3;
  }
}
