import { DEFAULT_LANG, type Lang } from '../i18n/lang.js';
import { describePlace } from '../io/location.js';
import type { Place, Source } from '../io/source.js';
import { parseLayer } from '../pipeline.js';
import { buildTextLayer } from '../text/text-layer.js';
import { CorpusIndex, type Occurrence } from './corpus-index.js';
import { detached } from './detached.js';
import { applyDirectives } from './directive-filter.js';
import { directiveMetas } from './directive-rules.js';
import { type FileDirectives, parseDirectives } from './directives.js';
import { renderMessage } from './messages.js';
import { builtInRegistry, type Registry } from './registry.js';
import type { LintMessage, LintResult, RelatedMessage } from './result.js';
import type { Finding, Rule, RuleMeta, Severity, SeveritySetting } from './rule.js';
import { allRules } from './rules/index.js';

export interface LintOptions {
  /** Lint a registered, signed copy: turns on the checks drafts are spared (blank number, blank date). */
  final?: boolean;
  /** Severity by rule id, over the defaults (configuration files feed this). */
  severities?: Readonly<Record<string, SeveritySetting>>;
  registry?: Registry;
  rules?: readonly Rule[];
  /** The language messages are written in; Vietnamese unless asked otherwise. */
  lang?: Lang;
}

/** The severity a rule runs at: explicit setting, else its `--final` severity, else its default. */
export function effectiveSeverity(meta: RuleMeta, options: LintOptions): SeveritySetting {
  const explicit = options.severities?.[meta.id];
  if (explicit !== undefined) return explicit;
  if (options.final && meta.finalSeverity) return meta.finalSeverity;
  return meta.defaultSeverity;
}

/** Settings that may differ from file to file (configuration found near each file): plain data. */
export interface FileSettings {
  /** Severity by rule id, over the run's. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** Check the file as a registered, signed copy (its configuration says `final: true`). */
  final?: boolean;
}

/** A finding with the rule and severity it was reported under: plain data, so it crosses threads and caches. */
export interface StampedFinding {
  ruleId: string;
  severity: Severity;
  finding: Finding;
}

/**
 * What the per-file stage leaves of one file: its findings, the instruments it names (for the
 * cross-file rules), and for .docx/.pdf where each stretch of text came from. Holds no text;
 * plain data, so a worker thread can send it and the cache can store it.
 */
export interface FileOutcome {
  filePath: string;
  settings: FileSettings;
  findings: StampedFinding[];
  /** Instrument key → occurrences in this file, in document order. */
  instruments: [string, Occurrence[]][];
  places?: readonly Place[];
  /** The file's inline directives, applied when the run finishes (cross-file findings land in files too). */
  directives?: FileDirectives;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

/** The rules, registry and run-wide options every file of a run shares. */
export class LintContext {
  readonly rules: readonly Rule[];
  readonly registry: Registry;
  private readonly rulesById: ReadonlyMap<string, Rule>;
  /** Rule ids a directive or configuration may name: every rule's and the directive checks'. */
  readonly knownRuleIds: ReadonlySet<string>;

  constructor(readonly options: LintOptions = {}) {
    this.rules = options.rules ?? allRules;
    this.registry = options.registry ?? builtInRegistry;
    this.rulesById = new Map(this.rules.map((rule) => [rule.meta.id, rule]));
    this.knownRuleIds = new Set([...allRules, ...this.rules].map((rule) => rule.meta.id).concat(directiveMetas.map((meta) => meta.id)));
  }

  /** The metadata of a rule of this run or of a directive check. */
  meta(ruleId: string): RuleMeta {
    return directiveMetas.find((meta) => meta.id === ruleId) ?? this.rule(ruleId).meta;
  }

  rule(ruleId: string): Rule {
    const rule = this.rulesById.get(ruleId);
    if (!rule) throw new Error(`no rule "${ruleId}" in this run`);
    return rule;
  }

