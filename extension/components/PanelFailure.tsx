import type { Language } from '../../shared/i18n/language.ts';
import { makeTranslate } from './make-translate.ts';

/** Shown instead of the panel when the local database cannot be opened: say so, never pretend to save. */
export function PanelFailure({ language }: { language: Language }) {
  const t = makeTranslate(language);
  return (
    <div class="panel" lang={language}>
      <h1>{t('extension.sidepanel.title')}</h1>
      <p role="alert" class="problem">{t('extension.sidepanel.storageUnavailable')}</p>
    </div>
  );
}
