import { translate } from '../../../shared/i18n/translate.ts';
import { foldEvents } from '../../../shared/ledger/views/index.ts';
import { buildRepositorySite } from '../../../shared/repository/build-repository-site.ts';
import { htmlText } from './html-text.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { readEventLog, typedEvents } from './read-event-log.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';
import { zipFiles } from './zip-files.ts';

/** The built verification page (sidebar/RepositoryVerifier.page.tsx); its inline script is the site's verify.js. */
const VERIFIER_PAGE = 'RepositoryVerifier';

export type RepositoryZip = { ok: true; fileName: string; base64: string; fileCount: number; head: { seq: number; hash: string } } | { ok: false; message: string };

/** The script of a page the sidebar build made: one inline `<script>` holding the bundle. */
function verifierScript(): string {
  const html = HtmlService.createHtmlOutputFromFile(VERIFIER_PAGE).getContent();
  const match = /<script>([\s\S]*)<\/script>/.exec(html);
  if (!match) throw new Error(`${VERIFIER_PAGE}.html holds no script`);
  return match[1]!;
}

/**
 * The OGP repository as a zip of plain HTML files, built from the whole event log as it stands
 * (server function for the console, also behind the menu item). The log is read once; the site is
 * pure (shared/repository); Utilities.zip packs it.
 */
export function buildRepositoryZip(): RepositoryZip {
  const lang = userLanguage();
  const [rows = []] = readTabs(ledgerSpreadsheetId(), [EVENT_LOG_TAB]);
  const read = readEventLog(rows);
  if (!read.ok) return { ok: false, message: translate('apps-script.logUnreadable', lang) };
  const now = new Date().toISOString();
  const events = typedEvents(read.log);
  const views = foldEvents(events, { today: now.slice(0, 10) });
  const files = buildRepositorySite({ views, events, generatedAt: now, verifierScript: verifierScript() });
  const fileName = `repository-${now.slice(0, 10)}-event-${views.dashboard.head.seq}.zip`;
  return { ok: true, fileName, base64: Utilities.base64Encode(zipFiles(files, fileName).getBytes()), fileCount: files.length, head: views.dashboard.head };
}

/** Menu: publish the repository, offered as a zip the browser saves (no Drive scope needed). */
export function publishRepository(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('publicrecord.publish.title', lang);
  const result = buildRepositoryZip();
  if (!result.ok) {
    ui.alert(title, result.message, ui.ButtonSet.OK);
    return;
  }
  const data = JSON.stringify(result.base64);
  const html =
    `<p>${htmlText(translate('publicrecord.publish.ready', lang, { count: result.fileCount, seq: result.head.seq }))}</p>` +
    `<p><a id="download" download="${htmlText(result.fileName)}" href="#">${htmlText(translate('publicrecord.publish.download', lang, { file: result.fileName }))}</a></p>` +
    `<p>${htmlText(translate('publicrecord.publish.next', lang))}</p>` +
    `<p><code>${htmlText(result.head.hash)}</code></p>` +
    `<script>var bin = atob(${data}); var bytes = new Uint8Array(bin.length); for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);` +
    ` document.getElementById('download').href = URL.createObjectURL(new Blob([bytes], { type: 'application/zip' }));</script>`;
  ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(560).setHeight(300), title);
}
