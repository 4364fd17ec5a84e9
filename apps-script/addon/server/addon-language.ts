import { type Language, Language as LanguageSchema } from '../../../shared/i18n/language.ts';

export const LANGUAGE_PROPERTY = 'cocreate:language';

/** The Docs UI language (Session.getActiveUserLocale: "fr", "fr_CA", "en_US"…): French for any fr locale. */
export function docsUiLanguage(): Language {
  try {
    return /^fr/i.test(Session.getActiveUserLocale()) ? 'fr' : 'en';
  } catch {
    return 'en';
  }
}

/** The language the drafter chose in the settings, else the Docs UI language. */
export function addonLanguage(): Language {
  const chosen = LanguageSchema.safeParse(PropertiesService.getUserProperties().getProperty(LANGUAGE_PROPERTY));
  return chosen.success ? chosen.data : docsUiLanguage();
}
