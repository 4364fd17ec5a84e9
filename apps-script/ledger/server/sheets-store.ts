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

/**
 * Replaces the whole content of some tabs: one call clears them all, then one append per tab writes
 * its grid from A1 (append grows the grid when a view outgrows it; update would fail). RAW throughout.
 */
export function rewriteTabs(spreadsheetId: string, tabs: ReadonlyArray<{ title: string; rows: readonly (readonly string[])[] }>): void {
  if (tabs.length === 0) return;
  const values = sheetsApi().Spreadsheets!.Values!;
  values.batchClear({ ranges: tabs.map((t) => tabRange(t.title)) }, spreadsheetId);
  for (const tab of tabs) {
    if (tab.rows.length === 0) continue;
    values.append({ values: tab.rows.map((r) => [...r]) }, spreadsheetId, tabRange(tab.title, 'A1'), {
      valueInputOption: 'RAW',
      insertDataOption: 'OVERWRITE',
    });
  }
}
