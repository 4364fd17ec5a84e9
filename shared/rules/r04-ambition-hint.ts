import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Commitment } from '../domain/commitment.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { translate } from '../i18n/translate.ts';
import { assessAmbition, type PlacedText } from './assess-ambition.ts';
import type { Finding } from './finding.ts';
import { makeFinding, makeFindingPerLanguage } from './make-finding.ts';

function joinTexts(...texts: BilingualText[]): BilingualText {
  return { en: texts.map((t) => t.en).join('\n'), fr: texts.map((t) => t.fr).join('\n') };
}

/**
 * R4 (info), ambition hint: likely "Modest", likely "Unclear" or possibly "Substantial" potential for
 * results, with what to change to aim higher. Word lists in ambition-words.ts.
 */
export function checkAmbitionHint(commitment: Commitment): Finding[] {
  const milestones = commitment.milestones.map((milestone) => joinTexts(milestone.text, milestone.expectedOutputs));
  const texts: PlacedText[] = [
    { path: 'description', text: commitment.description },
    { path: 'theoryOfChange', text: commitment.theoryOfChange },
    ...milestones.map((text, m) => ({ path: `milestones[${m}].text`, text })),
  ];
  const hint = assessAmbition(texts, milestones);
  switch (hint.kind) {
    case 'substantial':
      return [makeFinding('R4', 'info', hint.path, 'rules.R4.possiblySubstantial', { words: hint.words.join(', ') })];
    case 'unclear':
      return [makeFinding('R4', 'info', 'milestones', 'rules.R4.likelyUnclear')];
    case 'modest': {
      const list = (language: 'en' | 'fr') =>
        hint.categories.map((c) => translate(`rules.R4.category.${c}` satisfies MessageKey, language)).join(', ');
      return [
        makeFindingPerLanguage('R4', 'info', 'milestones', 'rules.R4.likelyModest', {
          en: { categories: list('en') },
          fr: { categories: list('fr') },
        }),
      ];
    }
    case 'none':
      return [];
  }
}
