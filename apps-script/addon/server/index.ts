// The Docs add-on's whole public surface: each named export becomes a top-level function of the
// bundle (scripts/build-apps-script.ts), so Apps Script can run it as a trigger, a menu item or a
// google.script.run call from the sidebar. Everything else stays inside the bundle.
import type { LabelLanguage } from '../../../shared/docs/template-fields.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { addAddonMenu } from './add-addon-menu.ts';
import { addonLanguage } from './addon-language.ts';
import { insertCommitment } from './insert-commitment.ts';
import { queueLength } from './outbox.ts';
import { settingsView } from './settings.ts';
import { flushQueue, syncDocument } from './sync-document.ts';
import { listTags } from './tags.ts';

export { checkDocument } from './check-document.ts';
export { selectLocation } from './select-location.ts';
export { saveSettings } from './settings.ts';
export { getSignOffPanel, recordSignOff } from './sign-offs.ts';
export { syncDocument } from './sync-document.ts';
export { listTags, removeTag, selectTag, tagSelection, updateTag } from './tags.ts';

/** Simple trigger: the add-on menu, in whatever AuthMode the document was opened. */
export function onOpen(e?: { authMode?: unknown }): void {
  addAddonMenu(e);
}

/** Installing from the Marketplace runs onInstall (in AuthMode.FULL), not onOpen: build the menu now. */
export function onInstall(e?: { authMode?: unknown }): void {
  addAddonMenu(e);
}

export function showSidebar(): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(translate('docs.sidebar.title', addonLanguage()));
  DocumentApp.getUi().showSidebar(output);
}

/** What the sidebar shows on opening; first sends what waited in the queue since last time. */
export function getSidebarState() {
  const retried = queueLength() > 0 ? flushQueue() : undefined;
  const doc = DocumentApp.getActiveDocument();
  return { language: addonLanguage(), settings: settingsView(), docTitle: doc.getName(), waiting: queueLength(), tags: listTags(), ...(retried ? { retried } : {}) };
}

export function insertCommitmentTemplate(language: LabelLanguage): { code: string; id: string } {
  if (language !== 'en' && language !== 'fr' && language !== 'both') throw new Error('language must be en, fr or both');
  return insertCommitment(language);
}

export function insertCommitmentFromMenu(): void {
  insertCommitment(addonLanguage());
}

export function syncFromMenu(): void {
  const summary = syncDocument();
  const lang = addonLanguage();
  DocumentApp.getUi().alert(
    summary.problem
      ? translate(`docs.problem.${summary.problem}`, lang)
      : translate('docs.sync.menuDone', lang, { commitments: summary.accepted.commitments, unchanged: summary.unchanged, refused: summary.refused.length }),
  );
}