  /** The severity of a rule in a file: the file's setting, else the run's, else the rule's own. */
  severityIn(meta: RuleMeta, settings: FileSettings): SeveritySetting {
    const fileSeverity = settings.severities?.[meta.id];
    return fileSeverity ?? effectiveSeverity(meta, settings.final ? { ...this.options, final: true } : this.options);
  }

  /** The rules of a file with no settings of its own: most files; worked out once. */
  private runWideRules: readonly ActiveRule[] | undefined;

  activeRules(settings: FileSettings): readonly ActiveRule[] {
    if (settings.severities === undefined && !settings.final) return (this.runWideRules ??= this.rulesUnder({}));
    return this.rulesUnder(settings);
  }

  private rulesUnder(settings: FileSettings): ActiveRule[] {
    const active: ActiveRule[] = [];
    for (const rule of this.rules) {
      const severity = this.severityIn(rule.meta, settings);
      if (severity !== 'off') active.push({ rule, severity });
    }
    return active;
  }
}

/** The per-file stage: parse one file, run its file and document rules, index the instruments it names. */
export function lintFile(source: Source, settings: FileSettings, context: LintContext): FileOutcome {
  const filePath = source.path;
  const findings: StampedFinding[] = [];
  const layer = buildTextLayer(source);
  const parsed = parseLayer(layer);
  const index = new CorpusIndex();
  for (const document of parsed.documents) index.addDocument(filePath, document);
  for (const { rule, severity } of context.activeRules(settings)) {
    const report = (finding: Finding) => findings.push({ ruleId: rule.meta.id, severity, finding });
    if (rule.scope === 'file') rule.check({ filePath, source, layer, report });
    else if (rule.scope === 'document') {
      for (const document of parsed.documents) {
        rule.check({ filePath, source, layer, report, document, registry: context.registry });
      }
    }
  }
  const outcome: FileOutcome = { filePath, settings, findings, instruments: [...index.instruments()].map(([key, list]) => [key, [...list]]) };
  if (source.places) outcome.places = source.places;
  const directives = parseDirectives(source.text);
  if (directives.directives.length > 0 || directives.malformed.length > 0) outcome.directives = directives;
  return outcome;
}

/**
 * A file the run holds until it finishes. Its own findings are rendered as soon as it comes, while
 * the main thread waits for workers anyway; what is left for the end is the cross-file findings,
 * and the whole of a file whose directives must first see them.
 */
interface HeldFile {
  filePath: string;
  settings: FileSettings;
  /** Rendered and sorted when the file came. */
  rendered: LintMessage[];
  /** Not rendered yet, in the order found. */
  findings: StampedFinding[];
  places?: readonly Place[];
  directives?: FileDirectives;
}

/**
 * One lint run: files come one by one, as sources (the per-file stage runs here and the text is
 * let go) or as outcomes a worker or the cache made; `finish` runs the cross-file rules over the
 * index of every instrument occurrence and returns the results, sorted, in the order files came
 * (once: finishing lets the run's findings go).
 */
export class LintRun {
  private readonly context: LintContext;
  private readonly index = new CorpusIndex();
  private readonly files = new Map<string, HeldFile>();

  constructor(options: LintOptions = {}) {
    this.context = new LintContext(options);
  }

  add(source: Source, settings: FileSettings = {}): void {
    this.addOutcome(detached(lintFile(source, settings, this.context)));
  }

  addOutcome(outcome: FileOutcome): void {
    const known = this.files.get(outcome.filePath);
    if (known) known.findings.push(...outcome.findings);
    else this.files.set(outcome.filePath, this.hold(outcome));
    for (const [key, occurrences] of outcome.instruments) this.index.addAll(key, occurrences);
  }

  private hold({ filePath, settings, findings, places, directives }: FileOutcome): HeldFile {
    const held: HeldFile = { filePath, settings, rendered: [], findings: [...findings] };
    if (places) held.places = places;
    if (directives) held.directives = directives;
    else if (findings.every(({ finding }) => (finding.related ?? []).every((related) => related.filePath === filePath))) {
      const locate: Locate = (_path, offset) => (places ? describePlace(filePath, places, offset) : undefined);
      held.rendered = findings.map((item) => toMessage(item, filePath, this.context, locate)).sort(compareMessages);
      held.findings = [];
    }
    return held;
  }

