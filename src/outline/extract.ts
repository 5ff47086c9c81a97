import { paragraphsIn } from '../document/paragraphs.js';
import type { DocumentSpan } from '../document/span.js';
import type { Assignment, Section } from '../model/outline.js';
import type { TextLayer } from '../text/text-layer.js';
import { readAssignments } from './assignments.js';
import { readSections, type SectionNode } from './sections.js';

export interface Outline {
  sections: Section[];
  assignments: Assignment[];
}

function toSection(node: SectionNode, layer: TextLayer): Section {
  return {
    number: node.marker.number,
    path: node.path,
    level: node.level,
    title: node.title,
    items: node.items,
    paragraphs: node.paragraphs,
    children: node.children.map((child) => toSection(child, layer)),
    position: layer.range(node.start, node.end),
  };
}

/** The numbered body of one document as a section tree, and the assignments in it. */
export function extractOutline(layer: TextLayer, span: DocumentSpan): Outline {
  const roots = readSections(paragraphsIn(layer, span.bodyStart, span.bodyEnd));
  return {
    sections: roots.map((node) => toSection(node, layer)),
    assignments: readAssignments(roots, (start, end) => layer.range(start, end)),
  };
}
