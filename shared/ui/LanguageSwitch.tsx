import type { Language } from '../i18n/language.ts';

/**
 * English / Français as a pair of toggle buttons, each named in its own language (a French speaker
 * looks for "Français", whatever the page's language) and marked with its `lang` for screen readers.
 */
export function LanguageSwitch(props: { value: Language; label: string; onChange: (language: Language) => void }) {
  const option = (language: Language, name: string) => (
    <button type="button" lang={language} aria-pressed={props.value === language} class="cc-lang" onClick={() => props.onChange(language)}>
      {name}
    </button>
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of two toggle buttons, not a fieldset of form inputs
    <div class="cc-lang-switch" role="group" aria-label={props.label}>
      {option('en', 'English')}
      {option('fr', 'Français')}
    </div>
  );
}
