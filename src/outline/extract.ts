import { paragraphsIn } from '../document/paragraphs.js';
import type { DocumentSpan } from '../document/span.js';
import type { Assignment, Section } from '../model/outline.js';
import type { Range } from '../text/line-index.js';
import type { TextLayer } from '../text/text-layer.js';
import { readAssignments } from './assignments.js';
import { readSections, type SectionNode } from './sections.js';

export interface Outline {
  sections: Section[];
  assignments: Assignment[];
}

/** `positions` keeps each node's range: the assignments a section makes share it. */
function toSection(node: SectionNode, layer: TextLayer, positions: Map<SectionNode, Range>): Section {
  const position = layer.range(node.start, node.end);
  positions.set(node, position);
  return {
    number: node.marker.number,
    path: node.path,
    level: node.level,
    title: node.title,
    items: node.items,
    paragraphs: node.paragraphs,
    children: node.children.map((child) => toSection(child, layer, positions)),
    position,
  };
}

/** The numbered body of one document as a section tree, and the assignments in it. */
export function extractOutline(layer: TextLayer, span: DocumentSpan): Outline {
  const roots = readSections(paragraphsIn(layer, span.bodyStart, span.bodyEnd));
  const positions = new Map<SectionNode, Range>();
  const sections = roots.map((node) => toSection(node, layer, positions));
  return {
    sections,
    assignments: readAssignments(roots, (node) => positions.get(node) ?? layer.range(node.start, node.end)),
  };
}
