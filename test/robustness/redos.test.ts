import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type AttackPattern, check } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RegexSite, regexSites } from './regex-sources.js';

/**
 * Every regular expression in src is checked for super-linear backtracking with recheck:
 * literals as the source spells them, `RegExp(…)` built from constants as they are built
 * (captured while the modules load). Patterns built inside functions are listed below with
 * why they are safe. A pattern recheck flags, and that V8 then runs slowly on recheck's attack,
 * is fixed, or listed in ACCEPTED with the reason.
 */

const SRC = join(import.meta.dirname, '../../src');

/** An exception: the file, a piece of the pattern's code or source that picks it out there, and why it is safe. */
interface Exception {
  file: string;
  piece: string;
  reason: string;
}

/** `RegExp(…)` built inside a function, where no module load can capture it. */
const BUILT_AT_RUN_TIME: Exception[] = [
  { file: 'src/lint/locate.ts', piece: 'new RegExp(pattern.source', reason: 'a global copy of a pattern defined (and checked) elsewhere' },
  { file: 'src/lint/locate.ts', piece: "new RegExp(escaped.replace(/\\s+/g", reason: 'escaped literal text whose words are joined by \\s+: no quantified group to backtrack into' },
];

/** Flagged by recheck, and why that does not matter. */
const ACCEPTED: Exception[] = [
  { file: 'src/lint/rules/distribution/archive-unit.ts', piece: '\\([^)]{0,40}\\)', reason: 'bounded: at most 40 characters are tried from each "("' },
  { file: 'src/lint/rules/citation/incomplete-first.ts', piece: '(?:tại|theo)$', reason: 'tried only on the LOOK_BACK characters before a citation; its repeat is bounded to 80' },
];

function excepted(exceptions: readonly Exception[], where: string, text: string): boolean {
  return exceptions.some(({ file, piece }) => where.startsWith(`${file}:`) && text.includes(piece));
}

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function* moduleFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* moduleFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** `src/…/file.ts:line` of the code that called `new RegExp`, from the stack (vitest maps it to the TypeScript line). */
function callerOf(stack: string | undefined): string | null {
  const line = stack?.split('\n').slice(2).find((frame) => frame.includes('/src/'));
  const match = line && /\/(src\/[^:]+\.ts):(\d+):\d+/.exec(line);
  return match ? `${match[1]}:${match[2]}` : null;
}

/** Loads every module with `RegExp` watched, and returns what each construction site built. */
async function builtWhileLoading(): Promise<Map<string, Pattern[]>> {
  const built = new Map<string, Pattern[]>();
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = Reflect.construct(target, args) as RegExp;
      const where = callerOf(new Error().stack);
      if (where) built.set(where, [...(built.get(where) ?? []), { where, source: regex.source, flags: regex.flags }]);
      return regex;
    },
  });
  try {
    // A module that runs only as a worker thread fails to load here; its RegExp sites then count as unseen.
    for (const file of moduleFiles(SRC)) await import(file).catch(() => undefined);
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

/** recheck's attack with each pump repeated `times` times. */
function attackString(attack: AttackPattern, times: number): string {
  return attack.pumps.map(({ prefix, pump }) => prefix + pump.repeat(times)).join('') + attack.suffix;
}

function searchMs(regex: RegExp, input: string): number {
  const started = performance.now();
  regex.exec(input);
  return performance.now() - started;
}

/**
 * Whether V8, which runs the pattern, really slows down on recheck's attack: four times the
 * pumps must cost well over four times as long, and be slow at all. The fuzz checker reports
 * by its own step counts, and whether it finishes in time depends on the machine's load.
 */
function slowOnV8(pattern: Pattern, attack: AttackPattern): boolean {
  const regex = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  const small = searchMs(regex, attackString(attack, 4_000));
  const large = searchMs(regex, attackString(attack, 16_000));
  return large > 20 && large > small * 8;
}

let sites: RegexSite[] = [];
let built = new Map<string, Pattern[]>();

beforeAll(async () => {
  sites = regexSites(SRC);
  built = await builtWhileLoading();
}, 120_000);

describe('regular expressions in src', () => {
  it('every RegExp built from an expression is captured while loading or listed as built at run time', () => {
    const unseen = sites.filter((site) => site.source === undefined && !built.has(site.where) && !excepted(BUILT_AT_RUN_TIME, site.where, site.code));
    expect(unseen.map((site) => `${site.where}: ${site.code.slice(0, 80)}`)).toEqual([]);
    const stale = BUILT_AT_RUN_TIME.filter((exception) => !sites.some((site) => excepted([exception], site.where, site.code)));
    expect(stale).toEqual([]);
  });

  it('the V8 confirmation tells a quadratic pattern from a linear one', () => {
    const attack = (pump: string, suffix: string): AttackPattern => ({ pumps: [{ prefix: '', pump, bias: 0 }], suffix, base: 0, string: '', pattern: '' });
    expect(slowOnV8({ where: 'test', source: '\\s+$', flags: 'u' }, attack('\t', '\u0000\t'))).toBe(true);
    expect(slowOnV8({ where: 'test', source: '(?<!\\s)\\s+$', flags: 'u' }, attack('\t', '\u0000\t'))).toBe(false);
  });

  it('none backtracks super-linearly (recheck), unless accepted with a reason', async () => {
    const patterns = new Map<string, Pattern>();
    for (const site of sites) {
      const found = site.source !== undefined ? [{ where: site.where, source: site.source, flags: site.flags ?? '' }] : (built.get(site.where) ?? []);
      for (const pattern of found) patterns.set(`${pattern.flags}/${pattern.source}`, pattern);
    }
    const flagged: string[] = [];
    for (const pattern of patterns.values()) {
      const result = await check(pattern.source, pattern.flags, { timeout: 10_000 });
      if (result.status === 'vulnerable' && !excepted(ACCEPTED, pattern.where, pattern.source) && slowOnV8(pattern, result.attack)) {
        flagged.push(`${pattern.where} ${pattern.source} [${pattern.flags}] ${result.complexity.summary}: ${result.attack.pattern}`);
      }
    }
    expect(flagged).toEqual([]);
    const unused = ACCEPTED.filter((exception) => ![...patterns.values()].some((pattern) => excepted([exception], pattern.where, pattern.source)));
    expect(unused).toEqual([]);
  }, 600_000);
});
