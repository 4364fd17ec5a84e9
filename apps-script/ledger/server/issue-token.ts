import { parseValue } from '../../../shared/domain/parse-value.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { hashToken } from '../../../shared/ledger/hash-token.ts';
import { encodeMemberRow, MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { htmlText } from './html-text.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { sha256Hex } from './sha256-hex.ts';
import { appendRows } from './sheets-store.ts';
import { forgetMembers } from './token-index.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';
import { userLanguage } from './user-language.ts';

/** 64 hex characters from two random UUIDs (244 random bits): long enough that one hash suffices. */
export function newToken(): string {
  return `${Utilities.getUuid()}${Utilities.getUuid()}`.replace(/-/g, '').toLowerCase();
}

const words = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((w) => w.trim().toLowerCase())
    .filter((w) => w !== '');

/**
 * Menu: asks for a member's name, organisation, side and roles, appends them to Members with only the
 * token's hash, and shows the token once. Bad answers are named and nothing is written.
 */
export function issueMemberToken(): void {
  const lang = userLanguage();
  const ui = SpreadsheetApp.getUi();
  const title = translate('apps-script.token.title', lang);
  const answers: string[] = [];
  for (const key of ['apps-script.token.askName', 'apps-script.token.askOrg', 'apps-script.token.askSide', 'apps-script.token.askRoles'] as const) {
    const response = ui.prompt(title, translate(key, lang), ui.ButtonSet.OK_CANCEL);
    if (response.getSelectedButton() !== ui.Button.OK) {
      ui.alert(title, translate('apps-script.token.cancelled', lang), ui.ButtonSet.OK);
      return;
    }
    answers.push(response.getResponseText().trim());
  }
  const [name = '', org = '', side = '', roles = ''] = answers;
  const token = newToken();
  const parsed = parseValue(MemberRecord, {
    id: Utilities.getUuid(),
    name,
    org,
    side: side.toLowerCase(),
    roles: [...new Set(words(roles))],
    tokenHash: hashToken(token, sha256Hex),
    issuedAt: new Date().toISOString(),
  });
  if (!parsed.ok) {
    const details = parsed.errors.map((e) => `${e.path}: ${e.message[lang]}`).join('; ');
    ui.alert(title, translate('apps-script.token.invalid', lang, { details }), ui.ButtonSet.OK);
    return;
  }
  appendRows(ledgerSpreadsheetId(), MEMBERS_TAB, [encodeMemberRow(parsed.value)]);
  forgetMembers();
  const html =
    `<p>${htmlText(translate('apps-script.token.issued', lang, { name: parsed.value.name }))}</p>` +
    `<p><input id="t" readonly size="70" value="${htmlText(token)}" style="font-family:monospace"></p>` +
    `<p><button onclick="document.getElementById('t').select()">${htmlText(translate('apps-script.token.copy', lang))}</button></p>`;
  ui.showModalDialog(HtmlService.createHtmlOutput(html).setWidth(620).setHeight(220), title);
}
