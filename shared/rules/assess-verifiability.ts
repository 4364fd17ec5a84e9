import type { Language } from '../i18n/language.ts';
import { findTerms, toWords } from './find-terms.ts';
import { DATE_WORDS, DELIVERABLE_NOUNS, NUMBER_WORDS, SOFT_VERBS, STRONG_VERBS } from './verifiability-words.ts';

/** What the R3 heuristic read in one text, in one language. */
export type TextSignals = {
  softVerbs: string[];
  strongVerbs: string[];
  deliverables: string[];
  /** Years, months, quarters, deadlines, periodicity. */
  dates: string[];
  /** Numbers that are not years ("3 workshops", "twice"). */
  quantities: string[];
};

const YEAR = /^(19|20)\d{2}$/;
const NUMBER = /^\d+$/;

export function readTextSignals(text: string, language: Language): TextSignals {
  const words = toWords(text);
  return {
    softVerbs: findTerms(words, SOFT_VERBS[language]),
    strongVerbs: findTerms(words, STRONG_VERBS[language]),
    deliverables: findTerms(words, DELIVERABLE_NOUNS[language]),
    dates: [...words.filter((word) => YEAR.test(word)), ...findTerms(words, DATE_WORDS[language])],
    quantities: [...words.filter((word) => NUMBER.test(word) && !YEAR.test(word)), ...findTerms(words, NUMBER_WORDS[language])],
  };
}

function namesSomethingCheckable(signals: TextSignals): boolean {
  return signals.deliverables.length > 0 || signals.dates.length > 0 || signals.quantities.length > 0;
}

/**
 * The verdict on one milestone in one language:
 * - `softVerbsOnly`: the action is only "explore / support / promote …" and the expected output
 *   names nothing checkable. A noun after a soft verb ("support the portal") is not an output, nor
 *   is a date ("continue to support until 2026"); a count is ("engage 50 organisations").
 * - `noDeliverable`: neither the action nor the output names a deliverable, a date or a number.
 * - `verifiable`: otherwise.
 * `empty` when there is no text at all (R1 and R2 report missing text).
 */
export type Verifiability =
  | { kind: 'empty' }
  | { kind: 'verifiable' }
  | { kind: 'softVerbsOnly'; softVerbs: string[] }
  | { kind: 'noDeliverable' };

export function assessVerifiability(action: string, output: string, language: Language): Verifiability {
  if (action.trim() === '' && output.trim() === '') return { kind: 'empty' };
  const actionSignals = readTextSignals(action, language);
  const outputSignals = readTextSignals(output, language);
  const isSoftOnly = actionSignals.softVerbs.length > 0 && actionSignals.strongVerbs.length === 0;
  if (isSoftOnly) {
    return namesSomethingCheckable(outputSignals) || actionSignals.quantities.length > 0
      ? { kind: 'verifiable' }
      : { kind: 'softVerbsOnly', softVerbs: actionSignals.softVerbs };
  }
  return namesSomethingCheckable(actionSignals) || namesSomethingCheckable(outputSignals)
    ? { kind: 'verifiable' }
    : { kind: 'noDeliverable' };
}
