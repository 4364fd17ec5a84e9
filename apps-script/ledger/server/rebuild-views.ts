import { translate } from '../../../shared/i18n/translate.ts';
import { VIEW_TABS } from '../../../shared/ledger/views/index.ts';
import { EVENT_LOG_TAB, MEMBERS_TAB } from './ledger-tabs.ts';
import { coordinatorIds } from './resolve-member.ts';
import { readEventLog, typedEvents } from './read-event-log.ts';
import { rewriteViewTabs } from './rewrite-view-tabs.ts';
import { withScriptLock } from './script-lock.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';

/** Menu: every view tab rebuilt from the event log alone, under the lock so no append interleaves. */
export function rebuildLedgerViews(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('apps-script.menu.rebuildViews', lang);
  const spreadsheetId = ledgerSpreadsheetId();
  const done = withScriptLock(() => {
    const [rows = [], memberRows = []] = readTabs(spreadsheetId, [EVENT_LOG_TAB, MEMBERS_TAB]);
    const read = readEventLog(rows);
    if (!read.ok) return translate('apps-script.logUnreadable', lang);
    const events = typedEvents(read.log);
    rewriteViewTabs(spreadsheetId, events, VIEW_TABS, coordinatorIds(memberRows));
    return translate('apps-script.rebuild.done', lang, { count: events.length });
  });
  ui.alert(title, done.ok ? done.value : translate('apps-script.lockBusy', lang), ui.ButtonSet.OK);
}
