import type { BilingualText } from '../domain/bilingual-text.ts';
import { catalogue, type MessageKey } from './catalogue.ts';
import { fillTemplate as fill } from './fill-template.ts';
import type { Language } from './language.ts';

export type MessageParams = Readonly<Record<string, string | number>>;

/** One message in one language. */
export function translate(key: MessageKey, language: Language, params?: MessageParams): string {
  return fill(catalogue[key][language], params);
}

/** One message in both languages, as findings and errors carry it. */
export function bilingualMessage(key: MessageKey, params?: MessageParams): BilingualText {
  return { en: translate(key, 'en', params), fr: translate(key, 'fr', params) };
}
