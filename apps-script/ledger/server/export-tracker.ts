import { translate } from '../../../shared/i18n/translate.ts';
import { trackerCsv } from '../../../shared/ledger/exports/tracker-csv.ts';
import { foldEvents } from '../../../shared/ledger/views/index.ts';
import { htmlText } from './html-text.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { readEventLog, typedEvents } from './read-event-log.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';

/** At most this many refusal reasons are listed; the rest are counted. */
const MAX_REASONS = 20;

/**
 * Menu: Canada's tracker CSV from the progress updates in the log, offered as a download made in the
 * browser (a dialog), which needs no Drive scope. Updates that break the tracker rules refuse the
 * whole file, and the dialog says which and why.
 */
export function exportTrackerCsv(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('apps-script.export.title', lang);
  const [rows = []] = readTabs(ledgerSpreadsheetId(), [EVENT_LOG_TAB]);
  const read = readEventLog(rows);
  if (!read.ok) {
    ui.alert(title, translate('apps-script.logUnreadable', lang), ui.ButtonSet.OK);
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  const result = trackerCsv(foldEvents(typedEvents(read.log), { today }).updates);
  if (!result.ok) {
    const reasons = result.errors.slice(0, MAX_REASONS).map((e) => `<li>${htmlText(`${e.rule}: ${e.message[lang]}`)}</li>`);
    const more = result.errors.length > MAX_REASONS ? `<li>… (+${result.errors.length - MAX_REASONS})</li>` : '';
    const html = `<p>${htmlText(translate('apps-script.export.refused', lang))}</p><ul>${reasons.join('')}${more}</ul>`;
    ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(640).setHeight(420), title);
    return;
  }
  const file = `tracker-${today}.csv`;
  // The CSV travels as a JSON string; `<` is escaped so no text can close the script element.
  const data = JSON.stringify(result.csv).replace(/</g, '\\u003c');
  const html =
    `<p>${htmlText(translate('apps-script.export.ready', lang, { count: result.rowCount }))}</p>` +
    `<p><a id="download" download="${htmlText(file)}" href="#">${htmlText(translate('apps-script.export.download', lang, { file }))}</a></p>` +
    `<script>document.getElementById('download').href = URL.createObjectURL(new Blob([${data}], { type: 'text/csv;charset=utf-8' }));</script>`;
  ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(480).setHeight(200), title);
}
