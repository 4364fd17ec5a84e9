import { translate } from '../../../shared/i18n/translate.ts';
import { addonLanguage } from './addon-language.ts';

/** Menu items and the top-level functions they run (exported from index.ts under these names). */
export const MENU_ITEMS = [
  ['docs.menu.open', 'showSidebar'],
  ['docs.menu.insertCommitment', 'insertCommitmentFromMenu'],
  ['docs.menu.sync', 'syncFromMenu'],
] as const;

/**
 * The add-on's menu under Extensions. In AuthMode.NONE (the add-on is installed but this document
 * has not been opened with it yet) nothing that reads user data may run, not even the user's
 * language, so the menu has one item labelled in both languages; choosing it makes Google ask for
 * authorisation, then opens the sidebar (add-ons/concepts/menus, "Custom menus for Editor add-ons").
 */
export function addAddonMenu(e?: { authMode?: unknown }): void {
  const menu = DocumentApp.getUi().createAddonMenu();
  if (e?.authMode === ScriptApp.AuthMode.NONE) {
    menu.addItem(`${translate('docs.menu.open', 'en')} / ${translate('docs.menu.open', 'fr')}`, 'showSidebar');
    menu.addToUi();
    return;
  }
  const lang = addonLanguage();
  for (const [key, fn] of MENU_ITEMS) menu.addItem(translate(key, lang), fn);
  menu.addToUi();
}
