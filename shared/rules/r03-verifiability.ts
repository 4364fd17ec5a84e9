import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Commitment } from '../domain/commitment.ts';
import { type Verifiability, assessVerifiability } from './assess-verifiability.ts';
import type { Finding } from './finding.ts';
import { makeFinding, makeFindingPerLanguage } from './make-finding.ts';

const EMPTY: BilingualText = { en: '', fr: '' };

type SoftVerbsOnly = Extract<Verifiability, { kind: 'softVerbsOnly' }>;

/**
 * Judges one item in both languages. One language that reads as verifiable is enough (the other
 * may be a looser translation the word lists miss); a language with no text has no say.
 */
function judge(path: string, code: string, action: BilingualText, output: BilingualText): Finding[] {
  const en = assessVerifiability(action.en, output.en, 'en');
  const fr = assessVerifiability(action.fr, output.fr, 'fr');
  const said = [en, fr].filter((verdict) => verdict.kind !== 'empty');
  if (said.length === 0 || said.some((verdict) => verdict.kind === 'verifiable')) return [];
  const softEn: SoftVerbsOnly | undefined = en.kind === 'softVerbsOnly' ? en : undefined;
  const softFr: SoftVerbsOnly | undefined = fr.kind === 'softVerbsOnly' ? fr : undefined;
  if (softEn || softFr) {
    // Each language quotes its own words, or the other language's when it has none.
    const quote = (verdict: SoftVerbsOnly) => verdict.softVerbs.join(', ');
    return [
      makeFindingPerLanguage('R3', 'warn', path, 'rules.R3.softVerbsOnly', {
        en: { code, verbs: quote((softEn ?? softFr)!) },
        fr: { code, verbs: quote((softFr ?? softEn)!) },
      }),
    ];
  }
  return [makeFinding('R3', 'warn', path, 'rules.R3.noDeliverable', { code })];
}

/**
 * R3 (warn), verifiability heuristic: a milestone or indicator that names no deliverable, date or
 * number, or that only promises to "explore, continue, support, promote, engage" without an output,
 * is likely "not verifiable" for the IRM. Word lists in verifiability-words.ts.
 */
export function checkVerifiability(commitment: Commitment): Finding[] {
  return commitment.milestones.flatMap((milestone, m) => [
    ...judge(`milestones[${m}].text`, milestone.code, milestone.text, milestone.expectedOutputs),
    ...milestone.indicators.flatMap((indicator, i) =>
      judge(`milestones[${m}].indicators[${i}].text`, indicator.code, indicator.text, indicator.fullText ?? EMPTY),
    ),
  ]);
}
