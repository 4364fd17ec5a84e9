import type { Language } from '../../../shared/i18n/language.ts';

/** The spreadsheet user's language for menus and dialogs: French for any fr locale, else English. */
export function userLanguage(): Language {
  try {
    return /^fr/i.test(Session.getActiveUserLocale()) ? 'fr' : 'en';
  } catch {
    return 'en';
  }
}
