import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MessageKey } from '../../../shared/i18n/catalogue.ts';
import type { Language } from '../../../shared/i18n/language.ts';
import { type MessageParams, translate } from '../../../shared/i18n/translate.ts';

export const LanguageContext = createContext<Language>('en');

/** `t('docs.tab.tags')` in the sidebar's current language. */
export function useT() {
  const language = useContext(LanguageContext);
  return Object.assign((key: MessageKey, params?: MessageParams) => translate(key, language, params), { language });
}

/** Server text keys computed at run time (`docs.problem.${code}`) are still catalogue keys or nothing. */
export const asKey = (key: string) => key as MessageKey;