  finish(): LintResult[] {
    return [...this.finishEach()];
  }

  /**
   * `finish`, one file at a time: each file's result is rendered when asked for and its findings
   * let go, so a reporter that writes each result as it comes never holds all the messages.
   */
  *finishEach(): Generator<LintResult, void, undefined> {
    for (const rule of this.context.rules) {
      if (rule.scope !== 'corpus') continue;
      rule.check({
        index: this.index,
        report: (filePath, finding) => {
          const held = this.files.get(filePath);
          if (!held) return;
          const severity = this.context.severityIn(rule.meta, held.settings);
          if (severity !== 'off') held.findings.push({ ruleId: rule.meta.id, severity, finding });
        },
      });
    }
    for (const held of this.files.values()) this.applyDirectives(held);
    const placesByFile = new Map<string, readonly Place[]>();
    for (const { filePath, places } of this.files.values()) if (places) placesByFile.set(filePath, places);
    const locate = (filePath: string, offset: number) => {
      const places = placesByFile.get(filePath);
      return places ? describePlace(filePath, places, offset) : undefined;
    };
    for (const [filePath, held] of this.files) {
      this.files.delete(filePath);
      yield toResult(held, this.context, locate);
    }
  }

  /** Drops the findings a file's directives hide; adds its unused and invalid directives as findings. */
  private applyDirectives(held: HeldFile): void {
    if (!held.directives) return;
    const running = new Set(this.context.activeRules(held.settings).map(({ rule }) => rule.meta.id));
    const { kept, problems } = applyDirectives(held.findings, held.directives, { known: this.context.knownRuleIds, running });
    held.findings = kept;
    for (const { ruleId, finding } of problems) {
      const severity = this.context.severityIn(this.context.meta(ruleId), held.settings);
      if (severity !== 'off') held.findings.push({ ruleId, severity, finding });
    }
  }
}

export function lintSources(sources: Iterable<Source>, options: LintOptions = {}): LintResult[] {
  const run = new LintRun(options);
  for (const source of sources) run.add(source);
  return run.finish();
}

type Locate = (filePath: string, offset: number) => string | undefined;

function toMessage({ ruleId, severity, finding }: StampedFinding, filePath: string, context: LintContext, locate: Locate): LintMessage {
  const meta = context.meta(ruleId);
  const lang = context.options.lang ?? DEFAULT_LANG;
  const { start, end } = finding.range;
  const message: LintMessage = {
    ruleId: meta.id,
    severity,
    message: renderMessage(meta, finding.messageId, finding.data, lang),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    related: (finding.related ?? []).map((related) => {
      const item: RelatedMessage = {
        filePath: related.filePath,
        line: related.range.start.line,
        column: related.range.start.column,
        message: renderMessage(meta, related.messageId, related.data, lang),
      };
      const location = locate(related.filePath, related.range.start.offset);
      if (location) item.location = location;
      return item;
    }),
  };
  const location = locate(filePath, start.offset);
  if (location) message.location = location;
  if (finding.fix) message.fix = finding.fix;
  return message;
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.ruleId.localeCompare(b.ruleId);
}

/**
 * A file's result: its messages in order of place. Sorting is stable and the file's own findings
 * came before the cross-file ones, so merging the rendered ones with the rest gives the order
 * sorting all of them at once would.
 */
function toResult({ filePath, rendered, findings }: HeldFile, context: LintContext, locate: Locate): LintResult {
  const late = findings.map((item) => toMessage(item, filePath, context, locate));
  const messages = late.length === 0 ? rendered : rendered.concat(late).sort(compareMessages);
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const { severity } of messages) {
    if (severity === 'error') errorCount++;
    else if (severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount };
}
