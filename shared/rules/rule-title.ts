import type { BilingualText } from '../domain/bilingual-text.ts';
import { bilingualMessage } from '../i18n/translate.ts';
import type { RuleCode } from './finding.ts';

/** A rule's short name in both languages ("Decision rights" / « Droits de décision »), to group findings. */
export function ruleTitle(rule: RuleCode): BilingualText {
  return bilingualMessage(`rules.title.${rule}`);
}
