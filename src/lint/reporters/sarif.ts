import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix, Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import type { Lang } from '../../i18n/lang.js';
import { lintText } from '../../i18n/lint-text.js';
import { ruleDescription } from '../messages.js';
import type { LintMessage, LintResult } from '../result.js';
import { docsAnchor, type RuleMeta, type Severity } from '../rule.js';
import { REPOSITORY_URL, VERSION } from '../../version.js';
import { reportPath } from './report-path.js';
import type { Reporter } from './reporter.js';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';
const LEVELS: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

function helpUri(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules.md#${docsAnchor(ruleId)}`;
}

/** The level a rule reports at by default; a rule off by default is described at its `--final` level. */
function defaultConfiguration(meta: RuleMeta): ReportingDescriptor['defaultConfiguration'] {
  if (meta.defaultSeverity === 'off') return { enabled: false, level: LEVELS[meta.finalSeverity ?? 'warning'] };
  return { level: LEVELS[meta.defaultSeverity] };
}

/** A rule as code scanning shows it: its description (the alert's title) and help, in `lang`. */
function ruleDescriptor(meta: RuleMeta, lang: Lang): ReportingDescriptor {
  const { basis, bad, good } = meta.docs;
  const labels = lintText[lang].help;
  const description = ruleDescription(meta, lang);
  const descriptor: ReportingDescriptor = {
    id: meta.id,
    shortDescription: { text: description },
    fullDescription: { text: `${description}. ${labels.basis}: ${basis.replace(/\.$/, '')}.` },
    help: {
      text: `${description}.\n${labels.basis}: ${basis}\n${labels.bad}: ${bad}\n${labels.good}: ${good}`,
      markdown: [
        `${description}.`,
        `**${labels.basis}:** ${basis}`,
        `**${labels.bad}:**`,
        '```text\n' + bad + '\n```',
        `**${labels.good}:**`,
        '```text\n' + good + '\n```',
      ].join('\n\n'),
    },
    defaultConfiguration: defaultConfiguration(meta),
    properties: { tags: [meta.id.split('/')[0]!], fixable: meta.fixable },
    helpUri: helpUri(meta.id),
  };
  return descriptor;
}

/** A path as a URI reference: relative to %SRCROOT% (each segment percent-encoded), or a file: URL. */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const path = reportPath(filePath, cwd);
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** Where a person finds a finding in a .docx or .pdf (`¶12`), which has no lines to point at. */
function placeIn(filePath: string, location: string | undefined): string | undefined {
  return location?.startsWith(`${filePath}:`) ? location.slice(filePath.length + 1) : location;
}

function region(message: LintMessage): Region {
  return { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn };
}

type Locate = (filePath: string) => ArtifactLocation;

function relatedLocations(message: LintMessage, locate: Locate): Location[] {
  return message.related.map((item, index) => {
    const place = placeIn(item.filePath, item.location);
    const physicalLocation: Location['physicalLocation'] = { artifactLocation: locate(item.filePath) };
    if (place === undefined) physicalLocation.region = { startLine: item.line, startColumn: item.column };
    return { id: index + 1, physicalLocation, message: { text: place === undefined ? item.message : `${item.message} (${place})` } };
  });
}

function fixOf(message: LintMessage, location: ArtifactLocation): Fix[] {
  if (!message.fix) return [];
  const [start, end] = message.fix.range;
  return [
    {
      description: { text: message.message },
      artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: { charOffset: start, charLength: end - start }, insertedContent: { text: message.fix.text } }] }],
    },
  ];
}

function sarifResult(result: LintResult, message: LintMessage, ruleIndex: ReadonlyMap<string, number>, locate: Locate): Result {
  const location = locate(result.filePath);
  const place = placeIn(result.filePath, message.location);
  const physicalLocation: Location['physicalLocation'] = { artifactLocation: location };
  if (place === undefined) physicalLocation.region = region(message);
  const index = ruleIndex.get(message.ruleId);
  const sarif: Result = {
    ruleId: message.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVELS[message.severity],
    message: { text: place === undefined ? message.message : `${message.message} (${place})` },
    locations: [{ physicalLocation }],
  };
  const related = relatedLocations(message, locate);
  if (related.length > 0) sarif.relatedLocations = related;
  // Fix offsets are in the text vbhc read; for a .docx or .pdf that is not the file's bytes.
  const fixes = place === undefined ? fixOf(message, location) : [];
  if (fixes.length > 0) sarif.fixes = fixes;
  return sarif;
}

/** The log's text up to its results (the last member of the run, itself the last of the log), and after them. */
function frame(log: Log): [string, string] {
  const text = JSON.stringify(log);
  if (!text.endsWith('"results":[]}]}')) throw new Error('the SARIF log does not end with its results');
  const cut = text.length - ']}]}'.length;
  return [text.slice(0, cut), text.slice(cut)];
}

/**
 * SARIF 2.1.0 for code scanning: every rule with its help, every finding with its region and fix.
 * The log is written around its results, each file's results as they come.
 */
export const sarifReporter: Reporter = function* (results, { rules, lang, cwd }) {
  const ruleIndex = new Map(rules.map((meta, index) => [meta.id, index]));
  // One path resolution per file, not per finding: a folder of drafts can hold 100,000 findings.
  const locations = new Map<string, ArtifactLocation>();
  const locate: Locate = (filePath) => {
    let location = locations.get(filePath);
    if (!location) locations.set(filePath, (location = artifactLocation(filePath, cwd)));
    return location;
  };
  const log: Log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vbhc',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: rules.map((meta) => ruleDescriptor(meta, lang)),
          },
        },
        language: lang,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/$/, '')}/` } },
        results: [],
      },
    ],
  };
  const [head, tail] = frame(log);
  yield head;
  let separator = '';
  for (const result of results) {
    for (const message of result.messages) {
      yield `${separator}${JSON.stringify(sarifResult(result, message, ruleIndex, locate))}`;
      separator = ',';
    }
  }
  yield `${tail}\n`;
};
