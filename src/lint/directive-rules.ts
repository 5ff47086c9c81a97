import type { RuleMeta } from './rule.js';

/**
 * The engine's own checks of inline directives. They are not rules a document breaks, so they
 * are not in `allRules`; their ids take severities in configuration like any rule's.
 */
export const unusedDirectiveMeta: RuleMeta = {
  id: 'directive/unused',
  description: 'A vbhc-disable directive that hides no finding',
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    unused: 'this directive disables {rule}, but {rule} reports nothing here; remove the directive or the rule id',
    unusedAll: 'this directive disables every rule, but no rule reports anything here; remove the directive',
  },
  docs: {
    basis: 'vbhc inline directives (README, Configuration)',
    bad: '<!-- vbhc-disable-next-line header/missing-date --> above a line with a correct date',
    good: 'no directive where nothing needs hiding',
  },
};

export const invalidDirectiveMeta: RuleMeta = {
  id: 'directive/invalid',
  description: 'A vbhc directive with an unknown kind or rule id',
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    unknownRule: 'unknown rule id "{rule}" in a vbhc directive',
    unknownRuleSuggest: 'unknown rule id "{rule}" in a vbhc directive; did you mean "{suggestion}"?',
    unknownKind: '"{word}" is not a vbhc directive; expected one of {kinds}',
  },
  docs: {
    basis: 'vbhc inline directives (README, Configuration)',
    bad: '<!-- vbhc-disable-next-line citation/date-conflit -->',
    good: '<!-- vbhc-disable-next-line citation/date-conflict -->',
  },
};

export const directiveMetas: readonly RuleMeta[] = [unusedDirectiveMeta, invalidDirectiveMeta];
