import type { MessageKey } from '../i18n/catalogue.ts';
import type { Language } from '../i18n/language.ts';
import { bilingualMessage, type MessageParams, translate } from '../i18n/translate.ts';
import type { Finding, RuleCode, Severity } from './finding.ts';

/** A finding whose message comes from the catalogue, with the same parameters in both languages. */
export function makeFinding(
  rule: RuleCode,
  severity: Severity,
  path: string,
  key: MessageKey,
  params?: MessageParams,
): Finding {
  return { rule, severity, path, message: bilingualMessage(key, params) };
}

/** Same, when a parameter differs by language (words quoted from the English or the French text). */
export function makeFindingPerLanguage(
  rule: RuleCode,
  severity: Severity,
  path: string,
  key: MessageKey,
  params: Readonly<Record<Language, MessageParams>>,
): Finding {
  return { rule, severity, path, message: { en: translate(key, 'en', params.en), fr: translate(key, 'fr', params.fr) } };
}
