import type { DocumentSpan } from '../document/span.js';
import type { Citation } from '../model/citation.js';
import type { TextLayer } from '../text/text-layer.js';
import { type AliasDeclaration, attachAliases, findAliasDeclarations } from './alias.js';
import { buildCitation, dateIdentity, Placer } from './build.js';
import { type Resolvable, resolveCitations } from './resolve.js';
import { type Core, findCores } from './scan.js';
import { findContexts } from './titles.js';

/**
 * Cores inside a declaration (`Quyết định số 765` in `(sau đây viết tắt là Quyết định số
 * 765)`), each with the index of the core that declares it.
 */
function declaredInside(cores: Core[], attached: Map<number, AliasDeclaration>): Map<number, number> {
  if (attached.size === 0) return new Map();
  const sorted = [...attached].sort(([, a], [, b]) => a.start - b.start);
  const inside = new Map<number, number>();
  let d = 0;
  cores.forEach((core, index) => {
    while (d < sorted.length && sorted[d]![1].end <= core.start) d++;
    const entry = sorted[d];
    if (entry && entry[1].start <= core.start && core.end <= entry[1].end) inside.set(index, entry[0]);
  });
  return inside;
}

function resolvable(core: Core, alias: AliasDeclaration | undefined, declaredBy: number | null): Resolvable {
  return {
    type: core.type,
    number: core.number?.value ?? null,
    style: core.number?.style ?? null,
    sequence: core.number?.sequence ?? null,
    named: core.name !== null,
    date: dateIdentity(core.date),
    aliasKey: alias?.key ?? null,
    declaredBy,
  };
}

/**
 * Every instrument one document cites (subject line, preamble and body; the document's own
 * `Số:` line is not a citation), with short forms resolved to their full citation. Stages:
 * find cores (type word, number or name, date, issuer) → provision and title around each →
 * alias declarations → resolve short forms → positions in the original file.
 */
export function findCitations(layer: TextLayer, span: DocumentSpan): Citation[] {
  const text = layer.text.slice(span.start, span.end);
  const found = findCores(text);
  // Every later stage maps the cores: without any, no citation.
  if (found.length === 0) return [];
  const foundContexts = findContexts(text, found);
  const declarations = findAliasDeclarations(text);
  // Where each citation ends, title included, matters only to a declaration after it.
  const tailEnds = declarations.length === 0 ? [] : found.map((core, i) => Math.max(core.end, foundContexts[i]!.title?.end ?? 0));
  const attached = attachAliases(text, found, tailEnds, declarations);
  const declared = declaredInside(found, attached);
  const resolutions = resolveCitations(found.map((core, i) => resolvable(core, attached.get(i), declared.get(i) ?? null)));
  const place = new Placer(layer, span.start);
  return found.map((core, i) => buildCitation(text, place, core, foundContexts[i]!, attached.get(i), resolutions[i]!));
}
