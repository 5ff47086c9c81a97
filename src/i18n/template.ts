/** Values a template interpolates: `{name}` takes `data.name`. */
export type TemplateData = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w{1,40})\}/g;

/** A template cut at its placeholders: text, name, text, name, …, text. */
type CutTemplate = readonly string[];

const cutTemplates = new Map<string, CutTemplate>();

function cut(template: string): CutTemplate {
  let pieces = cutTemplates.get(template);
  if (!pieces) {
    pieces = template.split(PLACEHOLDER);
    cutTemplates.set(template, pieces);
  }
  return pieces;
}

/** The template with each `{name}` replaced by `data.name`; unknown names are left as written. */
export function fillTemplate(template: string, data: TemplateData = {}): string {
  const pieces = cut(template);
  let text = pieces[0]!;
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i]!;
    text += (name in data ? String(data[name]) : `{${name}}`) + pieces[i + 1]!;
  }
  return text;
}

/** The distinct `{name}` placeholders of a template, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!))].sort();
}
