import { translate } from '../../../shared/i18n/translate.ts';
import { verifyChain } from '../../../shared/ledger/verify-chain.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { sha256Hex } from './sha256-hex.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';

/**
 * Menu: checks the whole hash chain and says it is intact, or names the first row that is not. A head
 * hash published outside the sheet (meeting notes) may be given: rows removed from the end of the log
 * can only be noticed that way.
 */
export function verifyLedgerChain(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('apps-script.verify.title', lang);
  const asked = ui.prompt(title, translate('apps-script.verify.askHead', lang), ui.ButtonSet.OK_CANCEL);
  if (asked.getSelectedButton() !== ui.Button.OK) return;
  const published = asked.getResponseText().trim();
  const [rows = []] = readTabs(ledgerSpreadsheetId(), [EVENT_LOG_TAB]);
  const verdict = verifyChain(rows, sha256Hex, published === '' ? {} : { knownHeads: [published] });
  const text = verdict.ok ? translate('ledger.chain.ok', lang, { count: verdict.count, hash: verdict.head.hash }) : verdict.message[lang];
  ui.alert(title, text, ui.ButtonSet.OK);
}
