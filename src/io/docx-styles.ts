import { child, childValue, childrenNamed, type XmlElement } from './docx-xml.js';

/** List membership a paragraph style gives its paragraphs (`w:numPr` in the style). */
export interface StyleList {
  numId: string;
  level?: number;
}

interface StyleEntry {
  basedOn?: string;
  list?: { numId?: string; level?: number };
}

const MAX_STYLE_DEPTH = 16;

/** What styles.xml says about lists: paragraph styles that number, and numbering styles. */
export class StyleLists {
  private readonly paragraphStyles = new Map<string, StyleEntry>();
  /** Numbering style id → `w:numId` (used by `w:numStyleLink`). */
  readonly numberingStyles = new Map<string, string>();

  constructor(styles: XmlElement | undefined) {
    for (const style of childrenNamed(child(styles, 'w:styles'), 'w:style')) {
      const id = style.attributes.get('w:styleId') ?? '';
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      const numId = childValue(numPr, 'w:numId');
      const level = childValue(numPr, 'w:ilvl');
      if (style.attributes.get('w:type') === 'numbering') {
        if (numId) this.numberingStyles.set(id, numId);
        continue;
      }
      const entry: StyleEntry = {};
      const basedOn = childValue(style, 'w:basedOn');
      if (basedOn) entry.basedOn = basedOn;
      if (numPr) entry.list = { ...(numId !== undefined && { numId }), ...(level !== undefined && { level: Number.parseInt(level, 10) || 0 }) };
      this.paragraphStyles.set(id, entry);
    }
  }

  /** The list a paragraph style puts its paragraphs in, looking through `w:basedOn`. */
  listOf(styleId: string | undefined): StyleList | undefined {
    let numId: string | undefined;
    let level: number | undefined;
    let id = styleId;
    for (let depth = 0; id !== undefined && depth < MAX_STYLE_DEPTH; depth++) {
      const entry = this.paragraphStyles.get(id);
      if (!entry) break;
      numId ??= entry.list?.numId;
      level ??= entry.list?.level;
      id = entry.basedOn;
    }
    if (numId === undefined) return undefined;
    return level === undefined ? { numId } : { numId, level };
  }
}
