import { type Core, findCores } from './scan.js';
import { SP } from './vocabulary.js';
import { upperCased } from './words.js';

/** `(sau đây viết tắt là Quyết định số 765)`: a short name declared for the citation before it. */
export interface AliasDeclaration {
  /** Where `(` is. */
  start: number;
  /** After `)`. */
  end: number;
  /** The short name, without quotation marks: "Quyết định số 765". */
  text: string;
  /** Type and number of the short name ("Quyết định|765"), when it has them. */
  key: string | null;
}

const DECLARATION = new RegExp(
  `\\(${SP}*(?:(?:sau|dưới)${SP}+đây${SP}+)?(?:được${SP}+)?(?:gọi|viết)(?:${SP}+(?:tắt|chung))?${SP}+là${SP}*(?::${SP}*)?([^()\\s][^()\\n]{0,199})\\)`,
  'iuy',
);

/** The key a short form is looked up by: its type word and its number as written canonically. */
export function citationKey(type: string | null, number: string): string {
  return `${type ?? ''}|${upperCased(number)}`;
}

function keyOf(alias: string): string | null {
  const core = findCores(alias)[0];
  return core && core.start === 0 && core.number ? citationKey(core.type, core.number.value) : null;
}

export function findAliasDeclarations(text: string): AliasDeclaration[] {
  const declarations: AliasDeclaration[] = [];
  // What searching with the pattern finds: it starts with `(`, which indexOf finds many times faster.
  for (let open = text.indexOf('('); open >= 0; ) {
    DECLARATION.lastIndex = open;
    const m = DECLARATION.exec(text);
    if (!m) {
      open = text.indexOf('(', open + 1);
      continue;
    }
    const end = open + m[0].length;
    const alias = m[1]!.trim().replace(/^["“'‘]+|(?<!["”'’])["”'’]+$/gu, '').trim();
    if (alias.length > 0) declarations.push({ start: open, end, text: alias, key: keyOf(alias) });
    open = text.indexOf('(', end);
  }
  return declarations;
}

/**
 * Which citation each declaration names: among the citations whose text ends right before
 * the `(`, the one of the alias's type, else the outermost. Nested citations end there too:
 * `Quyết định số 765/QĐ-BTTTT ... thực hiện Chỉ thị số 07/CT-TTg (sau đây viết tắt là Quyết định số 765)`.
 */
export function attachAliases(text: string, cores: Core[], tailEnds: number[], declarations: AliasDeclaration[]): Map<number, AliasDeclaration> {
  const attached = new Map<number, AliasDeclaration>();
  if (declarations.length === 0) return attached;
  const endingAt = new Map<number, number[]>();
  tailEnds.forEach((end, index) => {
    let at = end;
    while (at < text.length && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) at++;
    const list = endingAt.get(at);
    if (list) list.push(index);
    else endingAt.set(at, [index]);
  });
  for (const declaration of declarations) {
    const candidates = endingAt.get(declaration.start) ?? [];
    const aliasType = declaration.key?.split('|')[0];
    const chosen = candidates.find((index) => cores[index]!.type === aliasType) ?? candidates[0];
    if (chosen !== undefined && !attached.has(chosen)) attached.set(chosen, declaration);
  }
  return attached;
}
