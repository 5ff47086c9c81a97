import type { Nodes, Parent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Edit } from './edit.js';

const parser = unified().use(remarkParse);

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

/** Deletes the delimiters around a node's children (`**`, `## `, ...), keeping the children. */
function dropWrapper(node: Parent & Nodes, edits: Edit[]): void {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first || !last) {
    edits.push({ start: startOf(node), end: endOf(node), text: '' });
    return;
  }
  edits.push({ start: startOf(node), end: startOf(first), text: '' });
  walk(node, edits);
  edits.push({ start: endOf(last), end: endOf(node), text: '' });
}

function walk(node: Parent, edits: Edit[]): void {
  for (const child of node.children as Nodes[]) {
    switch (child.type) {
      case 'emphasis':
      case 'strong':
      case 'heading':
        dropWrapper(child, edits);
        break;
      default:
        if ('children' in child) walk(child, edits);
    }
  }
}

/** The reference path: remark parses the Markdown, and every markup delimiter becomes a deletion. */
export function remarkMarkupEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  walk(parser.parse(text), edits);
  return edits.filter((edit) => edit.end > edit.start || edit.text !== '').sort((a, b) => a.start - b.start);
}
