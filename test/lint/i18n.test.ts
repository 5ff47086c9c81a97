import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { fixText } from '../../src/i18n/fix-text.js';
import { lintText } from '../../src/i18n/lint-text.js';
import { ruleDescriptionsVi } from '../../src/i18n/rule-descriptions.vi.js';
import { ruleMessagesVi } from '../../src/i18n/rule-messages.vi.js';
import { fillTemplate, placeholdersOf } from '../../src/i18n/template.js';
import { lintSources } from '../../src/lint/engine.js';
import { messageTemplates, renderMessage } from '../../src/lint/messages.js';
import type { LintResult } from '../../src/lint/result.js';
import type { RuleMeta, SeveritySetting } from '../../src/lint/rule.js';
import { directiveMetas } from '../../src/lint/directive-rules.js';
import { allRules } from '../../src/lint/rules/index.js';
import { FIXTURES, sourcesOf } from './fixtures.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/vbhc.js');
const SEED_004 = 'fixtures/seeds/004_62c4785a12a18631.txt';

/** English words that have no business in a Vietnamese message (Vietnamese has none of them as words). */
const ENGLISH = new Set(
  ('the is are was be but has have had not no of and or with without write here there this that its it for from to by on at as ' +
    'dated number date cited document documents first takes which only than before after line lines month day year expected missing ' +
    'repeats follows under space spaces places place text file save convert converted looks such letters written twice row ' +
    'sequence comma colon code codes type issuer archive list signature name title deadline ends issued registry known short form')
    .split(' '),
);

function englishWordsIn(template: string): string[] {
  const words = template.replace(/\{\w+\}/g, ' ').toLowerCase().match(/[a-z]+/g) ?? [];
  return words.filter((word) => ENGLISH.has(word));
}

const messageEntries = [...allRules.map((rule) => rule.meta), ...directiveMetas].flatMap((meta) => Object.keys(meta.messages).map((messageId) => [meta, messageId] as const));

