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

function matchesWord(word: string, pattern: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : word === pattern;
}

/**
 * The words of `words` that match some term, as they appear in the text (`["explore", "support"]`),
 * each once, in text order. A multi-word term is returned joined with spaces.
 */
export function findTerms(words: readonly string[], terms: readonly string[]): string[] {
  const found: string[] = [];
  const patterns = terms.map((term) => foldCase(term).split(/\s+/).filter((part) => part.length > 0));
  for (let i = 0; i < words.length; i++) {
    for (const pattern of patterns) {
      if (pattern.length === 0 || i + pattern.length > words.length) continue;
      if (pattern.every((part, k) => matchesWord(words[i + k]!, part))) {
        const surface = words.slice(i, i + pattern.length).join(' ');
        if (!found.includes(surface)) found.push(surface);
      }
    }
  }
  return found;
}

export function hasTerm(words: readonly string[], terms: readonly string[]): boolean {
  return findTerms(words, terms).length > 0;
}
