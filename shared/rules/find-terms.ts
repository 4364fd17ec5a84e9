/**
 * Word matching for the text heuristics (R3, R4). Text is lower-cased and stripped of accents, so
 * "Évaluation" and "evaluation" match the same entry. An entry is one or more words; a `*` at the
 * end of its last word matches any ending (`explor*` covers explore, explores, exploring, explorer).
 */

/** Lower-case words without accents; apostrophes split words (`l’évaluation` → `l`, `evaluation`). */
export function toWords(text: string): string[] {
  return foldCase(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Word lists are module constants: compile each once, indexed by the first word, so a text is
// matched against the few entries that can start at each word rather than against all of them.
type Pattern = readonly string[];
type Index = { exact: Map<string, Pattern[]>; byStart: Map<string, Pattern[]>; short: Pattern[] };

const PREFIX_KEY_LENGTH = 2;
const compiled = new WeakMap<readonly string[], Index>();

function push(map: Map<string, Pattern[]>, key: string, pattern: Pattern): void {
  const list = map.get(key);
  if (list) list.push(pattern);
  else map.set(key, [pattern]);
}

function compile(terms: readonly string[]): Index {
  const cached = compiled.get(terms);
  if (cached) return cached;
  const index: Index = { exact: new Map(), byStart: new Map(), short: [] };
  for (const term of terms) {
    const pattern = foldCase(term).split(/\s+/).filter((part) => part.length > 0);
    const first = pattern[0];
    if (first === undefined) continue;
    if (!first.endsWith('*')) push(index.exact, first, pattern);
    else if (first.length - 1 < PREFIX_KEY_LENGTH) index.short.push(pattern);
    else push(index.byStart, first.slice(0, PREFIX_KEY_LENGTH), pattern);
  }
  compiled.set(terms, index);
  return index;
}

function matchesWord(word: string, pattern: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/**
 * The words of `words` that match some term, as they appear in the text (`["explore", "support"]`),
 * each once, in text order. A multi-word term is returned joined with spaces.
 */
export function findTerms(words: readonly string[], terms: readonly string[]): string[] {
  const found: string[] = [];
  const index = compile(terms);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidates = [
      ...(index.exact.get(word) ?? []),
      ...(index.byStart.get(word.slice(0, PREFIX_KEY_LENGTH)) ?? []),
      ...index.short,
    ];
    for (const pattern of candidates) {
      if (i + pattern.length > words.length) continue;
      if (pattern.every((part, k) => matchesWord(words[i + k]!, part))) {
        const surface = words.slice(i, i + pattern.length).join(' ');
        if (!found.includes(surface)) found.push(surface);
      }
    }
  }
  return found;
}