describe('the Vietnamese and English catalogues', () => {
  it.each(messageEntries.map(([meta, messageId]) => [`${meta.id} ${messageId}`, meta, messageId] as const))(
    '%s: both languages, the same placeholders',
    (_name, meta: RuleMeta, messageId: string) => {
      const vi = ruleMessagesVi[meta.id]?.[messageId];
      const en = meta.messages[messageId]!;
      expect(vi, 'Vietnamese template').toBeDefined();
      expect(placeholdersOf(vi!)).toEqual(placeholdersOf(en));
      expect(vi).not.toBe(en);
    },
  );

  it('has no Vietnamese message for a rule or message id that does not exist', () => {
    const known = new Set(messageEntries.map(([meta, messageId]) => `${meta.id} ${messageId}`));
    const extra = Object.entries(ruleMessagesVi).flatMap(([ruleId, messages]) => Object.keys(messages).map((messageId) => `${ruleId} ${messageId}`));
    expect(extra.filter((entry) => !known.has(entry))).toEqual([]);
  });

  it('leaves no English in the Vietnamese messages, and writes them with their diacritics', () => {
    const english = Object.entries(ruleMessagesVi).flatMap(([ruleId, messages]) =>
      Object.entries(messages).flatMap(([messageId, template]) => englishWordsIn(template).map((word) => `${ruleId} ${messageId}: "${word}"`)),
    );
    expect(english).toEqual([]);
    const bare = Object.values(ruleMessagesVi).flatMap((messages) => Object.values(messages).filter((template) => !/[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(template)));
    expect(bare).toEqual([]);
  });

  it('describes every rule in Vietnamese too, and describes no rule that does not exist', () => {
    const metas = [...allRules.map((rule) => rule.meta), ...directiveMetas];
    expect(Object.keys(ruleDescriptionsVi).sort()).toEqual(metas.map((meta) => meta.id).sort());
    // Code spans quote the document itself (`Số:`, `V/v`) and stay as written.
    const english = Object.entries(ruleDescriptionsVi).flatMap(([ruleId, text]) => englishWordsIn(text.replace(/`[^`]*`/g, ' ')).map((word) => `${ruleId}: "${word}"`));
    expect(english).toEqual([]);
  });

  it('the check for English would catch an untranslated message', () => {
    expect(englishWordsIn(allRules[0]!.meta.messages[Object.keys(allRules[0]!.meta.messages)[0]!]!)).not.toEqual([]);
  });

  it("has vbhc's own words in both languages, with no English left in the Vietnamese", () => {
    const counts = { errors: 1, warnings: 2, infos: 0 };
    for (const lang of LANGS) {
      expect(lintText[lang].summary(counts)).toMatch(/^3 \S/);
      expect(lintText[lang].tooManyWarnings(8, 5)).toContain('--max-warnings 5');
    }
    const vi = [lintText.vi.summary(counts), lintText.vi.tooManyWarnings(8, 5).replace('--max-warnings', ''), ...Object.values(lintText.vi.severity), ...Object.values(lintText.vi.help)];
    expect(vi.flatMap(englishWordsIn)).toEqual([]);
    expect(lintText.en.summary(counts)).toBe('3 problems (1 error, 2 warnings, 0 info)');
    expect(lintText.vi.summary(counts)).toBe('3 vấn đề (1 lỗi, 2 cảnh báo, 0 lưu ý)');
  });

  it('has the --fix lines in both languages, with no English left in the Vietnamese', () => {
    const lines = (lang: (typeof LANGS)[number]) => {
      const text = fixText[lang];
      return [text.applied(3, 2), text.dryRun(3, 2), text.nothingToFix, text.notFixedInDocuments(2), text.notFixedIn('{file}', 2, '{reason}')];
    };
    for (const lang of LANGS) {
      for (const line of lines(lang)) expect(line).not.toBe('');
      expect(lines(lang)[0]).toMatch(/\b3\b.*\b2\b/);
    }
    expect(lines('vi').flatMap(englishWordsIn)).toEqual([]);
    expect(lines('en')[0]).toBe('3 fixes in 2 files applied and written');
  });
});

describe('rendering in a language', () => {
  const meta = allRules.find((rule) => rule.meta.id === 'text/duplicate-word')!.meta;

  it('fills the same data into either template', () => {
    expect(renderMessage(meta, 'duplicate', { phrase: 'ngày' }, 'en')).toBe('"ngày" is written twice in a row');
    expect(renderMessage(meta, 'duplicate', { phrase: 'ngày' }, 'vi')).toBe('"ngày" bị viết lặp hai lần liền nhau');
  });

  it('speaks English for a rule the Vietnamese catalogue does not know', () => {
    const outside: RuleMeta = { ...meta, id: 'plugin/rule', messages: { found: 'found {x}' } };
    expect(messageTemplates(outside, 'vi')).toBe(outside.messages);
    expect(renderMessage(outside, 'found', { x: 1 }, 'vi')).toBe('found 1');
  });

  it('fills every placeholder, repeated or adjacent, and leaves an unknown one as written', () => {
    expect(fillTemplate('{a}{b} and {a}, not {c}', { a: 'số 1', b: 2 })).toBe('số 12 and số 1, not {c}');
    expect(fillTemplate('no placeholder')).toBe('no placeholder');
  });
});

/** Every rule on (those off by default at error), so every fixture shows its findings. */
const everyRuleOn: Record<string, SeveritySetting> = Object.fromEntries(
  allRules.map(({ meta }) => [meta.id, meta.defaultSeverity === 'off' ? 'error' : meta.defaultSeverity]),
);

describe('lint messages of every rule fixture in both languages', () => {
  const byLang = new Map<string, LintResult[]>();
  beforeAll(() => {
    const entries = readdirSync(FIXTURES).flatMap((group) =>
      readdirSync(join(FIXTURES, group)).flatMap((rule) =>
        readdirSync(join(FIXTURES, group, rule))
          .filter((name) => name.startsWith('invalid'))
          .map((name) => join(FIXTURES, group, rule, name)),
      ),
    );
    for (const lang of LANGS) {
      byLang.set(lang, entries.flatMap((entry) => lintSources(sourcesOf(entry, FIXTURES), { severities: everyRuleOn, lang })));
    }
  });

  const flat = (lang: string) => byLang.get(lang)!.flatMap((result) => result.messages.map((message) => ({ file: result.filePath, ...message })));

  it('finds the same things at the same places, worded differently', () => {
    const [vi, en] = [flat('vi'), flat('en')];
    expect(vi.length).toBeGreaterThan(40);
    expect(vi.map(({ file, ruleId, line, column }) => `${file}:${line}:${column} ${ruleId}`)).toEqual(
      en.map(({ file, ruleId, line, column }) => `${file}:${line}:${column} ${ruleId}`),
    );
    vi.forEach((message, i) => expect(message.message).not.toBe(en[i]!.message));
  });

  it('fills every placeholder, in the messages and their related notes', () => {
    for (const lang of LANGS) {
      const texts = flat(lang).flatMap((message) => [message.message, ...message.related.map((item) => item.message)]);
      expect(texts.filter((text) => /\{\w+\}/.test(text))).toEqual([]);
    }
  });
});

describe('vbhc lint --lang', () => {
  const lint = (args: string[]) => spawnSync(BIN, ['lint', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('writes Vietnamese by default and English with --lang en, the findings unchanged', () => {
    const vi = JSON.parse(lint(['-f', 'json', SEED_004]).stdout) as LintResult[];
    const en = JSON.parse(lint(['-f', 'json', '--lang', 'en', SEED_004]).stdout) as LintResult[];
    const strip = (results: LintResult[]) => results.map((result) => result.messages.map(({ message: _m, related, ...rest }) => ({ ...rest, related: related.length })));
    expect(strip(vi)).toEqual(strip(en));
    const duplicate = (results: LintResult[]) => results[0]!.messages.find((message) => message.ruleId === 'text/duplicate-word')!.message;
    expect(duplicate(vi)).toBe('"ngày" bị viết lặp hai lần liền nhau');
    expect(duplicate(en)).toBe('"ngày" is written twice in a row');
  });

  it("translates vbhc's own lines: the stylish summary and the --max-warnings notice", () => {
    const run = lint(['--max-warnings', '0', SEED_004]);
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('✖ 7 vấn đề (0 lỗi, 7 cảnh báo, 0 lưu ý)');
    expect(run.stdout).toContain('  63:48    cảnh báo  "ngày" bị viết lặp hai lần liền nhau  text/duplicate-word');
    expect(run.stderr).toBe('vbhc: 7 cảnh báo, nhiều hơn mức --max-warnings 0 cho phép\n');
    expect(run.status).toBe(1);
  });

  it('refuses a language it does not have, with exit 2', () => {
    const run = lint(['--lang', 'fr', SEED_004]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--lang.*fr.*vi.*en/s);
  });
});
