import { sheetsApi } from './sheets-api.ts';

/** One A1 range and its rows, as spreadsheets.values.batchUpdate takes them. */
export type ValueRange = { range: string; values: string[][] };

/**
 * Writes many ranges in one spreadsheets.values.batchUpdate (one write request), RAW so no text is
 * ever parsed into a formula or a number. Plain values, not CellData: a view row costs its text and a
 * few quotes instead of about 40 characters more per cell.
 */
export function writeRanges(spreadsheetId: string, data: readonly ValueRange[]): void {
  if (data.length === 0) return;
  sheetsApi().Spreadsheets!.Values!.batchUpdate({ valueInputOption: 'RAW', data: data.map((d) => ({ range: d.range, values: d.values })) }, spreadsheetId);
}
