import { translate } from '../../../shared/i18n/translate.ts';
import { userLanguage } from './user-language.ts';

/** Menu items and the top-level functions they run (exported from index.ts under these names). */
export const MENU_ITEMS = [
  ['console.menu.open', 'openCoordinatorConsole'],
  ['apps-script.menu.setUp', 'setUpLedger'],
  ['apps-script.menu.issueToken', 'issueMemberToken'],
  ['apps-script.menu.revokeToken', 'revokeMemberToken'],
  ['apps-script.menu.verifyChain', 'verifyLedgerChain'],
  ['apps-script.menu.rebuildViews', 'rebuildLedgerViews'],
  ['apps-script.menu.exportTracker', 'exportTrackerCsv'],
  ['publicrecord.menu.publish', 'publishRepository'],
] as const;

/** The Cocreate menu in the ledger spreadsheet, labelled in the user's language. */
export function addCocreateMenu(): void {
  const lang = userLanguage();
  const menu = SpreadsheetApp.getUi().createMenu(translate('apps-script.menu.title', lang));
  MENU_ITEMS.forEach(([key, fn], i) => {
    // The console first, then the set-up and token items, then the maintenance items.
    if (i === 1 || i === 4) menu.addSeparator();
    menu.addItem(translate(key, lang), fn);
  });
  menu.addToUi();
}
