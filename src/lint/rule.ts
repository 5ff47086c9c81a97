import type { Source } from '../io/source.js';
import type { VbhcDocument } from '../model/document.js';
import type { Range } from '../text/line-index.js';
import type { TextLayer } from '../text/text-layer.js';
import type { CorpusIndex } from './corpus-index.js';
import type { Registry } from './registry.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Values a message template interpolates: `{name}` in the template. */
export type MessageData = Readonly<Record<string, string | number>>;

/** Replace `source.text[start, end)` (ORIGINAL offsets, UTF-16 code units) by `text`. */
export interface Fix {
  range: readonly [number, number];
  text: string;
}

/** Another place that explains a finding: the other date of a conflict, the line it disagrees with. */
export interface RelatedFinding {
  filePath: string;
  range: Range;
  messageId: string;
  data?: MessageData;
}

/** What a rule reports: facts only; the engine adds severity and renders the message. */
export interface Finding {
  messageId: string;
  data?: MessageData;
  range: Range;
  related?: RelatedFinding[];
  fix?: Fix;
}

export interface RuleDocs {
  /** The clause the rule rests on: "NĐ 30/2020, PL I khoản 3". */
  basis: string;
  /** A line that breaks the rule, and the same line written correctly. */
  bad: string;
  good: string;
}

export interface RuleMeta {
  /** Public, stable: `group/name`. */
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  /** Severity under `--final` (a registered, signed copy), when it differs from the default. */
  finalSeverity?: Severity;
  fixable: boolean;
  /** Message templates by message id (English); `{name}` takes `data.name`. */
  messages: Readonly<Record<string, string>>;
  docs: RuleDocs;
}

export type Report = (finding: Finding) => void;

/** One file: its original text and text layer, for rules that read the text itself. */
export interface FileContext {
  filePath: string;
  source: Source;
  layer: TextLayer;
  report: Report;
}

/** One document of a file, as the parser modelled it. */
export interface DocumentContext extends FileContext {
  document: VbhcDocument;
  registry: Registry;
}

/** Everything linted in one run: the index of every instrument occurrence. */
export interface CorpusContext {
  index: CorpusIndex;
  report: (filePath: string, finding: Finding) => void;
}

export interface FileRule {
  scope: 'file';
  meta: RuleMeta;
  check(context: FileContext): void;
}

export interface DocumentRule {
  scope: 'document';
  meta: RuleMeta;
  check(context: DocumentContext): void;
}

export interface CorpusRule {
  scope: 'corpus';
  meta: RuleMeta;
  check(context: CorpusContext): void;
}

export type Rule = FileRule | DocumentRule | CorpusRule;

/** The heading anchor of a rule in docs/rules.md. */
export function docsAnchor(ruleId: string): string {
  return ruleId.replace(/[^a-z0-9]+/g, '-');
}
