import type { BilingualText } from '../domain/bilingual-text.ts';
import { catalogue, type MessageKey } from '../i18n/catalogue.ts';
import type { Language } from '../i18n/language.ts';
import { type MessageParams, translate } from '../i18n/translate.ts';
import { escapeHtml } from '../ledger/exports/escape-html.ts';

/** A catalogue message, escaped for HTML. */
export function t(key: MessageKey, language: Language, params?: MessageParams): string {
  return escapeHtml(translate(key, language, params));
}

/** The label of a coded value (`domain.meetingType.msf_regular`), escaped; the code itself when the catalogue has none. */
export function label(prefix: string, value: string, language: Language): string {
  const key = `${prefix}.${value}`;
  return escapeHtml(key in catalogue ? translate(key as MessageKey, language) : value);
}

/** One language of a bilingual text, escaped; the other language, marked as such, when this one is empty. */
export function pick(text: BilingualText | undefined, language: Language): string {
  if (text === undefined) return '';
  const own = text[language].trim();
  if (own !== '') return escapeHtml(own);
  const other: Language = language === 'en' ? 'fr' : 'en';
  return text[other].trim() === '' ? '' : `<span lang="${other}">${escapeHtml(text[other].trim())}</span>`;
}

/** A multi-line text as paragraphs: blank lines split paragraphs, line breaks stay. */
export function paragraphs(html: string): string {
  if (html === '') return '';
  return html
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** An ISO time as readers of both languages read it unambiguously: `2026-11-27 14:00 UTC`. */
export function when(iso: string | undefined): string {
  if (iso === undefined) return '';
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!match) return escapeHtml(iso);
  return match[2] === undefined ? match[1]! : `${match[1]} ${match[2]} UTC`;
}

export { escapeHtml };
