import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../../shared/i18n/language.ts';
import { docsMessages } from '../../../shared/i18n/messages/docs.ts';

// The sidebar needs only the add-on's own messages (rule findings arrive already in both languages),
// so it reads messages/docs.ts alone rather than the whole catalogue: that keeps Sidebar.html far
// under its 60 kB gzip budget as other areas add strings.
export type DocsKey = keyof typeof docsMessages;
type Params = Readonly<Record<string, string | number>>;

/** Same placeholder rule as shared/i18n/translate.ts: an unknown `{name}` stays visible. */
export function translateDocs(key: DocsKey, language: Language, params?: Params): string {
  const template = docsMessages[key][language];
  return params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;
}

export const LanguageContext = createContext<Language>('en');

/** `t('docs.tab.tags')` in the sidebar's current language. */
export function useT() {
  const language = useContext(LanguageContext);
  return Object.assign((key: DocsKey, params?: Params) => translateDocs(key, language, params), { language });
}

/** Keys computed at run time (`docs.problem.${code}`) are still docs keys, or shown as the key. */
export const asKey = (key: string) => (key in docsMessages ? (key as DocsKey) : ('docs.error' as DocsKey));
