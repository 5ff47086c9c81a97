/** Regex source for a set of phrases, factored so that the engine reads each position once. */

type Trie = Map<string, Trie | null>;

const END = '';

function trieOf(phrases: readonly string[]): Trie {
  const root: Trie = new Map();
  for (const phrase of phrases) {
    let node = root;
    for (const char of phrase.toLowerCase()) {
      let child = node.get(char);
      if (!child) {
        child = new Map();
        node.set(char, child);
      }
      node = child;
    }
    node.set(END, null);
  }
  return root;
}

function escaped(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function sourceOf(node: Trie, space: string): string {
  const branches: string[] = [];
  for (const [char, child] of node) {
    if (child) branches.push((char === ' ' ? `${space}+` : escaped(char)) + sourceOf(child, space));
  }
  if (branches.length === 0) return '';
  const choice = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.has(END)) return choice;
  return branches.length === 1 ? `(?:${choice})?` : `${choice}?`;
}

/**
 * Source of a regex (meant for the `i` flag) matching any of `phrases`, a space in them
 * matching a run of `space`, as a trie of their lower-case letters: `t(?:hông…|ờ…)`. A plain
 * alternation makes the engine try every phrase at every position (the slowest part of finding
 * citations); the trie rejects most positions at their first letter. Where one phrase extends
 * another, the longer is tried first, as in an alternation listing longer phrases first, and
 * phrases that part at a letter cannot both match: the match is the alternation's.
 */
export function phraseTrieSource(phrases: readonly string[], space: string): string {
  return sourceOf(trieOf(phrases), space);
}
