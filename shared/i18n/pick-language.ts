import type { Language } from './language.ts';

/**
 * The first of the browser's preferred languages (`navigator.languages`, BCP 47 tags, best first)
 * that the extension speaks; English when none is English or French.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'en' || primary === 'fr') return primary;
  }
  return 'en';
}
