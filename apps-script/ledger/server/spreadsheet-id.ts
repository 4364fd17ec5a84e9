const PROPERTY = 'cocreate.ledger.spreadsheetId';

/**
 * The ledger spreadsheet's id, for the Sheets API. Set up remembers it in script properties because a
 * web-app execution has no open spreadsheet in front of it; the bound container is the fallback.
 */
export function ledgerSpreadsheetId(): string {
  const remembered = PropertiesService.getScriptProperties().getProperty(PROPERTY);
  if (remembered) return remembered;
  return SpreadsheetApp.getActive().getId();
}

export function rememberSpreadsheetId(id: string): void {
  PropertiesService.getScriptProperties().setProperty(PROPERTY, id);
}
