import type { BilingualText } from '../domain/bilingual-text.ts';
import type { ProgressUpdate } from '../domain/progress-update.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import { isBlank } from './is-blank.ts';

type Pair = 'progress' | 'evidence' | 'challenges';

const MISSING_KEYS = {
  progress: { en: 'rules.R7.progressMissingEnglish', fr: 'rules.R7.progressMissingFrench' },
  evidence: { en: 'rules.R7.evidenceMissingEnglish', fr: 'rules.R7.evidenceMissingFrench' },
  challenges: { en: 'rules.R7.challengesMissingEnglish', fr: 'rules.R7.challengesMissingFrench' },
} as const satisfies Record<Pair, Record<'en' | 'fr', MessageKey>>;

/** Each language that is empty, as one finding per language. */
function missingSides(field: Pair, text: BilingualText | undefined, code: string): Finding[] {
  return (['en', 'fr'] as const)
    .filter((language) => isBlank(text?.[language]))
    .map((language) => makeFinding('R7', 'error', `${field}.${language}`, MISSING_KEYS[field][language], { code }));
}

function isHalfFilled(text: BilingualText | undefined): boolean {
  return text !== undefined && isBlank(text.en) !== isBlank(text.fr);
}

/**
 * R7 (error), one tracker row: progress in both languages ("NIL" / "NUL" when there was none);
 * evidence in both or neither; challenges in both when the status is NS or LP, otherwise both or
 * neither (nap6's rules, adopted for every plan).
 */
export function checkTrackerPairs(update: ProgressUpdate): Finding[] {
  const code = update.indicatorCode;
  const findings = missingSides('progress', update.progress, code);
  if (update.progress.en.trim().toUpperCase() === 'NUL') {
    findings.push(makeFinding('R7', 'error', 'progress.en', 'rules.R7.nulInEnglish', { code }));
  }
  if (update.progress.fr.trim().toUpperCase() === 'NIL') {
    findings.push(makeFinding('R7', 'error', 'progress.fr', 'rules.R7.nilInFrench', { code }));
  }
  if (isHalfFilled(update.evidence)) findings.push(...missingSides('evidence', update.evidence, code));
  if (update.status === 'NS' || update.status === 'LP') {
    findings.push(...missingSides('challenges', update.challenges, code));
  } else if (isHalfFilled(update.challenges)) {
    findings.push(...missingSides('challenges', update.challenges, code));
  }
  return findings;
}
