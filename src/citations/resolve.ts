import { citationKey } from './alias.js';

/** What resolution needs to know of one citation, in document order. */
export interface Resolvable {
  type: string | null;
  number: string | null;
  style: 'state' | 'party' | 'bare' | null;
  sequence: number | null;
  named: boolean;
  /** The date as given (ISO, or as written when not on the calendar), null when none. */
  date: string | null;
  /** Key of the short name declared for this citation (`Quyết định|765`). */
  aliasKey: string | null;
  /** For a citation inside an alias declaration, the index of the citation that declares it. */
  declaredBy: number | null;
}

export type ResolvedBy = 'alias' | 'number' | 'sequence';

export interface Resolution {
  kind: 'full' | 'short' | 'named';
  refersTo: number | null;
  resolvedBy: ResolvedBy | null;
}

const AMBIGUOUS = -1;

/** Earlier citations under one key: the first of them, and whether they name different instruments. */
interface Seen {
  first: number;
  /** What tells instruments apart under this key: the date for a number, the number for a sequence. */
  identity: string | null;
  conflicting: boolean;
}

function remember(map: Map<string, Seen>, key: string, index: number, identity: string | null): void {
  const seen = map.get(key);
  if (!seen) map.set(key, { first: index, identity, conflicting: false });
  else if (identity !== null) {
    if (seen.identity === null) seen.identity = identity;
    else if (seen.identity !== identity) seen.conflicting = true;
  }
}

function target(seen: Seen | undefined): number | null {
  return seen && !seen.conflicting ? seen.first : null;
}

/**
 * Kinds and short-form targets, eyecite-style (never guess): a citation without a date whose
 * number was cited before is `short` and refers to that first citation; a bare `Quyết định số
 * 765` refers to the citation that declared it as alias, else to the one earlier citation of
 * that type and sequence. When earlier citations disagree (two dates), or nothing matches,
 * `refersTo` stays null. A repeat that gives a date is a full citation again.
 */
export function resolveCitations(items: readonly Resolvable[]): Resolution[] {
  const aliases = new Map<string, number>();
  const byNumber = new Map<string, Seen>();
  const bySequence = new Map<string, Seen>();
  return items.map((item, index) => {
    const numberKey = item.number === null ? null : citationKey(item.type, item.number);
    const resolution = resolveOne(item, numberKey, aliases, byNumber, bySequence);
    if (item.aliasKey) aliases.set(item.aliasKey, aliases.has(item.aliasKey) ? AMBIGUOUS : index);
    if (resolution.kind !== 'short' && numberKey !== null && item.style !== 'bare') {
      remember(byNumber, numberKey, index, item.date);
      remember(bySequence, `${item.type}|${item.sequence}`, index, numberKey);
    }
    return resolution;
  });
}

/** A short form's resolution: resolved by `by` when it refers to a citation. */
function short(refersTo: number | null, by: ResolvedBy): Resolution {
  return { kind: 'short', refersTo, resolvedBy: refersTo === null ? null : by };
}

/** `numberKey`: the citation key of the item's number, null when it has none. */
function resolveOne(
  item: Resolvable,
  numberKey: string | null,
  aliases: Map<string, number>,
  byNumber: Map<string, Seen>,
  bySequence: Map<string, Seen>,
): Resolution {
  if (item.declaredBy !== null) return short(item.declaredBy, 'alias');
  if (item.named) return { kind: 'named', refersTo: null, resolvedBy: null };
  if (numberKey === null) return { kind: 'full', refersTo: null, resolvedBy: null };
  const alias = aliases.get(numberKey);
  if (item.style === 'bare') {
    if (alias !== undefined) return short(alias === AMBIGUOUS ? null : alias, 'alias');
    const seen = bySequence.get(`${item.type}|${item.sequence}`);
    const unique = seen?.identity ? target(byNumber.get(seen.identity)) : null;
    return short(seen && !seen.conflicting ? unique : null, 'sequence');
  }
  if (item.date !== null) return { kind: 'full', refersTo: null, resolvedBy: null };
  if (alias !== undefined && alias !== AMBIGUOUS) return short(alias, 'alias');
  const earlier = byNumber.get(numberKey);
  return earlier ? short(target(earlier), 'number') : { kind: 'full', refersTo: null, resolvedBy: null };
}
