/** The Sheets advanced service, which the manifest enables; its typings say it may be missing. */
export function sheetsApi(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || Sheets === undefined) {
    throw new Error('The Sheets advanced service is not enabled in appsscript.json.');
  }
  return Sheets;
}
