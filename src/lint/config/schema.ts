import { z } from 'zod';
import { type Lang, LANGS } from '../../i18n/lang.js';
import { directiveMetas } from '../directive-rules.js';
import type { SeveritySetting } from '../rule.js';
import { allRules } from '../rules/index.js';
import { nearestName } from '../suggest.js';

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

/** `.vbhcrc.json` as written, before rule settings are checked one by one. */
const configShape = z.strictObject({
  $schema: z.string().optional(),
  root: z.boolean().optional(),
  rules: z.record(z.string(), z.unknown()).optional(),
  registry: z.string().min(1).optional(),
  ignorePatterns: z.array(z.string().min(1)).optional(),
  lang: z.enum(LANGS).optional(),
  final: z.boolean().optional(),
});

const KEYS = Object.keys(configShape.shape).filter((key) => key !== '$schema');

/** One configuration file's settings, checked; paths still as written (relative to its folder). */
export interface ConfigSettings {
  root?: boolean;
  rules?: Record<string, SeveritySetting>;
  registry?: string;
  ignorePatterns?: string[];
  lang?: Lang;
  final?: boolean;
}

/** Rule ids a configuration may set: every rule and the directive checks. */
function knownRuleIds(): string[] {
  return [...allRules.map((rule) => rule.meta.id), ...directiveMetas.map((meta) => meta.id)];
}

/** `rules."citation/date-conflict"[1]`, `ignorePatterns[2]`: a JSON path as a person reads it. */
function keyPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else {
      const name = String(part);
      text += `${text ? '.' : ''}${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}`;
    }
  }
  return text;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

const SEVERITY_LIST = '"off", "info", "warning" or "error"';

function checkSeverity(value: unknown, key: string, problems: string[]): SeveritySetting | undefined {
  if (typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)) return value as SeveritySetting;
  problems.push(`${key}: expected ${SEVERITY_LIST}, got ${describe(value)}`);
  return undefined;
}

/** A rule's setting: a severity, or `[severity]`, or `[severity, options]` for a rule that takes options (none does yet). */
function checkRule(ruleId: string, value: unknown, known: readonly string[], problems: string[]): SeveritySetting | undefined {
  const key = keyPath(['rules', ruleId]);
  if (!known.includes(ruleId)) {
    const suggestion = nearestName(ruleId, known);
    problems.push(`${key}: unknown rule id${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    return undefined;
  }
  if (!Array.isArray(value)) return checkSeverity(value, key, problems);
  if (value.length === 0 || value.length > 2) {
    problems.push(`${key}: expected a severity or [severity, options], got an array of ${value.length}`);
    return undefined;
  }
  const severity = checkSeverity(value[0], keyPath(['rules', ruleId, 0]), problems);
  if (value.length === 2) {
    problems.push(`${keyPath(['rules', ruleId, 1])}: ${ruleId} takes no options`);
    return undefined;
  }
  return severity;
}

function zodProblem(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = nearestName(key, KEYS);
      return `${keyPath([...issue.path, key])}: unknown key; ${suggestion ? `did you mean "${suggestion}"?` : `expected one of ${KEYS.join(', ')}`}`;
    });
  }
  const key = keyPath(issue.path) || 'the top level';
  if (issue.path.length === 0 && issue.code === 'invalid_type') return [`expected a JSON object at the top level, got ${describe(issue.input)}`];
  if (issue.path[0] === 'lang') return [`${key}: expected ${LANGS.map((lang) => `"${lang}"`).join(' or ')}, got ${describe(issue.input)}`];
  if (issue.code === 'too_small') return [`${key}: expected a non-empty string`];
  if (issue.code === 'invalid_type') return [`${key}: expected ${issue.expected === 'record' ? 'an object' : issue.expected === 'array' ? 'an array' : `a ${issue.expected}`}, got ${describe(issue.input)}`];
  return [`${key}: ${issue.message}`];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a parsed configuration: its settings, or every problem found, each naming its key. */
export function checkConfig(value: unknown): { settings?: ConfigSettings; problems: string[] } {
  const parsed = configShape.safeParse(value, { reportInput: true });
  const problems = parsed.success ? [] : parsed.error.issues.flatMap(zodProblem);
  const rules: Record<string, SeveritySetting> = {};
  if (isPlainObject(value) && isPlainObject(value.rules)) {
    const known = knownRuleIds();
    for (const [ruleId, setting] of Object.entries(value.rules)) {
      const severity = checkRule(ruleId, setting, known, problems);
      if (severity) rules[ruleId] = severity;
    }
  }
  if (!parsed.success || problems.length > 0) return { problems };
  const { $schema: _schema, rules: _rules, ...rest } = parsed.data;
  const settings: ConfigSettings = Object.fromEntries(Object.entries(rest).filter(([, setting]) => setting !== undefined));
  if (parsed.data.rules) settings.rules = rules;
  return { settings, problems };
}
