import { describeLocation } from '../io/location.js';
import type { Source } from '../io/source.js';
import { parseLayer } from '../pipeline.js';
import { buildTextLayer } from '../text/text-layer.js';
import { CorpusIndex } from './corpus-index.js';
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
}

/** The severity a rule runs at: explicit setting, else its `--final` severity, else its default. */
export function effectiveSeverity(meta: RuleMeta, options: LintOptions): SeveritySetting {
  const explicit = options.severities?.[meta.id];
  if (explicit !== undefined) return explicit;
  if (options.final && meta.finalSeverity) return meta.finalSeverity;
  return meta.defaultSeverity;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

interface Stamped {
  meta: RuleMeta;
  severity: Severity;
  finding: Finding;
}

/**
 * One lint run: files are added one by one (per-file and per-document rules run at once and
 * the file's text is let go), then `finish` runs the cross-file rules over the index of
 * every instrument occurrence and returns the results, sorted, in the order files came.
 */
export class LintRun {
  private readonly active: ActiveRule[] = [];
  private readonly registry: Registry;
  private readonly index = new CorpusIndex();
  private readonly findings = new Map<string, Stamped[]>();
  /** Extracted .docx/.pdf sources, kept to name places a person can find in Word or a viewer. */
  private readonly placedSources = new Map<string, Source>();

  constructor(options: LintOptions = {}) {
    this.registry = options.registry ?? builtInRegistry;
    for (const rule of options.rules ?? allRules) {
      const severity = effectiveSeverity(rule.meta, options);
      if (severity !== 'off') this.active.push({ rule, severity });
    }
  }

  add(source: Source): void {
    const filePath = source.path;
    const stamped = this.findings.get(filePath) ?? [];
    this.findings.set(filePath, stamped);
    if (source.places) this.placedSources.set(filePath, source);
    const layer = buildTextLayer(source);
    const parsed = parseLayer(layer);
    for (const document of parsed.documents) this.index.addDocument(filePath, document);
    for (const { rule, severity } of this.active) {
      const report = (finding: Finding) => stamped.push({ meta: rule.meta, severity, finding });
      if (rule.scope === 'file') rule.check({ filePath, source, layer, report });
      else if (rule.scope === 'document') {
        for (const document of parsed.documents) {
          rule.check({ filePath, source, layer, report, document, registry: this.registry });
        }
      }
    }
  }

  finish(): LintResult[] {
    for (const { rule, severity } of this.active) {
      if (rule.scope !== 'corpus') continue;
      rule.check({
        index: this.index,
        report: (filePath, finding) => this.findings.get(filePath)?.push({ meta: rule.meta, severity, finding }),
      });
    }
    const locate = (filePath: string, offset: number) => {
      const source = this.placedSources.get(filePath);
      return source ? describeLocation(source, offset) : undefined;
    };
    return [...this.findings].map(([filePath, stamped]) => toResult(filePath, stamped, locate));
  }
}

export function lintSources(sources: Iterable<Source>, options: LintOptions = {}): LintResult[] {
  const run = new LintRun(options);
  for (const source of sources) run.add(source);
  return run.finish();
}

type Locate = (filePath: string, offset: number) => string | undefined;

function toMessage({ meta, severity, finding }: Stamped, filePath: string, locate: Locate): LintMessage {
  const { start, end } = finding.range;
  const message: LintMessage = {
    ruleId: meta.id,
    severity,
    message: renderMessage(meta, finding.messageId, finding.data),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    related: (finding.related ?? []).map((related) => {
      const item: RelatedMessage = {
        filePath: related.filePath,
        line: related.range.start.line,
        column: related.range.start.column,
        message: renderMessage(meta, related.messageId, related.data),
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

function toResult(filePath: string, stamped: readonly Stamped[], locate: Locate): LintResult {
  const messages = stamped.map((item) => toMessage(item, filePath, locate)).sort(compareMessages);
  const count = (severity: Severity) => messages.filter((message) => message.severity === severity).length;
  return { filePath, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}
