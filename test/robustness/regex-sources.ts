import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexSite {
  /** `src/…/file.ts:line`. */
  where: string;
  /** Pattern and flags, when the source spells them out; absent for `new RegExp(expression)`. */
  source?: string;
  flags?: string;
  /** The code that builds it, for patterns built at run time. */
  code: string;
}

const ROOT = join(import.meta.dirname, '../..');

function* typeScriptFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* typeScriptFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** Every regular expression literal and `RegExp(…)` construction in the project's sources. */
export function regexSites(folder = join(ROOT, 'src')): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const file of typeScriptFiles(folder)) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const end = text.lastIndexOf('/');
        sites.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1), code: text });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = literalText(pattern);
        const flagText = flags === undefined ? '' : literalText(flags);
        sites.push({ where: where(node), ...(source !== undefined && flagText !== undefined ? { source, flags: flagText } : {}), code: node.getText(sourceFile) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return sites;
}
