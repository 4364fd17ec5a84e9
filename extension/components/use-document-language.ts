import { useEffect } from 'preact/hooks';
import type { Language } from '../../shared/i18n/language.ts';

/** Keeps `<html lang>` on the settings language, so screen readers pronounce French as French. */
export function useDocumentLanguage(language: Language): void {
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
}
