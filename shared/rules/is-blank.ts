import type { BilingualText } from '../domain/bilingual-text.ts';

/** A text counts as missing when it holds nothing but spaces. */
export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** Missing in both languages: nothing written at all (R1). One language missing is R6's business. */
export function isBilingualBlank(text: BilingualText | undefined): boolean {
  return text === undefined || (isBlank(text.en) && isBlank(text.fr));
}
