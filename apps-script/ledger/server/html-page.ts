/**
 * One HTML page of the project (`sidebar/<Page>.page.tsx`, built to `<Page>.html`). Pushed with clasp,
 * the page is a file of the project; pasted by hand as one file (`ledger-paste.js`), the build embeds
 * every page in the global `__COCREATE_PAGES`, so a coordinator pastes a single file.
 */
export function htmlPage(name: string): GoogleAppsScript.HTML.HtmlOutput {
  const pages = (globalThis as { __COCREATE_PAGES?: Record<string, string> }).__COCREATE_PAGES;
  const embedded = pages?.[name];
  return embedded !== undefined ? HtmlService.createHtmlOutput(embedded) : HtmlService.createHtmlOutputFromFile(name);
}
