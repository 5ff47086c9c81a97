/** Values a template interpolates: `{name}` takes `data.name`. */
export type TemplateData = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w{1,40})\}/g;

/** The template with each `{name}` replaced by `data.name`; unknown names are left as written. */
export function fillTemplate(template: string, data: TemplateData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** The distinct `{name}` placeholders of a template, sorted. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!))].sort();
}
