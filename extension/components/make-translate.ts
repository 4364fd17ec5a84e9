import type { MessageKey } from '../../shared/i18n/catalogue.ts';
import type { Language } from '../../shared/i18n/language.ts';
import { type MessageParams, translate } from '../../shared/i18n/translate.ts';

/** Every string a component shows comes through this, in the language of the settings. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function makeTranslate(language: Language): Translate {
  return (key, params) => translate(key, language, params);
}
