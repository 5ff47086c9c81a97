import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RegexSite, regexSites } from './regex-sources.js';

/**
 * Every regular expression in src is checked for super-linear backtracking with recheck:
 * literals as the source spells them, `RegExp(…)` built from constants as they are built
 * (captured while the modules load). Patterns built inside functions are listed below with
 * why they are safe; patterns recheck flags are fixed, or listed in ACCEPTED with the reason.
 */

const SRC = join(import.meta.dirname, '../../src');

/** `RegExp(…)` built inside a function, where no module load can capture it. */
const BUILT_AT_RUN_TIME: Record<string, string> = {
  'src/lint/locate.ts:78': 'a global copy of a pattern defined (and checked) elsewhere',
  'src/lint/locate.ts:106': 'escaped literal text whose words are joined by \\s+: no quantified group, nothing to backtrack into',
};

/** Flagged by recheck, and why that does not matter: key `where source`. */
const ACCEPTED: Record<string, string> = {
  'src/lint/rules/distribution/archive-unit.ts:7 \\([^)]{0,40}\\)': 'bounded: at most 40 characters are tried from each "("',
  'src/lint/rules/citation/incomplete-first.ts:10 của [^,;.()\\n]{2,80} (?:tại|theo)$': 'tried only on the LOOK_BACK characters before a citation, and its repeat is bounded to 80',
};

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

let sites: RegexSite[] = [];
let built = new Map<string, Pattern[]>();

beforeAll(async () => {
  sites = regexSites(SRC);
  built = await builtWhileLoading();
}, 120_000);

describe('regular expressions in src', () => {
  it('every RegExp built from an expression is captured while loading or listed as built at run time', () => {
    const unseen = sites.filter((site) => site.source === undefined && !built.has(site.where) && !(site.where in BUILT_AT_RUN_TIME));
    expect(unseen.map((site) => `${site.where}: ${site.code.slice(0, 80)}`)).toEqual([]);
    const stale = Object.keys(BUILT_AT_RUN_TIME).filter((where) => !sites.some((site) => site.where === where));
    expect(stale).toEqual([]);
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
      const key = `${pattern.where} ${pattern.source}`;
      if (result.status === 'vulnerable' && !(key in ACCEPTED)) {
        flagged.push(`${key} [${pattern.flags}] ${result.complexity.summary}: ${result.attack.pattern}`);
      }
    }
    expect(flagged).toEqual([]);
  }, 600_000);
});
