import { translate } from '../../../shared/i18n/translate.ts';
import { LAYOUT_STATE_FIELDS, LEDGER_LAYOUT, layoutStateRanges, layoutToRequests, type SpreadsheetState } from '../../../shared/ledger/layout/index.ts';
import { META_ROW } from '../../../shared/ledger/store/index-layout.ts';
import { buildStore } from './build-store.ts';
import { decodeMeta, INDEX_TAB } from './ledger-store.ts';
import { withScriptLock } from './script-lock.ts';
import { readRanges, tabRange } from './sheets-store.ts';
import { sheetsApi } from './sheets-api.ts';
import { rememberSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';

/** What the spreadsheet has now, as layoutToRequests compares it: tabs, then rows 1–2 of the layout's tabs. */
function readLayoutState(spreadsheetId: string): SpreadsheetState {
  const spreadsheets = sheetsApi().Spreadsheets!;
  const tabs = spreadsheets.get(spreadsheetId, { fields: 'sheets.properties(sheetId,title,gridProperties)' }).sheets ?? [];
  const ranges = layoutStateRanges(
    LEDGER_LAYOUT,
    tabs.map((s) => s.properties?.title ?? ''),
  );
  if (ranges.length === 0) return { sheets: tabs } as SpreadsheetState;
  const detailed = spreadsheets.get(spreadsheetId, { includeGridData: true, ranges, fields: LAYOUT_STATE_FIELDS }).sheets ?? [];
  // Google may answer only the sheets the ranges name: keep every tab, detailed where there is detail.
  return { sheets: tabs.map((tab) => detailed.find((d) => d.properties?.title === tab.properties?.title) ?? tab) } as SpreadsheetState;
}

/**
 * Menu: brings the spreadsheet to the ledger layout in one batchUpdate (tabs, headers, widths,
 * validation, colours, protection, frozen header). Only what differs is requested, so a second run
 * changes nothing. Protection leaves the owner (and so this script) as the only editor.
 */
export function setUpLedger(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('apps-script.menu.setUp', lang);
  const spreadsheetId = SpreadsheetApp.getActive().getId();
  rememberSpreadsheetId(spreadsheetId);
  const done = withScriptLock(() => {
    const requests: GoogleAppsScript.Sheets.Schema.Request[] = layoutToRequests(LEDGER_LAYOUT, readLayoutState(spreadsheetId));
    if (requests.length > 0) sheetsApi().Spreadsheets!.batchUpdate({ requests }, spreadsheetId);
    // The writer's Index and plan store, built from the log once (appends keep them from then on).
    const [metaCell] = readRanges(spreadsheetId, [tabRange(INDEX_TAB, `A${META_ROW}`)]);
    if (!decodeMeta(metaCell?.[0]?.[0])) buildStore(spreadsheetId, new Date().toISOString().slice(0, 10));
    return requests.length;
  });
  const text = !done.ok
    ? translate('apps-script.lockBusy', lang)
    : done.value === 0
      ? translate('apps-script.setUp.unchanged', lang)
      : translate('apps-script.setUp.done', lang, { count: done.value });
  ui.alert(title, text, ui.ButtonSet.OK);
}
