/** A web-app answer: always HTTP 200 with JSON, since Apps Script cannot set a status (DESIGN §4). */
export function jsonOutput(value: unknown): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(value)).setMimeType(ContentService.MimeType.JSON);
}
