import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { readRanges, tabRange } from './sheets-store.ts';

/**
 * Rows of the Log read per request. About 500 characters a row: some 5 MB an answer, where one read
 * of a 100,000-event Log would be 50 MB in one answer (Google recommends about 2 MB a request and
 * Apps Script holds a whole answer in memory at once).
 */
export const LOG_PAGE_ROWS = 10_000;

/**
 * The whole Log tab as rows of cell text, row 1 (the header) first, read in pages of whole rows up to
 * the grid's last row. Sheets leaves out a range's trailing empty rows: each page is padded so that
 * rows[i] is always sheet row i + 1, as one read of the whole tab gives.
 */
export function readLogRows(spreadsheetId: string, gridRows: number): string[][] {
  const rows: string[][] = [];
  for (let from = 1; from <= gridRows; from += LOG_PAGE_ROWS) {
    const to = Math.min(gridRows, from + LOG_PAGE_ROWS - 1);
    const [page = []] = readRanges(spreadsheetId, [tabRange(EVENT_LOG_TAB, `${from}:${to}`)]);
    if (page.length === 0) continue;
    while (rows.length < from - 1) rows.push([]);
    for (const row of page) rows.push(row);
  }
  return rows;
}
