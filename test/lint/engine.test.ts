import { describe, expect, it } from 'vitest';
import { decodeSource, type Source } from '../../src/io/source.js';
import { effectiveSeverity, lintSources } from '../../src/lint/engine.js';
import type { CorpusRule, FileRule, RuleMeta } from '../../src/lint/rule.js';
import { allRules } from '../../src/lint/rules/index.js';

function source(path: string, text: string): Source {
  return decodeSource(Buffer.from(text), path);
}

function meta(id: string, overrides: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    description: 'test rule',
    defaultSeverity: 'warning',
    fixable: false,
    messages: { found: 'found "{word}"', other: 'also at {line}' },
    docs: { basis: '-', bad: '-', good: '-' },
    ...overrides,
  };
}

/** Reports every occurrence of `word` in the original text. */
function wordRule(id: string, word: string, overrides: Partial<RuleMeta> = {}): FileRule {
  return {
    scope: 'file',
    meta: meta(id, overrides),
    check({ source: { text }, layer, report }) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        report({ messageId: 'found', data: { word }, range: { start: layer.pointAt(at), end: layer.pointAt(at + word.length) } });
      }
    },
  };
}

describe('severity', () => {
  const blank = meta('x/blank', { defaultSeverity: 'off', finalSeverity: 'error' });

  it('is the default, the --final severity under --final, or what the options set', () => {
    expect(effectiveSeverity(blank, {})).toBe('off');
    expect(effectiveSeverity(blank, { final: true })).toBe('error');
    expect(effectiveSeverity(blank, { final: true, severities: { 'x/blank': 'warning' } })).toBe('warning');
    expect(effectiveSeverity(meta('x/y'), { final: true })).toBe('warning');
  });

  it('stamps findings, counts them per file and drops rules that are off', () => {
    const rules = [wordRule('x/a', 'alpha'), wordRule('x/b', 'beta', { defaultSeverity: 'error' }), wordRule('x/c', 'gamma', { defaultSeverity: 'off' })];
    const [result] = lintSources([source('f.txt', 'beta alpha\ngamma alpha\n')], { rules });
    expect(result!.messages.map((m) => [m.line, m.column, m.severity, m.ruleId, m.message])).toEqual([
      [1, 1, 'error', 'x/b', 'found "beta"'],
      [1, 6, 'warning', 'x/a', 'found "alpha"'],
      [2, 7, 'warning', 'x/a', 'found "alpha"'],
    ]);
    expect([result!.errorCount, result!.warningCount, result!.infoCount]).toEqual([1, 2, 0]);
  });

  it('sorts by line, then column, then rule id', () => {
    const rules = [wordRule('x/z', 'same'), wordRule('x/a', 'same')];
    const [result] = lintSources([source('f.txt', 'same')], { rules });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['x/a', 'x/z']);
  });

  it('gives a file that comes twice one result holding both copies\' findings', () => {
    const rules = [wordRule('x/a', 'alpha'), wordRule('x/b', 'beta', { defaultSeverity: 'error' })];
    const results = lintSources([source('f.txt', 'beta alpha\n'), source('f.txt', 'alpha\n')], { rules });
    expect(results).toHaveLength(1);
    expect(results[0]!.messages.map((m) => [m.line, m.column, m.ruleId])).toEqual([
      [1, 1, 'x/b'],
      [1, 1, 'x/a'],
      [1, 6, 'x/a'],
    ]);
    expect([results[0]!.errorCount, results[0]!.warningCount]).toEqual([1, 2]);
  });
});

describe('cross-file rules', () => {
  it('report to the file of each finding, with related places rendered', () => {
    const pairs: CorpusRule = {
      scope: 'corpus',
      meta: meta('x/corpus'),
      check({ index, report }) {
        for (const [, occurrences] of index.instruments()) {
          const [first, second] = occurrences;
          if (!first || !second) continue;
          report(second.filePath, {
            messageId: 'found',
            data: { word: second.number },
            range: second.range,
            related: [{ filePath: first.filePath, range: first.range, messageId: 'other', data: { line: first.range.start.line } }],
          });
        }
      },
    };
    const cite = 'Thực hiện Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ.\n';
    const results = lintSources([source('a.txt', cite), source('b.txt', `Dòng đầu.\n${cite}`)], { rules: [pairs] });
    expect(results.map((result) => result.messages.length)).toEqual([0, 1]);
    const message = results[1]!.messages[0]!;
    expect(message.message).toBe('found "407/QĐ-TTg"');
    expect(message.line).toBe(2);
    expect(message.related).toEqual([{ filePath: 'a.txt', line: 1, column: 11, message: 'also at 1' }]);
  });
});

describe('the rule set', () => {
  it('has unique ids, messages for every id it documents, and a basis for each rule', () => {
    const ids = allRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { meta: ruleMeta } of allRules) {
      expect(ruleMeta.id).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(Object.keys(ruleMeta.messages).length).toBeGreaterThan(0);
      expect(ruleMeta.docs.basis.length).toBeGreaterThan(10);
      expect(ruleMeta.docs.bad).not.toBe(ruleMeta.docs.good);
    }
  });
});
