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

function sourceOf(node: Trie, space: string, letter: (char: string) => string): string {
  const branches: string[] = [];
  for (const [char, child] of node) {
    if (child) branches.push((char === ' ' ? `${space}+` : letter(char)) + sourceOf(child, space, letter));
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
  return sourceOf(trieOf(phrases), space, escaped);
}

/** Characters besides its own two cases that a case-insensitive `u` regex takes for a letter. */
const FOLDED_WITH: Readonly<Record<string, string>> = { k: '\u212a', s: '\u017f', å: '\u212b' };

/** A class of every character a case-insensitive `u` regex takes for the lower-case `letter`, for a regex without those flags. */
export function letterCases(letter: string): string {
  const cases = new Set([letter, ...letter.toUpperCase(), ...(FOLDED_WITH[letter] ?? '')]);
  return `[${[...cases].map(escaped).join('')}]`;
}

/** Letters and digits of the Latin blocks (ASCII, Latin-1, Extended-A and -B, Extended Additional): each is `\p{L}` or `\p{N}`. */
export const LATIN_WORD_CHARS = '0-9A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff';

/**
 * Source of a regex without flags that finds, one character before it, every word start
 * where `phraseTrieSource` (with the `iu` flags) matches: a character outside
 * LATIN_WORD_CHARS (so any that is no letter or number), then the phrases with each letter as
 * its `letterCases`. It finds some more (after other letters, phrases not ending a word): a
 * necessary condition, cheaper to scan for than the phrase regex itself, which runs only there.
 */
export function phraseStartSource(phrases: readonly string[], space: string): string {
  return `[^${LATIN_WORD_CHARS}](?:${sourceOf(trieOf(phrases), space, letterCases)})`;
}
