/** A start, end or empty-element tag of an XML text, with its place in the text. */
export interface XmlTag {
  kind: 'open' | 'close' | 'empty';
  /** Qualified name with the namespace prefix made canonical: `w:p`, `mc:Choice`. */
  name: string;
  attributes: ReadonlyMap<string, string>;
  start: number;
  end: number;
}

export interface XmlElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
}

export class XmlError extends Error {}

/** WordprocessingML in its transitional and strict namespaces, and markup compatibility. */
const CANONICAL_PREFIXES = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, body: string) => {
    if (body[0] !== '#') return ENTITIES[body] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/** Skips a comment, processing instruction, CDATA section or doctype starting at `<`; returns the index after it. */
function skipSpecial(xml: string, at: number): number {
  const close = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<![CDATA[', at) ? ']]>' : xml[at + 1] === '?' ? '?>' : '>';
  const end = xml.indexOf(close, at + 2);
  if (end < 0) throw new XmlError('unterminated markup');
  return end + close.length;
}

/**
 * The element tags of an XML text, in order; comments, processing instructions, CDATA and
 * doctype are skipped. One pass, linear in the text; throws XmlError on a broken tag.
 */
export function* xmlTags(xml: string): Generator<XmlTag> {
  const prefixes = new Map<string, string>();
  const canonical = (qualified: string): string => {
    const colon = qualified.indexOf(':');
    if (colon < 0) return qualified;
    const prefix = prefixes.get(qualified.slice(0, colon));
    return prefix ? `${prefix}${qualified.slice(colon)}` : qualified;
  };
  let at = xml.indexOf('<');
  while (at >= 0) {
    const next = xml[at + 1];
    if (next === '!' || next === '?') {
      at = xml.indexOf('<', skipSpecial(xml, at));
      continue;
    }
    const closing = next === '/';
    let i = at + (closing ? 2 : 1);
    const nameStart = i;
    while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
    const name = xml.slice(nameStart, i);
    if (!name) throw new XmlError('empty tag name');
    const attributes = new Map<string, string>();
    let empty = false;
    for (;;) {
      while (i < xml.length && /\s/.test(xml[i]!)) i++;
      const ch = xml[i];
      if (ch === undefined) throw new XmlError('unterminated tag');
      if (ch === '>') break;
      if (ch === '/' && xml[i + 1] === '>') {
        empty = true;
        i++;
        break;
      }
      const attributeStart = i;
      while (i < xml.length && !isNameEnd(xml.charCodeAt(i)) && xml[i] !== '=') i++;
      const attribute = xml.slice(attributeStart, i);
      while (i < xml.length && /\s/.test(xml[i]!)) i++;
      if (!attribute || xml[i] !== '=') throw new XmlError('attribute without value');
      const equals = i;
      let quote = equals + 1;
      while (quote < xml.length && /\s/.test(xml[quote]!)) quote++;
      const mark = xml[quote];
      if (mark !== '"' && mark !== "'") throw new XmlError('unquoted attribute');
      const valueEnd = xml.indexOf(mark, quote + 1);
      if (valueEnd < 0) throw new XmlError('unterminated attribute');
      const value = decodeEntities(xml.slice(quote + 1, valueEnd));
      if (attribute.startsWith('xmlns:')) {
        const known = CANONICAL_PREFIXES.get(value);
        if (known) prefixes.set(attribute.slice(6), known);
      }
      attributes.set(attribute, value);
      i = valueEnd + 1;
    }
    const canonicalAttributes = new Map<string, string>();
    for (const [key, value] of attributes) canonicalAttributes.set(canonical(key), value);
    yield { kind: closing ? 'close' : empty ? 'empty' : 'open', name: canonical(name), attributes: canonicalAttributes, start: at, end: i + 1 };
    at = xml.indexOf('<', i + 1);
  }
}

/** The element tree of an XML text (text content is not kept). */
export function xmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: new Map(), children: [] };
  const stack = [root];
  for (const tag of xmlTags(xml)) {
    const parent = stack[stack.length - 1]!;
    if (tag.kind === 'close') {
      if (stack.length === 1 || parent.name !== tag.name) throw new XmlError(`unexpected </${tag.name}>`);
      stack.pop();
      continue;
    }
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [] };
    parent.children.push(element);
    if (tag.kind === 'open') stack.push(element);
  }
  if (stack.length !== 1) throw new XmlError('unclosed element');
  return root;
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((candidate) => candidate.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((candidate) => candidate.name === name) : [];
}

/** The `w:val` attribute of a child element, as in `<w:numId w:val="3"/>`. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attributes.get('w:val');
}
