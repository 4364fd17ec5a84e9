import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Language } from '../i18n/language.ts';
import {
  ADDED_VALUE_WORDS, CONTINUATION_WORDS, MODEST_CATEGORIES, MODEST_WORDS, type ModestCategory, SUBSTANTIAL_WORDS,
} from './ambition-words.ts';
import { findTerms, toWords } from './find-terms.ts';

type WordList = Readonly<Record<Language, readonly string[]>>;

/** Words of a bilingual text that match a list, English then French. */
function matchBoth(text: BilingualText, list: WordList): string[] {
  return [...findTerms(toWords(text.en), list.en), ...findTerms(toWords(text.fr), list.fr)];
}

/** A text of the commitment and where it sits, so a hint can point at it. */
export type PlacedText = { path: string; text: BilingualText };

export type AmbitionHint =
  | { kind: 'substantial'; path: string; words: string[] }
  | { kind: 'unclear' }
  | { kind: 'modest'; categories: ModestCategory[] }
  | { kind: 'none' };

/**
 * The IRM "Potential for Results" a reader would likely give, from words only:
 * - `substantial` when any text speaks of binding or institutional change (first such text);
 * - `unclear` when every milestone carries on existing practice and none adds anything;
 * - `modest` when every milestone is a website, a data release, training or a pilot;
 * - `none` otherwise, or with no milestones. A hint, never a verdict.
 */
export function assessAmbition(texts: readonly PlacedText[], milestones: readonly BilingualText[]): AmbitionHint {
  for (const { path, text } of texts) {
    const words = matchBoth(text, SUBSTANTIAL_WORDS);
    if (words.length > 0) return { kind: 'substantial', path, words };
  }
  if (milestones.length === 0) return { kind: 'none' };
  const isContinuation = (text: BilingualText) =>
    matchBoth(text, CONTINUATION_WORDS).length > 0 && matchBoth(text, ADDED_VALUE_WORDS).length === 0;
  if (milestones.every(isContinuation)) return { kind: 'unclear' };
  const categoriesOf = (text: BilingualText) =>
    MODEST_CATEGORIES.filter((category) => matchBoth(text, MODEST_WORDS[category]).length > 0);
  const perMilestone = milestones.map(categoriesOf);
  if (perMilestone.every((categories) => categories.length > 0)) {
    return { kind: 'modest', categories: MODEST_CATEGORIES.filter((c) => perMilestone.some((list) => list.includes(c))) };
  }
  return { kind: 'none' };
}
