import { translate } from '../../../shared/i18n/translate.ts';
import { verifyChain } from '../../../shared/ledger/verify-chain.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { sha256Hex } from './sha256-hex.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';

/** Menu: checks the whole hash chain and says it is intact, or names the first row that is not. */
export function verifyLedgerChain(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const [rows = []] = readTabs(ledgerSpreadsheetId(), [EVENT_LOG_TAB]);
  const verdict = verifyChain(rows, sha256Hex);
  const text = verdict.ok ? translate('ledger.chain.ok', lang, { count: verdict.count, hash: verdict.head.hash }) : verdict.message[lang];
  ui.alert(translate('apps-script.verify.title', lang), text, ui.ButtonSet.OK);
}
