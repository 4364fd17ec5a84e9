import { translate } from '../../../shared/i18n/translate.ts';
import { buildStore } from './build-store.ts';
import { withScriptLock } from './script-lock.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';

/**
 * Menu: every view tab rebuilt from the event log alone (a full fold), with the Index and the plan
 * store the appends keep from then on, under the lock so no append interleaves. The date-dependent
 * cells (overdue actions, upcoming meetings, sign-off windows, findings) move to today. A log too
 * long for one execution is built on by a clock trigger: the alert says so.
 */
export function rebuildLedgerViews(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('apps-script.menu.rebuildViews', lang);
  const spreadsheetId = ledgerSpreadsheetId();
  const startedAt = Date.now();
  const done = withScriptLock(() => {
    // An unfinished build is taken on from where it stopped (its trigger would do the same).
    const built = buildStore(spreadsheetId, new Date().toISOString().slice(0, 10), { startedAt, continuing: true });
    if (built.ok) return translate('apps-script.rebuild.done', lang, { count: built.events });
    return 'reason' in built ? translate('ledgerbuild.rebuild.continuing', lang, { count: built.events ?? 0 }) : translate('apps-script.logUnreadable', lang);
  });
  ui.alert(title, done.ok ? done.value : translate('apps-script.lockBusy', lang), ui.ButtonSet.OK);
}
