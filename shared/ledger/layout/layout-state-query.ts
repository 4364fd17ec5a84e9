import type { LedgerLayout } from './ledger-layout.ts';

/**
 * The `fields` mask for `spreadsheets.get` that answers everything layoutToRequests compares; use it
 * with `includeGridData: true` and `ranges: layoutStateRanges(layout)`.
 */
export const LAYOUT_STATE_FIELDS =
  'sheets(properties(sheetId,title,gridProperties(columnCount,frozenRowCount)),protectedRanges(description,range(sheetId)),' +
  'conditionalFormats(ranges(startColumnIndex,endColumnIndex),booleanRule(condition)),' +
  'data(startRow,rowData(values(userEnteredValue,dataValidation)),columnMetadata(pixelSize)))';

/** A1 ranges of rows 1–2 of every tab that exists; quotes doubled as A1 notation wants. */
export function layoutStateRanges(layout: LedgerLayout, existingTitles: readonly string[]): string[] {
  const present = new Set(existingTitles);
  return layout.tabs.filter((tab) => present.has(tab.title)).map((tab) => `'${tab.title.replace(/'/g, "''")}'!1:2`);
}
