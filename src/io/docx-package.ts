import JSZip from 'jszip';
import { ListNumbering, type ListPlace } from './docx-numbering.js';
import { StyleLists } from './docx-styles.js';
import { type XmlElement, XmlError, xmlTags, xmlTree } from './docx-xml.js';

/** What vbhc knows of one `w:p` of the main document, found again through its marker. */
export interface ParagraphFacts {
  /** Word's paragraph number: every body paragraph counts, empty ones and table cells too. */
  pilcrow: number;
  /** The list label Word shows before the paragraph (`1.1. `, `a) `, `- `), or null. */
  label: string | null;
}

export interface AnnotatedPackage {
  /** The .docx with a marker bookmark at the start of every paragraph of the main document. */
  zip: JSZip;
  paragraphs: ParagraphFacts[];
}

/** A problem in the package itself: named to the user as a corrupt .docx. */
export class PackageError extends Error {}

const MARKER_PREFIX = '_vbhc_';
const MARKER_NAME = /^_vbhc_(\d+)$/;

/** Index of the paragraph a marker bookmark names, or null for any other bookmark. */
export function markerIndex(name: string | undefined): number | null {
  const match = name ? MARKER_NAME.exec(name) : null;
  return match ? Number(match[1]) : null;
}

async function readPart(zip: JSZip, path: string): Promise<string | undefined> {
  const entry = zip.file(path.replace(/^\//, ''));
  try {
    return await entry?.async('string');
  } catch (error) {
    // The ZIP directory can be intact while an entry's data is not (size or CRC mismatch).
    throw new PackageError(`damaged .docx (${path} cannot be unpacked: ${error instanceof Error ? error.message : String(error)})`);
  }
}

function relationshipTarget(rels: string | undefined, type: string, base: string): string | undefined {
  if (!rels) return undefined;
  for (const tag of xmlTags(rels)) {
    if (tag.name !== 'Relationship' || !tag.attributes.get('Type')?.endsWith(`/${type}`)) continue;
    const target = tag.attributes.get('Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `${base}${target}`;
  }
  return undefined;
}

function directory(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

async function readTree(zip: JSZip, path: string | undefined): Promise<XmlElement | undefined> {
  const xml = path ? await readPart(zip, path) : undefined;
  return xml === undefined ? undefined : xmlTree(xml);
}

interface OpenParagraph {
  index: number;
  depth: number;
  styleId?: string;
  numId?: string;
  level?: number;
  inChoice: boolean;
}

/** The list a paragraph is in: its own `w:numPr`, else its style's; `w:numId="0"` means none. */
function listPlace(paragraph: OpenParagraph, styles: StyleLists): ListPlace | undefined {
  const fromStyle = styles.listOf(paragraph.styleId);
  const numId = paragraph.numId ?? fromStyle?.numId;
  if (numId === undefined || numId === '0') return undefined;
  return { numId, level: paragraph.level ?? fromStyle?.level ?? 0 };
}

/** The marker is written with the prefix the document gives WordprocessingML. */
function prefixOf(xml: string, tagStart: number): string {
  const match = /^<\/?([^\s/>:]{1,32}):/.exec(xml.slice(tagStart, tagStart + 40));
  return match ? `${match[1]}:` : '';
}

/**
 * Puts a marker bookmark at the start of every `w:p` of document.xml and works out, in
 * document order, each paragraph's Word number and list label.
 */
function annotateDocument(xml: string, numbering: ListNumbering, styles: StyleLists): { xml: string; paragraphs: ParagraphFacts[] } {
  const paragraphs: ParagraphFacts[] = [];
  const out: string[] = [];
  const stack: string[] = [];
  const open: OpenParagraph[] = [];
  let copied = 0;
  let pilcrow = 0;
  let textBoxes = 0;
  let choices = 0;
  const parentIs = (...names: string[]) => names.every((name, i) => stack[stack.length - 1 - i] === name);
  const closeParagraph = (paragraph: OpenParagraph) => {
    const place = paragraph.inChoice ? undefined : listPlace(paragraph, styles);
    paragraphs[paragraph.index]!.label = place ? numbering.next(place) : null;
  };
  for (const tag of xmlTags(xml)) {
    if (tag.name === 'w:p' && tag.kind !== 'close') {
      const index = paragraphs.length;
      paragraphs.push({ pilcrow: textBoxes > 0 ? Math.max(pilcrow, 1) : ++pilcrow, label: null });
      const prefix = prefixOf(xml, tag.start);
      const marker = `<${prefix}bookmarkStart ${prefix}id="${index}" ${prefix}name="${MARKER_PREFIX}${index}"/>`;
      out.push(xml.slice(copied, tag.start));
      if (tag.kind === 'empty') {
        out.push(`<${prefix}p>${marker}</${prefix}p>`);
        copied = tag.end;
        closeParagraph({ index, depth: stack.length, inChoice: choices > 0 });
        continue;
      }
      out.push(xml.slice(tag.start, tag.end), marker);
      copied = tag.end;
      open.push({ index, depth: stack.length, inChoice: choices > 0 });
    }
    const paragraph = open[open.length - 1];
    if (tag.kind !== 'close' && paragraph) {
      const value = tag.attributes.get('w:val');
      if (tag.name === 'w:pStyle' && parentIs('w:pPr', 'w:p') && stack.length === paragraph.depth + 2) paragraph.styleId = value;
      if (tag.name === 'w:numId' && parentIs('w:numPr', 'w:pPr', 'w:p') && stack.length === paragraph.depth + 3) paragraph.numId = value;
      if (tag.name === 'w:ilvl' && parentIs('w:numPr', 'w:pPr', 'w:p') && stack.length === paragraph.depth + 3) {
        paragraph.level = Number.parseInt(value ?? '0', 10) || 0;
      }
    }
    if (tag.kind === 'open') {
      stack.push(tag.name);
      if (tag.name === 'w:txbxContent') textBoxes++;
      if (tag.name === 'mc:Choice') choices++;
    } else if (tag.kind === 'close') {
      const name = stack.pop();
      if (name !== tag.name) throw new XmlError(`unexpected </${tag.name}>`);
      if (name === 'w:txbxContent') textBoxes--;
      if (name === 'mc:Choice') choices--;
      if (name === 'w:p') closeParagraph(open.pop()!);
    }
  }
  out.push(xml.slice(copied));
  return { xml: out.join(''), paragraphs };
}

/**
 * Opens a .docx, reads its list definitions and styles, and marks every paragraph of the main
 * document so that the paragraphs of mammoth's document model can be matched to Word's
 * paragraph numbers and list labels.
 */
export async function annotatePackage(bytes: Uint8Array): Promise<AnnotatedPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new PackageError('not a valid .docx (the ZIP container is damaged)');
  }
  const mainPath = relationshipTarget(await readPart(zip, '_rels/.rels'), 'officeDocument', '') ?? 'word/document.xml';
  const main = await readPart(zip, mainPath);
  if (main === undefined) throw new PackageError('not a Word document (no word/document.xml in the ZIP)');
  const base = directory(mainPath);
  const rels = await readPart(zip, `${base}_rels/${mainPath.slice(base.length)}.rels`);
  const styles = new StyleLists(await readTree(zip, relationshipTarget(rels, 'styles', base)));
  const numbering = new ListNumbering(await readTree(zip, relationshipTarget(rels, 'numbering', base)), styles.numberingStyles);
  const annotated = annotateDocument(main, numbering, styles);
  zip.file(mainPath, annotated.xml);
  return { zip, paragraphs: annotated.paragraphs };
}
