import { translate } from '../../../shared/i18n/translate.ts';
import { trackerExport } from '../../../shared/ledger/exports/tracker-export.ts';
import { trackerPlanFromRecords } from '../../../shared/ledger/exports/tracker-rows.ts';
import { foldEvents } from '../../../shared/ledger/views/index.ts';
import { htmlText } from './html-text.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { readEventLog, typedEvents } from './read-event-log.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';
import { zipFiles } from './zip-files.ts';

/** At most this many refusal reasons are listed; the rest are counted. */
const MAX_REASONS = 20;

/** A download the dialog builds in the browser from base64 (no Drive scope, nothing leaves the sheet). */
type Download = { file: string; type: string; base64: string; label: string };

/**
 * Menu: Canada's tracker files from the progress updates in the log, checked against the plan and
 * its commitments as the ledger records them (`plan.recorded`, `commitment.upserted`): one upload
 * workbook (XLSX) per lead department, whose cells are text exactly as the tracker will store it,
 * and one CSV of every row for reading, whose cells are guarded against formulas. Updates the tracker
 * would refuse refuse the export, and the dialog says which row and why, in the user's language.
 */
export function exportTrackerCsv(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('publicrecord.tracker.dialog.title', lang);
  const [rows = []] = readTabs(ledgerSpreadsheetId(), [EVENT_LOG_TAB]);
  const read = readEventLog(rows);
  if (!read.ok) {
    ui.alert(title, translate('apps-script.logUnreadable', lang), ui.ButtonSet.OK);
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  const views = foldEvents(typedEvents(read.log), { today });
  if (views.records.plan === undefined) {
    ui.alert(title, translate('publicrecord.tracker.dialog.noPlan', lang), ui.ButtonSet.OK);
    return;
  }
  if (views.updates.length === 0) {
    ui.alert(title, translate('publicrecord.tracker.dialog.noUpdates', lang), ui.ButtonSet.OK);
    return;
  }
  const result = trackerExport(views.updates, trackerPlanFromRecords(views.records), { language: lang, stamp: today });
  if (!result.ok) {
    const reasons = result.errors.slice(0, MAX_REASONS).map((e) => `<li>${htmlText(e.message[lang])}</li>`);
    const more = result.errors.length > MAX_REASONS ? `<li>… (+${result.errors.length - MAX_REASONS})</li>` : '';
    const html = `<p>${htmlText(translate('apps-script.export.refused', lang))}</p><ul>${reasons.join('')}${more}</ul>`;
    ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(640).setHeight(420), title);
    return;
  }
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const downloads: Download[] = [
    ...result.uploads.map((upload) => ({
      file: upload.fileName,
      type: xlsx,
      base64: Utilities.base64Encode(zipFiles(upload.files, upload.fileName).getBytes()),
      label: translate('publicrecord.tracker.dialog.upload', lang, { file: upload.fileName, organisation: upload.organisation, count: upload.rowCount }),
    })),
    {
      file: result.csv.fileName,
      type: 'text/csv;charset=utf-8',
      base64: Utilities.base64Encode(result.csv.content, Utilities.Charset.UTF_8),
      label: translate('publicrecord.tracker.dialog.reading', lang, { file: result.csv.fileName }),
    },
  ];
  // The files travel as JSON strings; `<` is escaped so no text can close the script element.
  const data = JSON.stringify(downloads.map(({ file, type, base64 }) => ({ file, type, base64 }))).replace(/</g, '\\u003c');
  const links = downloads.map((d, i) => `<li><a id="download-${i}" download="${htmlText(d.file)}" href="#">${htmlText(d.label)}</a></li>`).join('');
  const html =
    `<p>${htmlText(translate('publicrecord.tracker.dialog.ready', lang, { count: result.rowCount }))}</p>` +
    `<ul>${links}</ul>` +
    `<p>${htmlText(translate('publicrecord.tracker.dialog.which', lang))}</p>` +
    `<script>${data}.forEach(function (d, i) { var bin = atob(d.base64); var bytes = new Uint8Array(bin.length);` +
    ` for (var j = 0; j < bin.length; j++) bytes[j] = bin.charCodeAt(j);` +
    ` document.getElementById('download-' + i).href = URL.createObjectURL(new Blob([bytes], { type: d.type })); });</script>`;
  ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(560).setHeight(320), title);
}
