import { createRequire } from 'node:module';
import type { Nodes, Parent, Root } from 'mdast';
import type { Extension, Token } from 'mdast-util-from-markdown';
import type remarkParseModule from 'remark-parse';
import type { unified as unifiedFunction } from 'unified';
import type { Edit } from './edit.js';
import { deletion, normalizeEdits } from './markup-edits.js';
import { htmlMarkupRanges, htmlReplacement } from './markup-html.js';
import { decodeCharacterReference } from './markup-reference.js';

type Parse = (text: string, hooks: Extension) => Root;

let parse: Parse | undefined;

/** Loads unified and remark-parse on first use: plain text never pays for them. */
function loadParser(): Parse {
  if (!parse) {
    const require = createRequire(import.meta.url);
    const { unified } = require('unified') as { unified: typeof unifiedFunction };
    const remarkParse = (require('remark-parse') as { default: typeof remarkParseModule }).default;
    parse = (text, hooks) => unified().use(remarkParse).data('fromMarkdownExtensions', [hooks]).parse(text);
  }
  return parse;
}

/** What the tree does not show, collected from micromark tokens while remark builds it. */
interface TokenFacts {
  edits: Edit[];
  /** Where the text of each link or image label ends (its `]`), by where it starts. */
  labelTextEnds: Map<number, number>;
}

function tokenHooks(source: string, facts: TokenFacts): Extension {
  let referenceStart = 0;
  return {
    enter: {
      // `>` and the space after it, on every line of a block quote.
      blockQuotePrefix(token: Token) {
        facts.edits.push(deletion(token.start.offset, token.end.offset));
      },
      // The backslash of `\*`.
      escapeMarker(token: Token) {
        facts.edits.push(deletion(token.start.offset, token.end.offset));
      },
      // Opening and closing fence lines of fenced code, with the info string.
      codeFencedFence(token: Token) {
        facts.edits.push(deletion(token.start.offset, token.end.offset));
      },
      labelText(token: Token) {
        facts.labelTextEnds.set(token.start.offset, token.end.offset);
      },
      // `&` and `;` of `&amp;`: the reference is replaced by the character it stands for.
      characterReferenceMarker(token: Token) {
        if (source.charCodeAt(token.start.offset) === 38) {
          referenceStart = token.start.offset;
          return;
        }
        const end = token.end.offset;
        facts.edits.push({ start: referenceStart, end, text: decodeCharacterReference(source.slice(referenceStart, end)) });
      },
    },
  };
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'link', 'linkReference']);

/** Turns remark's tree into edits; each handler deletes a node's own markup, never its children. */
class RemarkEdits {
  readonly edits: Edit[] = [];

  constructor(
    private readonly source: string,
    private readonly labelTextEnds: ReadonlyMap<number, number>,
  ) {}

  private drop(start: number, end: number): void {
    this.edits.push(deletion(start, end));
  }

  /** What surrounds a node's children (`**`, `## `): deleted; a node without children goes whole. */
  private unwrap(node: Parent & Nodes): void {
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (!first || !last) {
      this.drop(startOf(node), endOf(node));
      return;
    }
    this.drop(startOf(node), startOf(first));
    this.drop(endOf(last), endOf(node));
  }

  /** Setext heading: the `===` or `---` underline goes. */
  private setextHeading(node: Nodes): void {
    const end = endOf(node);
    let i = end;
    while (i > startOf(node) && (this.source[i - 1] === ' ' || this.source[i - 1] === '\t')) i--;
    const marker = this.source[i - 1];
    while (i > startOf(node) && this.source[i - 1] === marker) i--;
    this.drop(i, end);
  }

  /**
   * Link: `[` and everything from the label's `]` go (an autolink's `<` and `>`). The label
   * text is kept whole, including line endings at its edges.
   */
  private link(node: Parent & Nodes): void {
    const start = startOf(node);
    const labelEnd = this.labelTextEnds.get(start + 1);
    if (labelEnd === undefined) {
      this.unwrap(node);
      return;
    }
    this.drop(start, start + 1);
    this.drop(labelEnd, endOf(node));
  }

  /** Image: `![` and everything from the label's `]` go; the alt text stays as written. */
  private image(node: Nodes): void {
    const start = startOf(node);
    const end = endOf(node);
    const labelEnd = this.labelTextEnds.get(start + 2);
    if (labelEnd === undefined) {
      this.drop(start, end);
      return;
    }
    this.drop(start, start + 2);
    this.drop(labelEnd, end);
  }

  /** Inline code: the backtick fences go, the code stays. */
  private inlineCode(node: Nodes): void {
    const start = startOf(node);
    const end = endOf(node);
    let size = 0;
    while (this.source[start + size] === '`') size++;
    this.drop(start, start + size);
    this.drop(end - size, end);
  }

  /**
   * HTML: inline HTML is one tag or comment, replaced whole; an HTML block keeps the text
   * between its tags. See `htmlReplacement` for what a tag leaves behind.
   */
  private html(node: Nodes, parent: Parent): void {
    const ranges = PHRASING_PARENTS.has(parent.type)
      ? [[startOf(node), endOf(node)] as const]
      : htmlMarkupRanges(this.source, startOf(node), endOf(node));
    for (const [start, end] of ranges) this.edits.push({ start, end, text: htmlReplacement(this.source, start, end) });
  }

  private visit(node: Nodes, parent: Parent): void {
    switch (node.type) {
      case 'emphasis':
      case 'strong':
        this.unwrap(node);
        break;
      case 'link':
      case 'linkReference':
        this.link(node);
        break;
      case 'heading':
        if (/[\r\n]/.test(this.source.slice(startOf(node), endOf(node)))) this.setextHeading(node);
        else this.unwrap(node);
        break;
      case 'image':
      case 'imageReference':
        this.image(node);
        break;
      case 'inlineCode':
        this.inlineCode(node);
        break;
      case 'html':
        this.html(node, parent);
        break;
      case 'thematicBreak':
      case 'definition':
        this.drop(startOf(node), endOf(node));
        break;
      case 'break':
        if (this.source[startOf(node)] === '\\') this.drop(startOf(node), startOf(node) + 1);
        break;
    }
  }

  /** Visits every node without recursion: emphasis can nest as deep as the text is long. */
  walk(root: Root): void {
    const pending: Array<{ node: Nodes; parent: Parent }> = root.children.map((node) => ({ node, parent: root }));
    for (let item = pending.pop(); item; item = pending.pop()) {
      this.visit(item.node, item.parent);
      const node = item.node;
      if ('children' in node) for (const child of node.children as Nodes[]) pending.push({ node: child, parent: node });
    }
  }
}

/**
 * The reference path: remark parses the Markdown, and every piece of markup becomes an edit
 * (deletions; a character reference becomes its character). List markers, table pipes and
 * the text itself are kept as written.
 */
export function remarkMarkupEdits(text: string): Edit[] {
  const facts: TokenFacts = { edits: [], labelTextEnds: new Map() };
  const tree = loadParser()(text, tokenHooks(text, facts));
  const nodes = new RemarkEdits(text, facts.labelTextEnds);
  nodes.walk(tree);
  return normalizeEdits([...nodes.edits, ...facts.edits]);
}
