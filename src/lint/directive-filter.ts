import { invalidDirectiveMeta, unusedDirectiveMeta } from './directive-rules.js';
import { DIRECTIVE_KINDS, type Directive, type FileDirectives } from './directives.js';
import type { Finding } from './rule.js';
import { nearestName } from './suggest.js';

/** A finding with the id of the rule that reported it (severity comes later, from the file's settings). */
export interface RuleFinding {
  ruleId: string;
  finding: Finding;
}

export interface DirectiveOutcome<T extends RuleFinding> {
  /** The findings no directive hides, in the order given. */
  kept: T[];
  /** Unused and invalid directives, as findings of `directive/unused` and `directive/invalid`. */
  problems: RuleFinding[];
}

const ALL = '*';

export interface RuleIds {
  /** Every rule id a directive may name. */
  known: ReadonlySet<string>;
  /** The rules that ran on the file (not off): only a directive naming one of them can be unused. */
  running: ReadonlySet<string>;
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

/**
 * Applies a file's directives to its findings (its own and the cross-file ones reported in it):
 * a `-line` directive hides findings starting on its line, a `disable` those from the comment
 * on until an `enable` naming the same rule (or every rule). Reports directives that hid nothing
 * (a rule that is off, as many are in drafts and on with `--final`, is not held against them)
 * and rule ids no rule has.
 */
export function applyDirectives<T extends RuleFinding>(findings: readonly T[], file: FileDirectives, ruleIds: RuleIds): DirectiveOutcome<T> {
  const used = new Map<Directive, Set<string>>();
  const markUsed = (directive: Directive, ruleId: string) => {
    const set = used.get(directive) ?? new Set<string>();
    set.add(directive.ruleIds.length === 0 ? ALL : ruleId);
    used.set(directive, set);
  };
  const lineDirectives = file.directives.filter((directive) => directive.line !== undefined);
  const blockDirectives = file.directives.filter((directive) => directive.line === undefined);
  const hiddenBy = ({ ruleId, finding }: RuleFinding): Directive | undefined => {
    const { line, offset } = finding.range.start;
    const onLine = lineDirectives.find((directive) => directive.line === line && names(directive, ruleId));
    if (onLine) return onLine;
    let open: Directive | undefined;
    for (const directive of blockDirectives) {
      if (directive.range.start.offset > offset) break;
      if (!names(directive, ruleId)) continue;
      open = directive.kind === 'disable' ? directive : undefined;
    }
    return open;
  };
  const kept = findings.filter((item) => {
    const directive = hiddenBy(item);
    if (directive) markUsed(directive, item.ruleId);
    return !directive;
  });
  return { kept, problems: [...invalidProblems(file, ruleIds.known), ...unusedProblems(file.directives, used, ruleIds.running)] };
}

function invalidProblems(file: FileDirectives, knownRuleIds: ReadonlySet<string>): RuleFinding[] {
  const problems: RuleFinding[] = file.malformed.map(({ word, range }) => ({
    ruleId: invalidDirectiveMeta.id,
    finding: { messageId: 'unknownKind', data: { word, kinds: DIRECTIVE_KINDS.map((kind) => `vbhc-${kind}`).join(', ') }, range },
  }));
  for (const directive of file.directives) {
    for (const rule of directive.ruleIds) {
      if (knownRuleIds.has(rule)) continue;
      const suggestion = nearestName(rule, knownRuleIds);
      const finding: Finding = suggestion
        ? { messageId: 'unknownRuleSuggest', data: { rule, suggestion }, range: directive.range }
        : { messageId: 'unknownRule', data: { rule }, range: directive.range };
      problems.push({ ruleId: invalidDirectiveMeta.id, finding });
    }
  }
  return problems;
}

function unusedProblems(directives: readonly Directive[], used: ReadonlyMap<Directive, ReadonlySet<string>>, running: ReadonlySet<string>): RuleFinding[] {
  const problems: RuleFinding[] = [];
  for (const directive of directives) {
    if (directive.kind === 'enable') continue;
    const hid = used.get(directive);
    const report = (finding: Finding) => problems.push({ ruleId: unusedDirectiveMeta.id, finding });
    if (directive.ruleIds.length === 0) {
      if (!hid) report({ messageId: 'unusedAll', range: directive.range });
      continue;
    }
    for (const rule of directive.ruleIds) {
      if (running.has(rule) && !hid?.has(rule)) report({ messageId: 'unused', data: { rule }, range: directive.range });
    }
  }
  return problems;
}
