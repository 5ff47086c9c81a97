import { readFileSync } from 'node:fs';
import type { ParseError } from 'jsonc-parser';
import { LineIndex } from '../../text/line-index.js';
import { ConfigError } from './config-error.js';
import type { ConfigSettings } from './schema.js';

/** jsonc-parser's error names, said plainly. */
const SYNTAX_PROBLEMS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'not a number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  UnexpectedEndOfComment: 'comment not closed',
  UnexpectedEndOfString: 'string not closed',
  InvalidEscapeCharacter: 'invalid escape in a string',
  InvalidCharacter: 'invalid character in a string',
};

/** The first syntax error, as a ConfigError naming `file:line:column`. */
function syntaxError(shownAs: string, text: string, error: ParseError, name: string): ConfigError {
  const { line, column } = new LineIndex(text).point(error.offset);
  return new ConfigError(`${shownAs}:${line}:${column}`, [`not valid JSON: ${SYNTAX_PROBLEMS[name] ?? 'syntax error'}`]);
}

/**
 * Reads one configuration file: JSON (comments allowed, as in tsconfig.json), checked key by
 * key. `shownAs` is how messages name it (relative to the working folder). The parser and the
 * checker (zod, ~50 ms to load) are imported here, so runs without a configuration file never
 * load them.
 */
export async function loadConfigFile(path: string, shownAs: string): Promise<ConfigSettings> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(shownAs, [code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code ?? String(error)})`]);
  }
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: ParseError[] = [];
  const json = text.replace(/^\uFEFF/, '');
  const value: unknown = parse(json, errors, { allowTrailingComma: false, disallowComments: false, allowEmptyContent: false });
  if (errors[0]) throw syntaxError(shownAs, json, errors[0], printParseErrorCode(errors[0].error));
  const { checkConfig } = await import('./schema.js');
  const { settings, problems } = checkConfig(value);
  if (!settings) throw new ConfigError(shownAs, problems);
  return settings;
}
