import { sheetsApi } from './sheets-api.ts';

/** A tab name in A1 notation, quoted as Sheets requires for names with spaces or quotes. */
export function tabRange(title: string, cells = ''): string {
  return `'${title.replace(/'/g, "''")}'${cells ? `!${cells}` : ''}`;
}

/** Every tab asked for, as rows of cell text, in one call. Missing trailing cells are left out. */
export function readTabs(spreadsheetId: string, titles: readonly string[]): string[][][] {
  return readRanges(
    spreadsheetId,
    titles.map((t) => tabRange(t)),
  );
}

/** Every A1 range asked for, as rows of cell text, in one call. */
export function readRanges(spreadsheetId: string, ranges: readonly string[]): string[][][] {
  const answer = sheetsApi().Spreadsheets!.Values!.batchGet(spreadsheetId, { ranges: [...ranges], valueRenderOption: 'FORMATTED_VALUE' });
  return (answer.valueRanges ?? []).map((range) => (range.values ?? []).map((row) => row.map((cell) => String(cell))));
}

/** Appends rows after the last one in one call; RAW so no text is ever parsed into a formula. */
export function appendRows(spreadsheetId: string, title: string, rows: readonly (readonly string[])[]): void {
  if (rows.length === 0) return;
  sheetsApi().Spreadsheets!.Values!.append({ values: rows.map((r) => [...r]) }, spreadsheetId, tabRange(title, 'A1'), {
    valueInputOption: 'RAW',
    insertDataOption: 'INSERT_ROWS',
  });
}

/** Overwrites one row (1-based), RAW. */
export function writeRow(spreadsheetId: string, title: string, row: number, cells: readonly string[]): void {
  sheetsApi().Spreadsheets!.Values!.update({ values: [[...cells]] }, spreadsheetId, tabRange(title, `A${row}`), {
    valueInputOption: 'RAW',
  });
}

/** Many changes in one spreadsheets.batchUpdate: one write request, applied all or nothing. */
export function batchUpdate(spreadsheetId: string, requests: GoogleAppsScript.Sheets.Schema.Request[]): void {
  if (requests.length === 0) return;
  sheetsApi().Spreadsheets!.batchUpdate({ requests }, spreadsheetId);
}

/** Each tab's sheetId and grid row count, by title (one spreadsheets.get, not a values read). */
export function readSheetGrids(spreadsheetId: string): Map<string, { sheetId: number; rowCount: number }> {
  const sheets = sheetsApi().Spreadsheets!.get(spreadsheetId, { fields: 'sheets.properties(sheetId,title,gridProperties)' }).sheets ?? [];
  return new Map(sheets.map((s) => [s.properties?.title ?? '', { sheetId: s.properties?.sheetId ?? 0, rowCount: s.properties?.gridProperties?.rowCount ?? 0 }]));
}

/** Clears ranges in one values.batchClear (one write request). */
export function clearRanges(spreadsheetId: string, ranges: readonly string[]): void {
  sheetsApi().Spreadsheets!.Values!.batchClear({ ranges: [...ranges] }, spreadsheetId);
}
