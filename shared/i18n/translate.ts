import type { BilingualText } from '../domain/bilingual-text.ts';
import { catalogue, type MessageKey } from './catalogue.ts';
import type { Language } from './language.ts';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** One message in one language. */
export function translate(key: MessageKey, language: Language, params?: MessageParams): string {
  return fill(catalogue[key][language], params);
}

/** One message in both languages, as findings and errors carry it. */
export function bilingualMessage(key: MessageKey, params?: MessageParams): BilingualText {
  return { en: translate(key, 'en', params), fr: translate(key, 'fr', params) };
}
